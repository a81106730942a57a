package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.security.entity.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who may do what to which sheet: STAFF fill in their own window's sheets (the window's and its people's),
 * a SECRETARY reviews their branch's, the LEADER reviews, confirms and corrects all; ADMIN sees everything
 * and changes nothing here. Everyone may see the month's ranking list; the explanation behind a score and
 * the sheet itself are for those whose scope holds the window.
 *
 * @param username the caller
 * @param roles    the caller's roles
 * @param branchId the SECRETARY's branch, if any
 * @param windowId the STAFF member's window, if any
 */
public record AssessmentScope(String username, Set<Role> roles, Long branchId, Long windowId) {

    public AssessmentScope {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean everything() {
        return has(Role.LEADER) || has(Role.ADMIN);
    }

    /** May open the sheet and the explanation of a window (or of a person working at it). */
    public boolean canSee(Long windowBranchId, long windowId) {
        return everything()
               || (has(Role.SECRETARY) && branchId != null && Objects.equals(branchId, windowBranchId))
               || (has(Role.STAFF) && windowId(windowId));
    }

    public boolean canFill(long windowId) {
        return has(Role.STAFF) && windowId(windowId);
    }

    public boolean canReview(Long windowBranchId) {
        return has(Role.LEADER) || (has(Role.SECRETARY) && branchId != null && Objects.equals(branchId, windowBranchId));
    }

    public boolean canConfirm() {
        return has(Role.LEADER);
    }

    /** The buttons to offer on a sheet: what the caller's scope allows and the flow allows now. */
    public Set<AssessmentAction> actions(AssessmentStatus status, Long windowBranchId, long windowId) {
        Set<AssessmentAction> result = EnumSet.noneOf(AssessmentAction.class);
        if (status == null) {
            return result;
        }
        if (canFill(windowId)) {
            add(result, AssessmentAction.EDIT, status);
            add(result, AssessmentAction.SUBMIT, status);
        }
        if (canReview(windowBranchId)) {
            add(result, AssessmentAction.APPROVE, status);
            add(result, AssessmentAction.RETURN, status);
        }
        if (canConfirm()) {
            add(result, AssessmentAction.CORRECT, status);
        }
        return result;
    }

    private static void add(Set<AssessmentAction> result, AssessmentAction a, AssessmentStatus status) {
        if (AssessmentFlow.allowed(a, status)) {
            result.add(a);
        }
    }

    private boolean windowId(long id) {
        return windowId != null && windowId == id;
    }
}
