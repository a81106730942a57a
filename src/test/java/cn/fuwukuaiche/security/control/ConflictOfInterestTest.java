package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.security.control.ConflictOfInterest.Step;
import cn.fuwukuaiche.security.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictOfInterestTest {

    private static Set<Role> roles(String names) {
        EnumSet<Role> r = EnumSet.noneOf(Role.class);
        if (!names.isBlank()) {
            Arrays.stream(names.split("\\+")).map(Role::valueOf).forEach(r::add);
        }
        return r;
    }

    /** step | actor's roles | actor's person | the people the step is about | refusal (empty: allowed) */
    @ParameterizedTest(name = "{0} by {1} #{2} about {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            THREE_BY_THREE     | SECRETARY       | 7    | 7      | 不能评价本人，请由总支领导录入
            THREE_BY_THREE     | SECRETARY       | 7    | 8      |
            THREE_BY_THREE     | LEADER          | 1    | 7      |
            THREE_BY_THREE     | LEADER          | 1    | 1      | 不能评价本人，请由其他中心领导或上级党组织录入
            SHEET_REVIEW       | SECRETARY       | 7    | 7      | 不能审核本人的考评表，请由总支领导审核
            SHEET_REVIEW       | SECRETARY       | 7    | 8;7;9  | 不能审核本人的考评表，请由总支领导审核
            SHEET_REVIEW       | SECRETARY       | 7    | 8;9    |
            SHEET_REVIEW       | LEADER          | 1    | 7      |
            SHEET_CORRECTION   | LEADER          | 1    | 1      | 不能更正本人的考评表，请由其他中心领导或上级党组织更正
            APPEAL_DECISION    | LEADER          | 1    | 1      | 不能裁定本人的申诉，请由其他中心领导或上级党组织裁定
            APPEAL_DECISION    | LEADER          | 1    | 12     |
            STAR_DECISION      | LEADER          | 1    | 1      | 不能评定本人的星级，请由其他中心领导或上级党组织评定
            STAR_DECISION      | LEADER          | 1    | 7      |
            OBJECTION_DECISION | LEADER          | 1    | 1      | 不能处理针对本人的公示异议，请由其他中心领导或上级党组织处理
            EXEMPLAR_CHOICE    | LEADER          | 1    | 1      | 不能推选本人为先进典型，请由其他中心领导或上级党组织推选
            COMMENDATION_CHOICE| LEADER          | 1    | 1;7    | 不能将本人列入表彰名单，请由其他中心领导或上级党组织确定
            COMMENDATION_CHOICE| LEADER          | 1    | 7      |
            CONTEST_SCORE      | ADMIN           | null | 7      |
            CONTEST_SCORE      | SECRETARY+STAFF | 7    | 7      | 不能为本人评分，请由总支领导评分
            CONTEST_SCORE      | STAFF           | 5    | 5      | 不能为本人评分，请由支部书记或总支领导评分
            SHEET_REVIEW       | LEADER+SECRETARY| 7    | 7      | 不能审核本人的考评表，请由其他中心领导或上级党组织审核
            POST_DESIGNATION   | LEADER          | 1    | 1      | 不能为本人设岗，请由其他中心领导或上级党组织设岗
            POST_DESIGNATION   | LEADER          | 1    | 7      |
            APPRAISAL_GRADE    | SECRETARY+STAFF | 7    | 7      | 不能评定本人的民主评议等次，请由总支领导评定
            APPRAISAL_GRADE    | SECRETARY+STAFF | 7    | 8;9    |
            APPRAISAL_GRADE    | LEADER          | 1    | 1      | 不能评定本人的民主评议等次，请由其他中心领导或上级党组织评定
            """)
    void nobody_decides_about_himself_and_the_refusal_names_who_does(Step step, String roleNames, Long actor, String subjects,
                                                                      String refusal) {
        List<Long> people = Arrays.stream(subjects.split(";")).map(String::strip).map(Long::valueOf).toList();
        assertEquals(refusal == null ? "" : refusal, ConflictOfInterest.refusal(step, actor, roles(roleNames), people).orElse(""));
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void every_step_refuses_oneself_and_allows_another(Step step) {
        assertTrue(ConflictOfInterest.refusal(step, 3L, roles("SECRETARY"), List.of(3L)).orElseThrow().startsWith("不能"));
        assertTrue(ConflictOfInterest.refusal(step, 3L, roles("SECRETARY"), List.of(4L)).isEmpty());
    }

    @Test
    void no_subject_or_an_unbound_actor_is_no_conflict() {
        assertTrue(ConflictOfInterest.refusal(Step.STAR_DECISION, 3L, roles("LEADER"), List.of()).isEmpty());
        assertTrue(ConflictOfInterest.refusal(Step.STAR_DECISION, null, roles("LEADER"), List.of(3L)).isEmpty());
        assertTrue(ConflictOfInterest.refusal(Step.STAR_DECISION, 3L, roles("LEADER"), null).isEmpty());
        assertTrue(ConflictOfInterest.refusal(Step.STAR_DECISION, 3L, roles("LEADER"), Arrays.asList(null, 4L)).isEmpty());
    }
}
