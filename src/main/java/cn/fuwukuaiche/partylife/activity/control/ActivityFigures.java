package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The yearly report's figures from activities, in plain Java over plain rows (table test {@code ActivityFiguresTest}):
 * <ul>
 *   <li>下基层 人次: each participant of each 下基层 activity once (participants × activities), split into 领导干部
 *       (participants marked as leaders) and 干部职工 (the others); 天: the activity's days for each such person-visit;</li>
 *   <li>公开承诺办实事 项: pledge activities; 已完成: those whose result is 已完成;</li>
 *   <li>交心谈心 次: 交心谈心 activities.</li>
 * </ul>
 */
public final class ActivityFigures {

    /** One activity as the figures need it: its branch, kind, days, pledge result and how many took part. */
    public record Row(long activityId, long branchId, ActivityKind kind, Integer visitDays, PledgeResult pledgeResult,
                      int leaders, int staff) {
    }

    /** Per kind: activities and 人次. */
    public record KindCount(long activities, long personTimes) {
    }

    public static final List<String> ITEMS = List.of(YearItems.VISITS_BY_LEADERS, YearItems.VISIT_DAYS_BY_LEADERS,
            YearItems.VISITS_BY_STAFF, YearItems.VISIT_DAYS_BY_STAFF, YearItems.PLEDGES, YearItems.PLEDGES_DONE,
            YearItems.HEART_TALKS);

    private ActivityFigures() {
    }

    /** Branch id → item code → value, every item present (0 when none) for every branch named in {@code branches}. */
    public static Map<Long, Map<String, Long>> byBranch(List<Row> rows, Iterable<Long> branches) {
        Map<Long, Map<String, Long>> out = new TreeMap<>();
        for (Long b : branches) {
            out.put(b, empty());
        }
        for (Row r : rows) {
            add(out.computeIfAbsent(r.branchId(), b -> empty()), r);
        }
        return out;
    }

    /**
     * Whether an activity is one of the records behind a report item (the list its 查看记录 opens): 已完成 only done
     * pledges; 领导干部下基层 only visits with a leader taking part, 干部职工 only those with other staff; the rest every
     * activity of the item's kind. Summed with {@link #total} over the rows listed, they give the figure.
     */
    public static boolean listed(String item, Row r) {
        return switch (item) {
            case YearItems.PLEDGES_DONE -> r.kind() == ActivityKind.PLEDGE && r.pledgeResult() == PledgeResult.DONE;
            case YearItems.PLEDGES -> r.kind() == ActivityKind.PLEDGE;
            case YearItems.HEART_TALKS -> r.kind() == ActivityKind.HEART_TALK;
            case YearItems.VISITS_BY_LEADERS, YearItems.VISIT_DAYS_BY_LEADERS -> r.kind() == ActivityKind.VISIT && r.leaders() > 0;
            case YearItems.VISITS_BY_STAFF, YearItems.VISIT_DAYS_BY_STAFF -> r.kind() == ActivityKind.VISIT && r.staff() > 0;
            default -> false;
        };
    }

    /** The whole hall: item code → value. */
    public static Map<String, Long> total(List<Row> rows) {
        Map<String, Long> m = empty();
        rows.forEach(r -> add(m, r));
        return m;
    }

    /** Per kind, in the kinds' order: activities and 人次 (every kind present). */
    public static Map<ActivityKind, KindCount> byKind(List<Row> rows) {
        Map<ActivityKind, KindCount> m = new EnumMap<>(ActivityKind.class);
        for (ActivityKind k : ActivityKind.values()) {
            m.put(k, new KindCount(0, 0));
        }
        for (Row r : rows) {
            KindCount c = m.get(r.kind());
            m.put(r.kind(), new KindCount(c.activities() + 1, c.personTimes() + r.leaders() + r.staff()));
        }
        return m;
    }

    private static Map<String, Long> empty() {
        Map<String, Long> m = new LinkedHashMap<>();
        ITEMS.forEach(i -> m.put(i, 0L));
        return m;
    }

    private static void add(Map<String, Long> m, Row r) {
        switch (r.kind()) {
            case VISIT -> {
                long days = r.visitDays() == null ? 0 : r.visitDays();
                m.merge(YearItems.VISITS_BY_LEADERS, (long) r.leaders(), Long::sum);
                m.merge(YearItems.VISIT_DAYS_BY_LEADERS, r.leaders() * days, Long::sum);
                m.merge(YearItems.VISITS_BY_STAFF, (long) r.staff(), Long::sum);
                m.merge(YearItems.VISIT_DAYS_BY_STAFF, r.staff() * days, Long::sum);
            }
            case PLEDGE -> {
                m.merge(YearItems.PLEDGES, 1L, Long::sum);
                if (r.pledgeResult() == PledgeResult.DONE) {
                    m.merge(YearItems.PLEDGES_DONE, 1L, Long::sum);
                }
            }
            case HEART_TALK -> m.merge(YearItems.HEART_TALKS, 1L, Long::sum);
            default -> {
            }
        }
    }
}
