package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.BusinessException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 流动红旗's rules, plain Java: the proposal is the top eligible window of the month's confirmed ranking
 * (vetoed windows are not eligible; with the ADMIN's rule, a window that has already held the flag the
 * maximum number of months running is skipped); awarding any other window needs a written reason; streaks
 * (连续 N 个月) count months running, a month without the flag for that window breaks the streak.
 */
public final class FlagRules {

    private FlagRules() {
    }

    /** One place of the confirmed ranking as the flag sees it. */
    public record Place(long windowId, String label, int rank, BigDecimal total, boolean eligible) {
    }

    /** A standing award: the month and the window. */
    public record Held(YearMonth month, long windowId) {
    }

    /**
     * The proposal: the first place (in ranking order) that is eligible and not stopped by the rule.
     *
     * @param streakBefore for a window, how many months running it holds the flag up to the month before
     * @param maxRunning   the rule's limit, or null for none
     */
    public static Optional<Place> proposal(List<Place> places, Map<Long, Integer> streakBefore, Integer maxRunning) {
        return places.stream().filter(p -> whyNot(p, streakBefore, maxRunning) == null).findFirst();
    }

    /** Why this window cannot get the flag this month, or null when it can. */
    public static String whyNot(Place p, Map<Long, Integer> streakBefore, Integer maxRunning) {
        if (!p.eligible()) {
            return p.label() + " 本月被一票否决，不得参评流动红旗";
        }
        int before = streakBefore.getOrDefault(p.windowId(), 0);
        if (maxRunning != null && before >= maxRunning) {
            return p.label() + " 已连续 " + before + " 个月持有流动红旗，按规定同一窗口连续持有不超过 " + maxRunning + " 个月";
        }
        return null;
    }

    /**
     * Checks the leader's choice: eligible, allowed by the rule, and a reason when it is not the proposal.
     * Returns the reason stripped (null when empty).
     */
    public static String checkChoice(Place chosen, Optional<Place> proposal, String reason, Map<Long, Integer> streakBefore,
                                     Integer maxRunning) {
        String why = whyNot(chosen, streakBefore, maxRunning);
        if (why != null) {
            throw new BusinessException("window", why);
        }
        String r = reason == null ? "" : reason.strip();
        boolean other = proposal.isEmpty() || proposal.get().windowId() != chosen.windowId();
        if (other && r.length() < 5) {
            throw new BusinessException("reason", "授予排名推荐以外的窗口（推荐："
                    + proposal.map(p -> p.label() + "，第 " + p.rank() + " 名").orElse("无") + "），请写明理由（至少 5 个字）");
        }
        if (r.length() > 1000) {
            throw new BusinessException("reason", "理由不能超过 1000 字");
        }
        return r.isEmpty() ? null : r;
    }

    /**
     * For each standing award (sorted or not), how many months running its window holds the flag up to and
     * including that month.
     */
    public static Map<YearMonth, Integer> streaks(List<Held> awards) {
        Map<YearMonth, Long> byMonth = new HashMap<>();
        awards.forEach(a -> byMonth.put(a.month(), a.windowId()));
        Map<YearMonth, Integer> result = new HashMap<>();
        awards.stream().map(Held::month).sorted().forEach(m -> {
            Long prev = byMonth.get(m.minusMonths(1));
            int n = prev != null && prev.equals(byMonth.get(m)) ? result.getOrDefault(m.minusMonths(1), 1) + 1 : 1;
            result.put(m, n);
        });
        return result;
    }

    /** How many months running each window holds the flag up to and including {@code month} (windows holding it then). */
    public static Map<Long, Integer> streakEndingAt(List<Held> awards, YearMonth month) {
        Map<YearMonth, Integer> s = streaks(awards);
        Map<Long, Integer> result = new HashMap<>();
        awards.stream().filter(a -> a.month().equals(month)).forEach(a -> result.put(a.windowId(), s.get(month)));
        return result;
    }
}
