package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.RankingCriterion;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A month's window ranking under the default window scheme (第1版: 100 points, 迟到 −1, 差评 −2 each from the ratings,
 * 锦旗 +2, vetoes keep the points): the total decides, then the version's tie-breakers in its order; equal windows share
 * a place and the next place is skipped ("1224"); each place says which criterion put it below the window above.
 *
 * <p>A window is written {@code A01 LATE=2 @9,0,0,1,0}: its sheet's figures, then its ratings 非常满意, 满意, 基本满意,
 * 不满意, 非常不满意 ({@code @-} = no ratings). An expected place is {@code A02=2:SATISFACTION}: window, place, and the
 * criterion that separated it from the window above (none for the first and for a shared place); {@code *} = 并列.
 */
class RankingCalculatorTest {

    static final SchemeInForce V1 = SchemeMapper.map(SchemeDefaults.window(1, 202605, "2", null));
    static final int MONTH = 202605;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | windows ; separated | criteria passed in | totals (hand-computed) | places, best first
            "the higher total is first"
                    + "| A01 LATE=2 @10,0,0,0,0 ; A02 @10,0,0,0,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=98.00 A02=100.00 | A02=1 A01=2:TOTAL",
            "equal totals: the higher 满意率 is ahead (late twice vs one 差评)"
                    + "| A01 @9,0,0,1,0 ; A02 LATE=2 @10,0,0,0,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=98.00 A02=98.00 | A02=1 A01=2:SATISFACTION",
            "equal totals and 满意率: fewer 差评 is ahead"
                    + "| A01 BANNER=1 @18,0,0,2,0 ; A02 @9,0,0,1,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=98.00 A02=98.00 | A02=1 A01=2:BAD_COUNT",
            "a window without ratings has no 满意率 and follows one with 100 %"
                    + "| A01 @- ; A02 @10,0,0,0,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=100.00 A02=100.00 | A02=1 A01=2:SATISFACTION",
            "equal on everything: one shared place, then the third (1 1 3)"
                    + "| A03 LATE=1 @10,0,0,0,0 ; A02 @10,0,0,0,0 ; A01 @10,0,0,0,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=100.00 A02=100.00 A03=99.00 | A01=1* A02=1* A03=3:TOTAL",
            "a veto keeps the points and the place (it only bars the red flag)"
                    + "| A01 COMPLAINT=1 @10,0,0,0,0 ; A02 LATE=1 @10,0,0,0,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=100.00 A02=99.00 | A01=1 A02=2:TOTAL",
            "the version's order: 满意率 first puts the 90 % window ahead"
                    + "| A01 @4,0,0,1,0 ; A02 BANNER=1 @18,0,0,2,0"
                    + "| TOTAL,SATISFACTION,BAD_COUNT | A01=98.00 A02=98.00 | A02=1 A01=2:SATISFACTION",
            "the version's order: 差评数 first puts the window with one 差评 ahead"
                    + "| A01 @4,0,0,1,0 ; A02 BANNER=1 @18,0,0,2,0"
                    + "| TOTAL,BAD_COUNT,SATISFACTION | A01=98.00 A02=98.00 | A01=1 A02=2:BAD_COUNT",
            "criteria without 总分 still rank by the total first"
                    + "| A01 @10,0,0,0,0 ; A02 @20,0,0,0,0 ; A03 LATE=1 @30,0,0,0,0"
                    + "| RATING_COUNT | A01=100.00 A02=100.00 A03=99.00 | A02=1 A01=2:RATING_COUNT A03=3:TOTAL",
            "no tie-breakers at all: equal totals share the place"
                    + "| A02 @20,0,0,0,0 ; A01 @10,0,0,0,0"
                    + "| '' | A01=100.00 A02=100.00 | A01=1* A02=1*",
            "fewer points deducted is ahead, even when a bonus made up for them"
                    + "| A01 LATE=2 BANNER=1 @10,0,0,0,0 ; A02 @10,0,0,0,0"
                    + "| TOTAL,DEDUCTIONS | A01=100.00 A02=100.00 | A02=1 A01=2:DEDUCTIONS",
            "the higher rating average is ahead (all 非常满意 vs all 满意)"
                    + "| A01 @0,10,0,0,0 ; A02 @10,0,0,0,0"
                    + "| TOTAL,RATING_AVERAGE | A01=100.00 A02=100.00 | A02=1 A01=2:RATING_AVERAGE",
    })
    void a_months_windows_are_ranked(String caseName, String windows, String criteria, String totals, String places) {
        List<RankingRow> rows = new ArrayList<>();
        for (String w : windows.split(";")) {
            rows.add(RankingCalculator.score(window(w.trim(), null), V1, ratings(w), MONTH));
        }
        Collections.reverse(rows); // the order the rows come in does not matter

        List<Ranked<RankingRow>> ranked = RankingCalculator.rank(rows, criteria(criteria));

        assertEquals(totals, rows.stream().sorted((a, b) -> a.subject().sortKey().compareTo(b.subject().sortKey()))
                .map(r -> r.subject().sortKey() + "=" + r.total().toPlainString()).collect(Collectors.joining(" ")));
        assertEquals(places, ranked.stream().map(RankingCalculatorTest::place).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                                | window (figures @ live ratings) | frozen ratings | total  | 满意率 | 差评 | red flag
            "no sheet and no ratings: full marks and no 满意率      | A01 @-                 | -          | 100.00 | -      | 0 | true",
            "the month's live ratings count while it is open        | A01 @8,0,0,2,0         | -          | 96.00  | 80.00  | 2 | true",
            "a confirmed month keeps the counts frozen with it      | A01 @8,0,0,2,0         | 10,0,0,0,0 | 100.00 | 100.00 | 0 | true",
            "基本满意 counts as satisfied                           | A01 @5,0,5,0,0         | -          | 100.00 | 100.00 | 0 | true",
            "late, early, dirty and a praise letter                 | A01 LATE=3 EARLY_LEAVE=1 DIRTY=1 PRAISE_LETTER=2 @10,0,0,0,0 | - | 96.00 | 100.00 | 0 | true",
            "a capped rule takes no more than its cap (早退 max 5)   | A01 EARLY_LEAVE=8 @10,0,0,0,0 | -   | 95.00  | 100.00 | 0 | true",
            "a triggered veto bars the red flag                     | A01 BRIBE=1 @10,0,0,0,0 | -         | 100.00 | 100.00 | 0 | false",
    })
    void a_window_is_scored_from_its_sheet_and_its_ratings(String caseName, String window, String frozen, String total,
                                                           String satisfaction, int bad, boolean redFlag) {
        RankingRow row = RankingCalculator.score(window(window, frozen == null ? null : counts(frozen)), V1, ratings(window), MONTH);

        assertEquals(new BigDecimal(total), row.total());
        assertEquals(satisfaction == null ? null : new BigDecimal(satisfaction), row.satisfactionPercent());
        assertEquals(bad, row.badCount());
        assertEquals(redFlag, row.eligibleForRedFlag());
    }

    private static String place(Ranked<RankingRow> r) {
        String by = r.decidedBy() == null ? "" : ":" + Arrays.stream(RankingCriterion.values())
                .filter(c -> c.label().equals(r.decidedBy())).findFirst().orElseThrow().name();
        return r.item().subject().sortKey() + "=" + r.rank() + (r.tied() ? "*" : "") + by;
    }

    private static List<RankingCriterion> criteria(String list) {
        return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(RankingCriterion::valueOf).toList();
    }

    /** "A01 LATE=2 BANNER=1 @…": the window A01 with that month's sheet. */
    private static RankingSubject window(String spec, RatingCounts frozen) {
        String[] words = spec.substring(0, spec.indexOf('@')).trim().split("\\s+");
        String no = words[0];
        Map<String, AssessmentFigure> figures = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            String[] kv = words[i].split("=");
            figures.put(kv[0], new AssessmentFigure(kv[0], Integer.parseInt(kv[1]), kv[0].equals("COMPLAINT") || kv[0].equals("BRIBE")
                    ? "投诉件 0815" : null));
        }
        long id = Long.parseLong(no.substring(1));
        return new RankingSubject(AssessmentSubject.WINDOW, id, null, no + " 窗口", no, "单位", 1L, "第一联合党支部", 100 + id,
                AssessmentStatus.APPROVED, null, figures, frozen);
    }

    /** The live ratings after "@", or null ("@-"). */
    private static RatingCounts ratings(String spec) {
        String r = spec.substring(spec.indexOf('@') + 1).trim();
        return r.equals("-") ? null : counts(r);
    }

    private static RatingCounts counts(String fiveLevels) {
        int[] c = Arrays.stream(fiveLevels.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
        return RatingCounts.of(c[0], c[1], c[2], c[3], c[4]);
    }
}
