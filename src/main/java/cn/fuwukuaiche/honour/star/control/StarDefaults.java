package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.Comparison;
import cn.fuwukuaiche.honour.star.entity.StarCriterion;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The five stars' criteria a new hall starts with: those V35 gave the first hall (its ADMIN changes them as a new
 * version from a date, as in any hall). Plain Java.
 */
public final class StarDefaults {

    private StarDefaults() {
    }

    record Criterion(StarKind star, int group, StarMetric metric, Comparison comparison, String threshold, String note) {
    }

    static final List<Criterion> CRITERIA = List.of(
            new Criterion(StarKind.HARMONY, 1, StarMetric.SATISFACTION, Comparison.GE, "98.00", "满意率不低于 98%"),
            new Criterion(StarKind.HARMONY, 1, StarMetric.BAD_RATINGS, Comparison.LE, "0.00", "无差评（申诉成立的除外）"),
            new Criterion(StarKind.HARMONY, 1, StarMetric.RATED_SERVICES, Comparison.GE, "10.00", "至少 10 件有评价的服务"),
            new Criterion(StarKind.LAW, 1, StarMetric.DISCIPLINE_DEDUCTIONS, Comparison.LE, "0.00", "无纪律扣分"),
            new Criterion(StarKind.LAW, 1, StarMetric.COMPLAINTS, Comparison.LE, "0.00", "无投诉查实"),
            new Criterion(StarKind.DEDICATION, 1, StarMetric.ATTENDANCE_DEDUCTIONS, Comparison.LE, "0.00", "全勤：无迟到、早退、脱岗"),
            new Criterion(StarKind.DEDICATION, 1, StarMetric.SATISFACTION, Comparison.GE, "95.00", "满意率不低于 95%"),
            new Criterion(StarKind.PERFORMANCE, 1, StarMetric.VOLUME_RANK, Comparison.LE, "3.00", "办件量前三名"),
            new Criterion(StarKind.PERFORMANCE, 2, StarMetric.CONTEST_PRIZES, Comparison.GE, "1.00", "或：竞赛获奖（奖项对应本星）"),
            new Criterion(StarKind.INTEGRITY, 1, StarMetric.COMPLAINTS, Comparison.LE, "0.00", "无投诉"),
            new Criterion(StarKind.INTEGRITY, 1, StarMetric.OVERDUE_CASES, Comparison.LE, "0.00", "办件全部按时"),
            new Criterion(StarKind.INTEGRITY, 1, StarMetric.BAD_RATINGS, Comparison.LE, "0.00", "无差评"));

    /** The criteria as entities, valid from long ago, written at {@code at} by {@code by}. */
    public static List<StarCriterion> criteria(LocalDateTime at, String by) {
        return CRITERIA.stream().map(c -> new StarCriterion(c.star(), c.group(), c.metric(), c.comparison(),
                new BigDecimal(c.threshold()), LocalDate.of(2000, 1, 1), c.note(), at, by)).toList();
    }
}
