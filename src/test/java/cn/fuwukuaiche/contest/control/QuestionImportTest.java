package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QuestionImportTest {

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4}/{5} → {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            户籍业务 | 1 | 单选 | 题干 | 甲;乙;丙 | B   | -
            户籍业务 | 1 | 多选 | 题干 | 甲;乙;丙 | AC  | -
            户籍业务 | 2 | 判断 | 题干 | -        | 对  | -
            -        | 1 | 单选 | 题干 | 甲;乙    | A   | 缺少类别
            户籍业务 | 0 | 单选 | 题干 | 甲;乙    | A   | 难度须为 易、中、难
            户籍业务 | 1 | 填空 | 题干 | 甲;乙    | A   | 题型须为 单选、多选 或 判断
            户籍业务 | 1 | 单选 | -    | 甲;乙    | A   | 缺少题干
            户籍业务 | 1 | 单选 | 题干 | 甲;乙    | D   | 答案 D 没有对应的选项
            户籍业务 | 1 | 单选 | 题干 | 甲       | A   | 选择题至少需要两个选项
            户籍业务 | 1 | 多选 | 题干 | 甲;乙;丙 | A   | 多选题答案至少两个选项
            户籍业务 | 1 | 判断 | 题干 | -        | 也许 | 判断题答案须为 对 或 错
            户籍\t业务 | 1 | 单选 | 题干 | 甲;乙   | A   | 类别不能包含换行、制表符或其他控制字符
            户籍业务 | 1 | 单选 | 题\u001B干 | 甲;乙 | A   | 题干不能包含控制字符（如 NUL、ESC）
            户籍业务 | 1 | 单选 | 题干 | 甲;乙\t丙 | A   | 选项不能包含换行、制表符或其他控制字符
            """)
    void every_row_is_checked_with_a_chinese_message(String category, int difficulty, String type, String stem, String options,
                                                      String answer, String error) {
        QuestionImport.Row r = new QuestionImport.Row(2, category, difficulty, QuestionType.ofLabel(type), stem,
                options == null ? List.of() : Arrays.asList(options.split(";")), answer, null);
        assertEquals(error, QuestionImport.check(r).orElse(null));
    }

    @Test
    void an_exported_bank_imports_again_unchanged() {
        List<Question> bank = List.of(
                new Question("户籍业务", 1, QuestionType.SINGLE, "办理居民身份证需要本人到场吗？", List.of("需要", "不需要"), "A"),
                new Question("社保医保", 3, QuestionType.MULTIPLE, "哪些属于社会保险？", List.of("养老保险", "医疗保险", "商业保险"), "AB"),
                new Question("服务规范", 2, QuestionType.TRUE_FALSE, "首问负责制要求首问人员负责到底。", List.of(), "T"));
        List<QuestionImport.Row> rows = QuestionImport.read(new ByteArrayInputStream(QuestionImport.export(bank)));
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            QuestionImport.Row r = rows.get(i);
            assertNull(r.error(), r.toString());
            Question q = r.toQuestion();
            assertEquals(bank.get(i).getStem(), q.getStem());
            assertEquals(bank.get(i).getType(), q.getType());
            assertEquals(bank.get(i).getAnswerKey(), q.getAnswerKey());
            assertEquals(bank.get(i).getOptionList(), q.getOptionList());
            assertEquals(bank.get(i).getDifficulty(), q.getDifficulty());
        }
        assertEquals(2, rows.get(0).line());
    }
}
