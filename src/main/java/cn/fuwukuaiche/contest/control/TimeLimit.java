package cn.fuwukuaiche.contest.control;

import java.time.LocalDateTime;

/**
 * The server-side time limit. An attempt's deadline is its server start time plus the contest's limit, but
 * never later than the contest's end. A save or a submission is accepted while {@code now <= deadline + grace};
 * the grace covers the network round trip of an answer clicked in the last second.
 */
public final class TimeLimit {

    /** Seconds after the deadline that a save or submission is still accepted. */
    public static final int GRACE_SECONDS = 5;

    private TimeLimit() {
    }

    public static LocalDateTime deadline(LocalDateTime startedAt, int limitMinutes, LocalDateTime contestCloses) {
        LocalDateTime byLimit = startedAt.plusMinutes(limitMinutes);
        return byLimit.isAfter(contestCloses) ? contestCloses : byLimit;
    }

    public static boolean accepts(LocalDateTime deadline, LocalDateTime now) {
        return !now.isAfter(deadline.plusSeconds(GRACE_SECONDS));
    }

    /** Seconds left for the countdown shown to the participant (never negative). */
    public static long secondsLeft(LocalDateTime deadline, LocalDateTime now) {
        long s = java.time.Duration.between(now, deadline).getSeconds();
        return Math.max(0, s);
    }
}
