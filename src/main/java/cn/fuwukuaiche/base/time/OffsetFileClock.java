package cn.fuwukuaiche.base.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock moved by a whole number of days read from a file at every call (no file, an empty or unreadable
 * one: no offset). Only for the build's test server ({@code -Dapp.clock.offset-file=…}, see {@link Times}): a browser
 * test that must see a 公示 of five working days end writes "-30" into the file, takes the step, then writes "-20" and
 * deletes the file when it is done. Never set in production: {@link Times} uses the plain system clock unless the
 * property is given.
 */
final class OffsetFileClock extends Clock {

    private final Path file;
    private final ZoneId zone;

    OffsetFileClock(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** The offset in days the file says now (0 without a file or with something else than a whole number in it). */
    long offsetDays() {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? 0 : Long.parseLong(s);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(Duration.ofDays(offsetDays()));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new OffsetFileClock(file, z);
    }
}
