package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link ConflictOfInterest} for the current caller: services call {@link #check} before they decide about people. */
@ApplicationScoped
public class SelfDecisionGuard {

    @Inject
    CurrentUser currentUser;

    /** Refuses (BusinessException, rolled back) when the caller is one of {@code subjectStaffIds}. */
    public void check(ConflictOfInterest.Step step, Collection<Long> subjectStaffIds) {
        refusal(step, subjectStaffIds).ifPresent(why -> {
            throw new BusinessException(why);
        });
    }

    public void check(ConflictOfInterest.Step step, Long subjectStaffId) {
        check(step, subjectStaffId == null ? List.of() : List.of(subjectStaffId));
    }

    public Optional<String> refusal(ConflictOfInterest.Step step, Collection<Long> subjectStaffIds) {
        return ConflictOfInterest.refusal(step, myStaffId(), roles(), subjectStaffIds);
    }

    public Long myStaffId() {
        return currentUser.account().map(UserAccount::getStaffId).orElse(null);
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (currentUser.is(r)) {
                roles.add(r);
            }
        }
        return roles;
    }
}
