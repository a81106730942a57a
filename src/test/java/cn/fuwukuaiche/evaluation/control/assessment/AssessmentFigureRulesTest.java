package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What staff may type into a window sheet (the default window scheme, 第1版): counts 0–99 for manual deductions and
 * bonuses, a veto as 0 or 1 with its grounds, notes up to 500 characters, nothing for the 差评 count the ratings
 * give. A refusal names the rule's code, so the page shows the message beside that row.
 */
class AssessmentFigureRulesTest {

    static final SchemeInForce V1 = SchemeMapper.map(SchemeDefaults.window(1, 202605, "2", null));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                     | code          | tally | note (n× = n characters) | refused field | message
            "late three times                           | LATE          | 3     | -            | -             | -",
            "nothing happened: 0 is a count             | LATE          | 0     | -            | -             | -",
            "99 is the most a sheet holds               | LATE          | 99    | -            | -             | -",
            "100 is refused                             | LATE          | 100   | -            | LATE          | “迟到”的次数须在 0–99 之间",
            "a bonus is a count like a deduction        | BANNER        | 2     | 两面锦旗     | -             | -",
            "a bonus of 100 is refused too              | PRAISE_LETTER | 100   | -            | PRAISE_LETTER | “表扬信”的次数须在 0–99 之间",
            "the 差评 count comes from the ratings      | UNSATISFIED   | 1     | -            | UNSATISFIED   | “群众不满意（差评）”由系统自动统计，不能手工填写",
            "even a typed 0 差评 is refused             | UNSATISFIED   | 0     | -            | UNSATISFIED   | “群众不满意（差评）”由系统自动统计，不能手工填写",
            "a rule the version does not have           | OLD_RULE      | 1     | -            | OLD_RULE      | 评分方案“窗口月度考评”第1版中没有“OLD_RULE”这一项",
            "a veto not triggered needs no grounds      | COMPLAINT     | 0     | -            | -             | -",
            "a triggered veto with its grounds          | COMPLAINT     | 1     | 投诉件 0815  | -             | -",
            "a triggered veto without grounds           | COMPLAINT     | 1     | -            | COMPLAINT     | 触发“实名投诉查实”须写明依据（如投诉件编号）",
            "a blank note is no grounds                 | BRIBE         | 1     | '  '         | BRIBE         | 触发“吃拿卡要”须写明依据（如投诉件编号）",
            "a veto is yes or no, not a count           | COMPLAINT     | 2     | 两件投诉     | COMPLAINT     | “实名投诉查实”只能填“是”或“否”",
            "a note of 500 characters                   | LATE          | 1     | 500×         | -             | -",
            "a note of 501 characters is refused        | LATE          | 1     | 501×         | LATE          | “迟到”的说明最多 500 字",
    })
    void a_figure_is_accepted_or_refused_beside_its_row(String caseName, String code, int tally, String note, String field,
                                                        String message) {
        Map<String, AssessmentFigure> figures = new LinkedHashMap<>();
        figures.put(code, new AssessmentFigure(code, tally, characters(note)));

        Optional<AssessmentFigureRules.Problem> problem = AssessmentFigureRules.check(V1, figures);

        assertEquals(field == null ? Optional.empty() : Optional.of(new AssessmentFigureRules.Problem(field, message)), problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case                                         | figures (code=tally, in the sheet's order) | refused field
            "a whole good sheet                             | LATE=2 EARLY_LEAVE=1 PRAISE_LETTER=1 BANNER=0 | -",
            "the first wrong row is the one named           | LATE=2 DRESS=100 OLD_RULE=1                   | DRESS",
            "a good row before a computed one does not hide it | LATE=1 UNSATISFIED=3                       | UNSATISFIED",
    })
    void a_sheet_is_checked_row_by_row(String caseName, String figures, String field) {
        Map<String, AssessmentFigure> m = new LinkedHashMap<>();
        for (String p : figures.trim().split("\\s+")) {
            String[] kv = p.split("=");
            m.put(kv[0], new AssessmentFigure(kv[0], Integer.parseInt(kv[1]), null));
        }
        assertEquals(Optional.ofNullable(field), AssessmentFigureRules.check(V1, m).map(AssessmentFigureRules.Problem::field));
    }

    /** "500×" is a note of 500 characters; anything else is the note itself. */
    private static String characters(String note) {
        if (note != null && note.endsWith("×")) {
            return "字".repeat(Integer.parseInt(note.substring(0, note.length() - 1)));
        }
        return note;
    }
}
