package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.QuestionType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.TreeSet;

/**
 * Automatic grading. A single-choice or true/false answer is right when it equals the key; a multiple-choice
 * answer only when it names exactly the key's options (no partial credit). The score is the share of right
 * answers out of the whole paper × 100, two decimals; an unanswered question counts as wrong.
 */
public final class Grading {

    private Grading() {
    }

    /** "c a" or "CA" → "AC"; "对"/"正确"/"T" → "T"; blank → "". */
    public static String normalize(QuestionType type, String answer) {
        if (answer == null) {
            return "";
        }
        String a = answer.strip().toUpperCase();
        if (type == QuestionType.TRUE_FALSE) {
            return switch (a) {
                case "T", "对", "正确", "√", "TRUE", "A" -> "T";
                case "F", "错", "错误", "×", "FALSE", "B" -> "F";
                default -> "";
            };
        }
        TreeSet<Character> letters = new TreeSet<>();
        for (char c : a.toCharArray()) {
            if (c >= 'A' && c <= 'H') {
                letters.add(c);
            }
        }
        StringBuilder sb = new StringBuilder();
        letters.forEach(sb::append);
        if (type == QuestionType.SINGLE && sb.length() > 1) {
            return "";
        }
        return sb.toString();
    }

    public static boolean isCorrect(QuestionType type, String key, String given) {
        String g = normalize(type, given);
        return !g.isEmpty() && g.equals(normalize(type, key));
    }

    public static BigDecimal score(int correct, int total) {
        if (total <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
