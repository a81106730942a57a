package cn.fuwukuaiche.display.control;

import java.security.SecureRandom;

/**
 * Screen keys: "scr_" + 32 characters from the same look-alike-free alphabet as the rating pads' device
 * keys; stored only as their SHA-256 ({@code DeviceKeys.hash}). Plain Java.
 */
public final class ScreenKeys {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScreenKeys() {
    }

    public static String generate() {
        StringBuilder b = new StringBuilder("scr_");
        for (int i = 0; i < 32; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
