package cn.fuwukuaiche.security.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** What an account's notification address may be: empty (no digest), or one plain address of at most 120 characters. */
public final class EmailRules {

    static final int MAX_LENGTH = 120;

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private EmailRules() {
    }

    /** Why {@code email} cannot be stored, in Chinese; empty when it can (null means none). */
    public static Optional<String> problem(String email) {
        if (email == null) {
            return Optional.empty();
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("邮箱地址最多 " + MAX_LENGTH + " 个字符");
        }
        if (!ADDRESS.matcher(email).matches() || email.contains("..")) {
            return Optional.of("请输入有效的邮箱地址，如 zhangsan@example.cn");
        }
        return Optional.empty();
    }
}
