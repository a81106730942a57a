package cn.fuwukuaiche.contest.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Typing speed and accuracy, as documented in docs/contest.md.
 * <ul>
 * <li>Whitespace is ignored on both sides (line breaks in the passage are not typed); both sides are NFKC
 * normalised (a full-width Ａ or １ typed with an input method equals A or 1); characters are Unicode code
 * points, so a Chinese character, a digit and a letter each count one; letters are case-sensitive.</li>
 * <li>d = Levenshtein distance (insertions, deletions, substitutions, each 1) between passage P and typed T.</li>
 * <li>正确率 accuracy = max(0, 1 − d / |P|), four decimals.</li>
 * <li>速度 speed (字/分钟) = correct characters / minutes, where correct characters = the length of the longest
 * common subsequence of P and T (characters typed right, in the right order) and minutes = server seconds from start to submission / 60 (at least one second); one decimal.</li>
 * <li>The ranking score is the speed; ties are broken by accuracy.</li>
 * <li>Two passages (the second of digits and letters): each typed text is compared with its own passage;
 * d, |P| and the correct characters are summed over both, then accuracy and speed are computed as above
 * over the whole attempt's time.</li>
 * </ul>
 */
public final class TypingScore {

    public record Result(int passageChars, int typedChars, int distance, int correctChars, BigDecimal accuracy, BigDecimal speed) {
    }

    private TypingScore() {
    }

    public static Result compute(String passage, String typed, long seconds) {
        return compute(java.util.Collections.singletonList(passage), java.util.Collections.singletonList(typed), seconds);
    }

    /** Several passages typed in one attempt: passage i is compared with typed text i; totals over all. */
    public static Result compute(java.util.List<String> passages, java.util.List<String> typed, long seconds) {
        int passageChars = 0;
        int typedChars = 0;
        int d = 0;
        int correctChars = 0;
        for (int i = 0; i < passages.size(); i++) {
            int[] p = clean(passages.get(i));
            int[] t = clean(i < typed.size() ? typed.get(i) : null);
            passageChars += p.length;
            typedChars += t.length;
            d += levenshtein(p, t);
            correctChars += lcs(p, t);
        }
        BigDecimal accuracy = passageChars == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(Math.max(0, passageChars - d)).divide(BigDecimal.valueOf(passageChars), 4, RoundingMode.HALF_UP);
        long secs = Math.max(1, seconds);
        BigDecimal speed = BigDecimal.valueOf(correctChars * 60L).divide(BigDecimal.valueOf(secs), 1, RoundingMode.HALF_UP);
        return new Result(passageChars, typedChars, d, correctChars, accuracy, speed);
    }

    static int[] clean(String s) {
        if (s == null) {
            return new int[0];
        }
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).codePoints()
                .filter(c -> !Character.isWhitespace(c) && c != '\u3000').toArray();
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
