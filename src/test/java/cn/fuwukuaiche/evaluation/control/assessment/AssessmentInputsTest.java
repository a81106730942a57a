package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeEngine;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreLine;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A sheet's figures plus the month's ratings become an explained score: manual figures as filled in, the
 * 差评 deduction from the ratings (never from a typed figure), each line pointing at its record.
 */
class AssessmentInputsTest {

    static final SchemeInForce V1 = SchemeMapper.map(SchemeDefaults.window(1, 202605, "2", null));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | figures code=tally | ratings (5 levels) | total | vetoed | deduction lines "code:points:source"
            "nothing happened            | ''                         | 50,10,0,0,0 | 100.00 | false | ''",
            "late twice, one praise      | LATE=2 PRAISE_LETTER=1     | 50,10,0,0,0 | 99.00  | false | LATE:-2.00:sheet:9:LATE",
            "two bad ratings cost 2 each | ''                         | 40,5,2,1,1  | 96.00  | false | UNSATISFIED:-4.00:ratings:WINDOW:5:202610",
            "a typed bad count is ignored| UNSATISFIED=7              | 40,5,2,1,0  | 98.00  | false | UNSATISFIED:-2.00:ratings:WINDOW:5:202610",
            "veto keeps the points       | COMPLAINT=1                | 30,0,0,0,0  | 100.00 | true  | ''",
            "unknown code is ignored     | OLD_RULE=3                 | 30,0,0,0,0  | 100.00 | false | ''",
            "zero tallies add no lines   | LATE=0 BANNER=0            | 0,0,0,0,0   | 100.00 | false | ''",
    })
    void figures_and_ratings_become_explained_lines(String caseName, String figures, String ratings, String total,
                                                    boolean vetoed, String deductionLines) {
        Map<String, AssessmentFigure> f = new HashMap<>();
        if (!figures.isBlank()) {
            for (String p : figures.trim().split("\\s+")) {
                String[] kv = p.split("=");
                f.put(kv[0], new AssessmentFigure(kv[0], Integer.parseInt(kv[1]), null));
            }
        }
        int[] c = Arrays.stream(ratings.split(",")).mapToInt(Integer::parseInt).toArray();
        ScoreResult r = SchemeEngine.score(V1.definition(), AssessmentInputs.build(V1, 9L, f,
                RatingCounts.of(c[0], c[1], c[2], c[3], c[4]), AssessmentSources.ratings(
                        cn.fuwukuaiche.evaluation.entity.AssessmentSubject.WINDOW, 5, 202610)));
        assertEquals(new BigDecimal(total), r.total());
        assertEquals(vetoed, r.vetoed());
        assertEquals(deductionLines, r.lines(ScoreLine.Kind.DEDUCTION).stream()
                .map(l -> l.code() + ":" + l.points() + ":" + l.source()).collect(Collectors.joining(" ")));
    }
}
