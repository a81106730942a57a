package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Set;

/** The caller's assessment scope (roles from the container, branch and window from the account). */
@ApplicationScoped
public class AssessmentCallers {

    @Inject
    CurrentUser currentUser;

    public AssessmentScope scope() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (currentUser.is(r)) {
                roles.add(r);
            }
        }
        UserAccount me = currentUser.account().orElse(null);
        return new AssessmentScope(currentUser.username().orElse("?"), roles, me == null ? null : me.getBranchId(),
                me == null ? null : me.getWindowId());
    }
}
