package cn.fuwukuaiche.security.control;

import java.security.SecureRandom;
import java.util.Optional;

/** What a new password must be; plain Java so the rule is tested without a server. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The reason in Chinese why {@code password} is not acceptable, or empty when it is. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("请输入密码");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("密码至少 " + MIN_LENGTH + " 位");
        }
        if (password.length() > 64) {
            return Optional.of("密码最多 64 位");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("密码须同时包含字母和数字");
        }
        return Optional.empty();
    }

    /** A random password that satisfies the policy, for resets and a first start without demo data. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        while (problem(sb.toString()).isPresent()) {
            sb.setLength(0);
            for (int i = 0; i < 12; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return sb.toString();
    }
}
