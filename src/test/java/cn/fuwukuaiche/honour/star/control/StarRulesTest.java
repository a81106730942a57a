package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.Comparison;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The star criteria as the defaults in V35 set them, each star at, just inside and just outside its thresholds. */
class StarRulesTest {

    static final List<CriterionRule> DEFAULTS = List.of(
            new CriterionRule(StarKind.HARMONY, 1, StarMetric.SATISFACTION, Comparison.GE, "98"),
            new CriterionRule(StarKind.HARMONY, 1, StarMetric.BAD_RATINGS, Comparison.LE, "0"),
            new CriterionRule(StarKind.HARMONY, 1, StarMetric.RATED_SERVICES, Comparison.GE, "10"),
            new CriterionRule(StarKind.LAW, 1, StarMetric.DISCIPLINE_DEDUCTIONS, Comparison.LE, "0"),
            new CriterionRule(StarKind.LAW, 1, StarMetric.COMPLAINTS, Comparison.LE, "0"),
            new CriterionRule(StarKind.DEDICATION, 1, StarMetric.ATTENDANCE_DEDUCTIONS, Comparison.LE, "0"),
            new CriterionRule(StarKind.DEDICATION, 1, StarMetric.SATISFACTION, Comparison.GE, "95"),
            new CriterionRule(StarKind.PERFORMANCE, 1, StarMetric.VOLUME_RANK, Comparison.LE, "3"),
            new CriterionRule(StarKind.PERFORMANCE, 2, StarMetric.CONTEST_PRIZES, Comparison.GE, "1"),
            new CriterionRule(StarKind.INTEGRITY, 1, StarMetric.COMPLAINTS, Comparison.LE, "0"),
            new CriterionRule(StarKind.INTEGRITY, 1, StarMetric.OVERDUE_CASES, Comparison.LE, "0"),
            new CriterionRule(StarKind.INTEGRITY, 1, StarMetric.BAD_RATINGS, Comparison.LE, "0"));

    /** figures as "METRIC=value;…" ("-" = no data), prizes for 业绩突出星 */
    static StarFigures figures(String spec, int performancePrizes) {
        Map<StarMetric, BigDecimal> m = new EnumMap<>(StarMetric.class);
        for (String part : spec.split(";")) {
            String[] kv = part.split("=");
            if (!kv[1].equals("-")) {
                m.put(StarMetric.valueOf(kv[0]), new BigDecimal(kv[1]));
            }
        }
        Map<StarKind, Integer> prizes = performancePrizes == 0 ? Map.of() : Map.of(StarKind.PERFORMANCE, performancePrizes);
        return new StarFigures(m, prizes, Map.of());
    }

    @ParameterizedTest(name = "{0}: {1} prizes={2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            HARMONY     | SATISFACTION=98;BAD_RATINGS=0;RATED_SERVICES=10          | 0 | true
            HARMONY     | SATISFACTION=97.99;BAD_RATINGS=0;RATED_SERVICES=40       | 0 | false
            HARMONY     | SATISFACTION=100;BAD_RATINGS=1;RATED_SERVICES=40         | 0 | false
            HARMONY     | SATISFACTION=100;BAD_RATINGS=0;RATED_SERVICES=9          | 0 | false
            HARMONY     | SATISFACTION=-;BAD_RATINGS=0;RATED_SERVICES=0            | 0 | false
            LAW         | DISCIPLINE_DEDUCTIONS=0;COMPLAINTS=0                      | 0 | true
            LAW         | DISCIPLINE_DEDUCTIONS=1;COMPLAINTS=0                      | 0 | false
            LAW         | DISCIPLINE_DEDUCTIONS=0;COMPLAINTS=1                      | 0 | false
            LAW         | DISCIPLINE_DEDUCTIONS=-;COMPLAINTS=-                      | 0 | false
            DEDICATION  | ATTENDANCE_DEDUCTIONS=0;SATISFACTION=95                   | 0 | true
            DEDICATION  | ATTENDANCE_DEDUCTIONS=1;SATISFACTION=100                  | 0 | false
            DEDICATION  | ATTENDANCE_DEDUCTIONS=0;SATISFACTION=94.99                | 0 | false
            PERFORMANCE | VOLUME_RANK=3                                             | 0 | true
            PERFORMANCE | VOLUME_RANK=4                                             | 0 | false
            PERFORMANCE | VOLUME_RANK=4                                             | 1 | true
            PERFORMANCE | VOLUME_RANK=-                                             | 1 | true
            PERFORMANCE | VOLUME_RANK=-                                             | 0 | false
            INTEGRITY   | COMPLAINTS=0;OVERDUE_CASES=0;BAD_RATINGS=0                | 0 | true
            INTEGRITY   | COMPLAINTS=0;OVERDUE_CASES=1;BAD_RATINGS=0                | 0 | false
            INTEGRITY   | COMPLAINTS=0;OVERDUE_CASES=0;BAD_RATINGS=2                | 0 | false
            INTEGRITY   | COMPLAINTS=-;OVERDUE_CASES=-;BAD_RATINGS=0                | 0 | false
            """)
    void each_star_at_its_thresholds(StarKind star, String spec, int prizes, boolean earned) {
        StarVerdict v = StarRules.evaluate(star, DEFAULTS, figures(spec, prizes));
        assertEquals(earned, v.earned(), v.evidenceText());
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({"GE,98,98,true", "GE,97.99,98,false", "GT,98,98,false", "GT,98.01,98,true", "LE,0,0,true", "LE,1,0,false",
            "LT,0,1,true", "LT,1,1,false", "EQ,3,3,true", "EQ,3.00,3,true", "EQ,2,3,false"})
    void comparisons_at_the_boundary(Comparison c, String actual, String threshold, boolean expected) {
        assertEquals(expected, c.test(new BigDecimal(actual), new BigDecimal(threshold)));
    }

    @Test
    void the_evidence_says_each_figure_against_its_requirement() {
        StarVerdict v = StarRules.evaluate(StarKind.HARMONY, DEFAULTS, figures("SATISFACTION=99.20;BAD_RATINGS=0;RATED_SERVICES=31", 0));
        assertEquals("满意率 99.2%（要求 ≥ 98%） ✓；差评 0次（要求 ≤ 0次） ✓；评价件数 31件（要求 ≥ 10件） ✓", v.evidenceText());
        StarVerdict none = StarRules.evaluate(StarKind.LAW, DEFAULTS, figures("DISCIPLINE_DEDUCTIONS=-", 0));
        assertTrue(none.evidenceText().contains("纪律扣分事项 无数据"), none.evidenceText());
    }

    @Test
    void the_group_that_held_is_the_evidence_and_a_star_without_criteria_is_never_earned() {
        StarVerdict v = StarRules.evaluate(StarKind.PERFORMANCE, DEFAULTS, figures("VOLUME_RANK=9", 1));
        assertTrue(v.earned());
        assertEquals(1, v.checks().size());
        assertEquals(StarMetric.CONTEST_PRIZES, v.checks().get(0).rule().metric());
        assertFalse(StarRules.evaluate(StarKind.HARMONY, List.of(), figures("SATISFACTION=100", 0)).earned());
    }

    @ParameterizedTest(name = "criterion {0}..{1} applies to a period from {2}: {3}")
    @CsvSource(nullValues = "null", value = {"2026-01-01,null,2026-10-01,true", "2026-10-01,null,2026-10-01,true",
            "2026-10-02,null,2026-10-01,false", "2026-01-01,2026-10-01,2026-10-01,false", "2026-01-01,2026-10-02,2026-10-01,true",
            "2026-08-01,null,2026-07-01,false"})
    void a_criterion_applies_to_the_periods_starting_within_its_validity(LocalDate from, LocalDate until, LocalDate periodStart,
                                                                       boolean applies) {
        CriterionRule r = new CriterionRule(null, StarKind.LAW, 1, StarMetric.COMPLAINTS, Comparison.LE, BigDecimal.ZERO, from, until);
        assertEquals(applies, r.appliesTo(periodStart));
        assertEquals(applies ? 1 : 0, StarRules.inForce(List.of(r), periodStart).size());
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}..{4}, previous {5}")
    @CsvSource({
            "MONTH,2026-11-26,2026年11月,2026-11-01,2026-11-30,2026年10月,2026-11",
            "MONTH,2026-02-28,2026年2月,2026-02-01,2026-02-28,2026年1月,2026-02",
            "MONTH,2026-01-01,2026年1月,2026-01-01,2026-01-31,2025年12月,2026-01",
            "QUARTER,2026-11-26,2026年第四季度,2026-10-01,2026-12-31,2026年第三季度,2026Q4",
            "QUARTER,2026-09-30,2026年第三季度,2026-07-01,2026-09-30,2026年第二季度,2026Q3",
            "QUARTER,2026-01-01,2026年第一季度,2026-01-01,2026-03-31,2025年第四季度,2026Q1"})
    void monthly_and_quarterly_periods(PeriodKind kind, LocalDate day, String label, LocalDate start, LocalDate end,
                                       String previous, String key) {
        StarPeriod p = StarPeriod.containing(kind, day);
        assertEquals(label, p.label());
        assertEquals(start, p.start());
        assertEquals(end, p.end());
        assertEquals(previous, p.previous().label());
        assertEquals(key, p.key());
        assertEquals(p, StarPeriod.parse(key));
        assertEquals(kind == PeriodKind.MONTH ? 1 : 3, p.months().size());
    }

    @Test
    void a_quarter_sums_its_three_months_and_the_leader_judges_the_last_ended_period() {
        assertEquals(List.of(202607, 202608, 202609), StarPeriod.parse("2026Q3").periodYms());
        assertEquals("2026年第三季度", StarPeriod.lastEnded(PeriodKind.QUARTER, LocalDate.of(2026, 11, 26)).label());
        assertEquals("2026年10月", StarPeriod.lastEnded(PeriodKind.MONTH, LocalDate.of(2026, 11, 26)).label());
    }

    @Test
    void volume_ranks_share_a_place_when_equal() {
        Map<Long, Integer> ranks = StarFiguresLoader.volumeRanks(new java.util.LinkedHashMap<>(Map.of(1L, 50, 2L, 70, 3L, 70, 4L, 10)));
        assertEquals(1, ranks.get(2L));
        assertEquals(1, ranks.get(3L));
        assertEquals(3, ranks.get(1L));
        assertEquals(4, ranks.get(4L));
    }

    @Test
    void the_evidence_is_kept_as_figures_that_decode_again() {
        StarFigures f = new StarFigures(Map.of(StarMetric.SATISFACTION, new BigDecimal("99.20")), Map.of(StarKind.PERFORMANCE, 1),
                Map.of(StarKind.PERFORMANCE, "业务知识大练兵 一等奖"));
        Map<String, String> m = StarFigures.decode(f.encode(StarKind.PERFORMANCE));
        assertEquals("99.20", m.get("SATISFACTION"));
        assertEquals("1", m.get("CONTEST_PRIZES"));
        assertEquals("", m.get("BAD_RATINGS"));
        assertEquals("业务知识大练兵 一等奖", m.get("PRIZES"));
        assertEquals("0", StarFigures.decode(f.encode(StarKind.HARMONY)).get("CONTEST_PRIZES"));
    }

    @ParameterizedTest(name = "{0}: stands on the wall (公示, 撤销) {1}")
    @CsvSource({"CONFIRMED, true", "REJECTED, false", "REVOKED, false"})
    void only_a_confirmed_star_may_be_put_to_notice_or_revoked(cn.fuwukuaiche.honour.star.entity.StarAwardStatus status, boolean standing) {
        assertEquals(standing, StarRules.standing(status));
    }
}
