package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.entity.CaseState;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an agent must do next with a case at his node, and by when (plain Java, {@code NetworkTodoRulesTest}): an
 * accepted case that his level cannot handle is handed up by its 上交时限 (3 working days), otherwise handled by its
 * promised deadline; an entrusted case is accepted once the materials are complete (by the same deadline when
 * one is set); a handled one is delivered, archived, reported and called back (回访), none of which has a clock.
 */
public final class NetworkTodoRules {

    private NetworkTodoRules() {
    }

    public record Next(String what, LocalDate deadline) {
    }

    public static Optional<Next> next(CaseState state, LocalDate deadline, LocalDate handUpBy) {
        return Optional.ofNullable(switch (state) {
            case ENTRUSTED -> new Next("补齐材料后受理", deadline);
            case ACCEPTED -> handUpBy != null ? new Next("上交上级网点（3 个工作日内）", handUpBy) : new Next("办结", deadline);
            case HANDLED -> new Next("送达申请人", null);
            case DELIVERED -> new Next("归档", null);
            case ARCHIVED -> new Next("上报", null);
            case REPORTED -> new Next("回访申请人", null);
            case FOLLOWED_UP -> null;
        });
    }
}
