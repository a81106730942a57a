package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.QuestionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradingTest {

    @ParameterizedTest(name = "{0} key {1}, answer ''{2}'' → {3}")
    @CsvSource({
            "SINGLE, B, B, true",
            "SINGLE, B, b, true",
            "SINGLE, B, C, false",
            "SINGLE, B, '', false",
            "SINGLE, B, BC, false",
            "MULTIPLE, AC, CA, true",
            "MULTIPLE, AC, A C, true",
            "MULTIPLE, AC, A, false",
            "MULTIPLE, AC, ABC, false",
            "TRUE_FALSE, T, 正确, true",
            "TRUE_FALSE, T, F, false",
            "TRUE_FALSE, F, 错, true",
            "TRUE_FALSE, F, '', false",
    })
    void an_answer_is_right_only_when_it_names_exactly_the_key(QuestionType type, String key, String given, boolean right) {
        assertEquals(right, Grading.isCorrect(type, key, given));
    }

    @ParameterizedTest(name = "{0} of {1} right → {2}")
    @CsvSource({"3, 3, 100.00", "2, 3, 66.67", "0, 3, 0.00", "7, 20, 35.00", "0, 0, 0.00"})
    void the_score_is_the_share_of_right_answers_times_100(int correct, int total, String score) {
        assertEquals(score, Grading.score(correct, total).toPlainString());
    }
}
