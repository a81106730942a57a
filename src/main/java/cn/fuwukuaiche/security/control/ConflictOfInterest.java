package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.security.entity.Role;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Nobody enters, reviews, confirms or decides anything about himself: the one rule every service that decides
 * about a person asks before it acts. The acting account's person ({@code actorStaffId}) is compared with the
 * people the step is about; when he is one of them the step is refused with a Chinese reason that names who
 * does it instead — the next person up: a branch secretary's own matters go to the general branch leadership,
 * the leader's own to another centre leader (or the Party organisation above).
 */
public final class ConflictOfInterest {

    /** The steps that decide about a person: what would be done to oneself, and the verb for who does it instead. */
    public enum Step {
        THREE_BY_THREE("评价本人", "录入"),
        SHEET_REVIEW("审核本人的考评表", "审核"),
        SHEET_CORRECTION("更正本人的考评表", "更正"),
        APPEAL_DECISION("裁定本人的申诉", "裁定"),
        STAR_DECISION("评定本人的星级", "评定"),
        OBJECTION_DECISION("处理针对本人的公示异议", "处理"),
        EXEMPLAR_CHOICE("推选本人为先进典型", "推选"),
        COMMENDATION_CHOICE("将本人列入表彰名单", "确定"),
        CONTEST_SCORE("为本人评分", "评分"),
        POST_DESIGNATION("为本人设岗", "设岗"),
        APPRAISAL_GRADE("评定本人的民主评议等次", "评定");

        private final String what;
        private final String verb;

        Step(String what, String verb) {
            this.what = what;
            this.verb = verb;
        }

        public String what() {
            return what;
        }

        public String verb() {
            return verb;
        }
    }

    private ConflictOfInterest() {
    }

    /**
     * Why the actor may not take the step, or empty when he may. An actor bound to no person (the admin, a
     * system job) is never one of the subjects; subjects that are {@code null} are ignored.
     */
    public static Optional<String> refusal(Step step, Long actorStaffId, Set<Role> actorRoles, Collection<Long> subjectStaffIds) {
        if (actorStaffId == null || subjectStaffIds == null || subjectStaffIds.stream().filter(Objects::nonNull)
                .noneMatch(actorStaffId::equals)) {
            return Optional.empty();
        }
        return Optional.of("不能" + step.what() + "，请由" + nextUp(actorRoles) + step.verb());
    }

    /** Who does it instead: the next person up from the actor's highest role. */
    public static String nextUp(Set<Role> actorRoles) {
        if (actorRoles != null && actorRoles.contains(Role.LEADER)) {
            return "其他中心领导或上级党组织";
        }
        if (actorRoles != null && actorRoles.contains(Role.SECRETARY)) {
            return "总支领导";
        }
        return "支部书记或总支领导";
    }
}
