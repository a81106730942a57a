package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * Who may do what in 发展党员: LEADER and ADMIN every branch, a SECRETARY his own branch (the branch's steps, never the
 * general branch's 预审, 公示, 上级谈话, 审批); a STAFF member only his own way, without the private papers.
 */
@Dependent
public class PipelineScope {

    public static final String MSG_OTHER_BRANCH = "只能办理本支部的发展党员工作";

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgDirectory org;

    /** LEADER or ADMIN: every branch and the general branch's steps. */
    public boolean all() {
        return currentUser.isAny(Role.ADMIN, Role.LEADER);
    }

    /** The secretary's branch, or null. */
    public Long ownBranch() {
        return currentUser.is(Role.SECRETARY) ? currentUser.account().map(UserAccount::getBranchId).orElse(null) : null;
    }

    public boolean manages(long branchId) {
        return all() || Long.valueOf(branchId).equals(ownBranch());
    }

    /** The branch, if the caller manages it; refused otherwise. */
    public Branch requireBranch(long branchId) {
        Branch b = org.branch(branchId).orElseThrow(() -> new BusinessException("branch", "该支部不存在"));
        if (!manages(branchId)) {
            throw new BusinessException("branch", MSG_OTHER_BRANCH);
        }
        return b;
    }

    /** The caller may take this step for this person. */
    public void requireStep(MembershipApplication a, StepKind step) {
        if (step.leaderStep() && !all()) {
            throw new BusinessException(step.label() + "由党总支办理");
        }
        if (!manages(a.getBranchId())) {
            throw new BusinessException(MSG_OTHER_BRANCH);
        }
    }

    public Long myStaffId() {
        return currentUser.account().map(UserAccount::getStaffId).orElse(null);
    }

    public String me() {
        return currentUser.username().orElse(AuditService.SYSTEM);
    }
}
