package cn.fuwukuaiche.partylife.appraisal.control;

import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 民主评议's to-dos for the workbench ({@link TodoSource}). Every member on the roster of an open appraisal (whatever
 * his roles): his self-review and his vote. The branch's secretary: the ballot under way, the grades to decide once
 * it is closed, a grade to decide again after an upheld 公示 objection — never his own. The leader: the secretaries'
 * own grades (nobody decides his own, {@code ConflictOfInterest}) and grades to put to 公示. Scope from the viewer's
 * account: his staff record, his branch; the leader sees every branch.
 */
@Stateless
@LocalBean
@Local(TodoSource.class)
public class AppraisalTodoProvider implements TodoSource {

    static final String AREA = "民主评议";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        WorkViewer.Scope account = viewer.account().orElse(null);
        if (account == null) {
            return List.of();
        }
        List<Todo> out = new ArrayList<>();
        Long me = account.staffId();
        Map<Long, String> branchNames = org.branchNames();
        if (me != null) {
            member(me, branchNames, out);
        }
        boolean leader = viewer.has(Role.Names.LEADER);
        Long ownBranch = viewer.has(Role.Names.SECRETARY) ? account.branchId() : null;
        if (!leader && ownBranch == null) {
            return out;
        }
        List<MemberAppraisal> open = em.createQuery("select a from MemberAppraisal a where a.status <> :n or exists (select m from "
                        + "AppraisalMember m where m.appraisalId = a.id and (m.withdrawnReason is not null or m.noticePending = true)) "
                        + "order by a.appraisalYear, a.id", MemberAppraisal.class).setParameter("n", AppraisalStatus.NOTICED).getResultList();
        List<Long> ids = open.stream().map(MemberAppraisal::getId).toList();
        Map<Long, List<AppraisalMember>> rosters = ids.isEmpty() ? Map.of()
                : em.createQuery("select m from AppraisalMember m where m.appraisalId in :a order by m.id", AppraisalMember.class)
                .setParameter("a", ids).getResultList().stream().collect(Collectors.groupingBy(AppraisalMember::getAppraisalId));
        Map<Long, Long> secretaries = new java.util.HashMap<>();
        for (Branch b : org.branches()) {
            if (b.getSecretary() != null) {
                secretaries.put(b.getId(), b.getSecretary().getId());
            }
        }
        for (MemberAppraisal a : open) {
            List<AppraisalMember> roster = rosters.getOrDefault(a.getId(), List.of());
            String whose = branchNames.getOrDefault(a.getBranchId(), "");
            String title = a.getAppraisalYear() + " 年度民主评议";
            Long secretary = secretaries.get(a.getBranchId());
            if (ownBranch != null && ownBranch.equals(a.getBranchId())) {
                if (a.getStatus() == AppraisalStatus.OPEN) {
                    long voted = em.createQuery("select count(t) from AppraisalTurnout t where t.appraisalId = :a", Long.class)
                            .setParameter("a", a.getId()).getSingleResult();
                    out.add(todo(title + "投票中（已投票 " + voted + "/" + roster.size() + " 人），投票结束后评定等次", whose));
                } else if (a.getStatus() == AppraisalStatus.CLOSED && roster.stream().anyMatch(m -> m.getGrade() == null
                        && !Objects.equals(m.getStaffId(), me))) {
                    out.add(todo("评定" + title + "的等次", whose));
                }
                roster.stream().filter(m -> m.isWithdrawn() && !Objects.equals(m.getStaffId(), me))
                        .forEach(m -> out.add(todo("重新评定 " + m.getMemberName() + " 的" + title + "等次（公示异议成立）", whose)));
            }
            if (leader) {
                // the secretaries' own grades: once the committee has graded the others, and after an upheld objection
                roster.stream().filter(m -> Objects.equals(m.getStaffId(), secretary) && !Objects.equals(m.getStaffId(), me)
                                && ((a.getStatus() == AppraisalStatus.CLOSED && m.getGrade() == null
                                && roster.stream().anyMatch(o -> o.getGrade() != null)) || m.isWithdrawn()))
                        .forEach(m -> out.add(todo("评定支部书记 " + m.getMemberName() + " 本人的" + title + "等次", whose)));
                if (a.getStatus() == AppraisalStatus.DECIDED || roster.stream().anyMatch(AppraisalMember::isNoticePending)) {
                    out.add(todo("将" + title + "的评定等次公示", whose));
                }
            }
        }
        return out;
    }

    /** His own: a self-review to write and a vote to cast, in each open appraisal whose roster lists him. */
    private void member(long me, Map<Long, String> branchNames, List<Todo> out) {
        List<Object[]> rows = em.createQuery("select a, m from MemberAppraisal a, AppraisalMember m where m.appraisalId = a.id "
                + "and m.staffId = :s and a.status = :o", Object[].class).setParameter("s", me).setParameter("o", AppraisalStatus.OPEN)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Set<Long> voted = new HashSet<>(em.createQuery("select t.appraisalId from AppraisalTurnout t where t.voterId = :s", Long.class)
                .setParameter("s", me).getResultList());
        for (Object[] r : rows) {
            MemberAppraisal a = (MemberAppraisal) r[0];
            AppraisalMember m = (AppraisalMember) r[1];
            String title = a.getAppraisalYear() + " 年度民主评议党员";
            if (m.getSelfReview() == null) {
                out.add(new Todo(AREA, "撰写" + title + "的个人总结", "", null, Todo.Light.NONE, "party/my-appraisal"));
            }
            if (!voted.contains(a.getId())) {
                out.add(new Todo(AREA, "参加" + title + "的无记名投票", "", null, Todo.Light.NONE, "party/my-appraisal"));
            }
        }
    }

    private static Todo todo(String what, String whose) {
        return new Todo(AREA, what, whose, null, Todo.Light.NONE, "party/appraisal");
    }
}
