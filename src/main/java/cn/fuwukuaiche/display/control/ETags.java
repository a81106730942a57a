package cn.fuwukuaiche.display.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong ETags for the JSON feed: the SHA-256 of the exact body, so equal content gives an equal tag on
 * every server, and {@code If-None-Match} (one tag, a list, weak tags or {@code *}) is answered with 304.
 * Plain Java.
 */
public final class ETags {

    private ETags() {
    }

    /** A quoted tag, e.g. {@code "3f2a…"} (32 hex digits: the first 128 bits of the SHA-256). */
    public static String of(String body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the client's If-None-Match header names this tag (weak comparison, as RFC 9110 asks for GET). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || etag == null) {
            return false;
        }
        String mine = strip(etag);
        for (String part : ifNoneMatch.split(",")) {
            String p = part.strip();
            if (p.equals("*") || strip(p).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}
