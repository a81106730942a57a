package cn.fuwukuaiche.contest.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Judged contests: a round's score is the mean of its judges' scores; the total is the sum over rounds. */
final class JudgeTotals {

    private JudgeTotals() {
    }

    static BigDecimal total(Map<Integer, List<BigDecimal>> rounds) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (List<BigDecimal> scores : rounds.values()) {
            sum = sum.add(mean(scores));
        }
        return sum;
    }

    static BigDecimal mean(List<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        }
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    static String describe(Map<Integer, List<BigDecimal>> rounds) {
        if (rounds.isEmpty()) {
            return "无评分";
        }
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(rounds).forEach((r, s) -> sb.append(sb.isEmpty() ? "" : "，").append("第").append(r).append("轮 ")
                .append(mean(s).toPlainString()));
        return sb.toString();
    }
}
