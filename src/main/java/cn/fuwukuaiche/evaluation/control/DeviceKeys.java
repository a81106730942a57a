package cn.fuwukuaiche.evaluation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Device keys for rating pads and other platforms: generated with a secure random source, stored only as
 * their SHA-256 (hex), recognised by people by their first {@value #PREFIX_LENGTH} characters. Plain Java.
 */
public final class DeviceKeys {

    public static final int PREFIX_LENGTH = 8;
    /** Keys are "pad_" + 32 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static final int RANDOM_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private DeviceKeys() {
    }

    public static String generate() {
        return generate(RANDOM);
    }

    static String generate(SecureRandom random) {
        StringBuilder b = new StringBuilder("pad_");
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** SHA-256 of the key as 64 lower-case hex digits; the only form the database sees. */
    public static String hash(String key) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the admin list shows, e.g. "pad_Xk3q". */
    public static String prefix(String key) {
        return key.length() <= PREFIX_LENGTH ? key : key.substring(0, PREFIX_LENGTH);
    }

    /** A key as it may appear in a header or URL: printable ASCII, 8–128 characters. */
    public static boolean plausible(String key) {
        return key != null && key.length() >= 8 && key.length() <= 128 && key.chars().allMatch(c -> c > 32 && c < 127);
    }
}
