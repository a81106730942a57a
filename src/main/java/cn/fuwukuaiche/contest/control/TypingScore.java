package cn.fuwukuaiche.contest.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Typing speed and accuracy, as documented in docs/contest.md.
 * <ul>
 * <li>Whitespace is ignored on both sides (line breaks in the passage are not typed); characters are
 * Unicode code points, so a Chinese character, a digit and a letter each count one.</li>
 * <li>d = Levenshtein distance (insertions, deletions, substitutions, each 1) between passage P and typed T.</li>
 * <li>正确率 accuracy = max(0, 1 − d / |P|), four decimals.</li>
 * <li>速度 speed (字/分钟) = correct characters / minutes, where correct characters = the length of the longest
 * common subsequence of P and T (characters typed right, in the right order) and minutes = server seconds from start to submission / 60 (at least one second); one decimal.</li>
 * <li>The ranking score is the speed; ties are broken by accuracy.</li>
 * </ul>
 */
public final class TypingScore {

    public record Result(int passageChars, int typedChars, int distance, int correctChars, BigDecimal accuracy, BigDecimal speed) {
    }

    private TypingScore() {
    }

    public static Result compute(String passage, String typed, long seconds) {
        int[] p = clean(passage);
        int[] t = clean(typed);
        int d = levenshtein(p, t);
        BigDecimal accuracy = p.length == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(Math.max(0, p.length - d)).divide(BigDecimal.valueOf(p.length), 4, RoundingMode.HALF_UP);
        int correctChars = lcs(p, t);
        long secs = Math.max(1, seconds);
        BigDecimal speed = BigDecimal.valueOf(correctChars * 60L).divide(BigDecimal.valueOf(secs), 1, RoundingMode.HALF_UP);
        return new Result(p.length, t.length, d, correctChars, accuracy, speed);
    }

    static int[] clean(String s) {
        if (s == null) {
            return new int[0];
        }
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').toArray();
    }

    static int levenshtein(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length];
    }

    static int lcs(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length];
    }
}
