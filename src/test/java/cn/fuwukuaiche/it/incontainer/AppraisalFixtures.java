package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Test deployment only: an open 民主评议 of the branch of the demo account {@code secretary}, ten years back (so it
 * meets no demo appraisal), whose roster is the last four (by 工号, so the tests that take a branch's first members keep them) of the branch's members, each with a sign-in account
 * {@code appr.v1} … {@code appr.v4} (password demo1234). Created once, found again by later test methods.
 */
@Stateless
@PermitAll
public class AppraisalFixtures {

    public static final int VOTERS = 4;

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public record Fixture(long appraisalId, long branchId, List<String> usernames, List<Long> staffIds) {
    }

    public Fixture get() {
        UserAccount secretary = account("secretary");
        long branchId = secretary.getBranchId();
        int year = Times.today().getYear() - 10;
        MemberAppraisal a = em.createQuery("select a from MemberAppraisal a where a.branchId = :b and a.appraisalYear = :y",
                MemberAppraisal.class).setParameter("b", branchId).setParameter("y", year).getResultStream().findFirst().orElse(null);
        if (a == null) {
            a = new MemberAppraisal(branchId, year, 30, Times.now(), "test");
            em.persist(a);
            em.flush();
            List<Staff> members = em.createQuery("select s from Staff s where s.active = true and s.branch.id = :b and s.politicalStatus in :ps "
                            + "and s.id not in (select u.staffId from UserAccount u where u.staffId is not null) order by s.staffNo desc", Staff.class)
                    .setParameter("b", branchId).setParameter("ps", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER))
                    .setMaxResults(VOTERS).getResultList();
            for (int i = 0; i < members.size(); i++) {
                Staff s = members.get(i);
                em.persist(new AppraisalMember(a.getId(), s.getId(), s.getName()));
                UserAccount u = new UserAccount("appr.v" + (i + 1), s.getName(), secretary.getPasswordHash(), EnumSet.of(Role.STAFF));
                u.setHallId(1L); // the demo county (issue 23)
                u.setStaffId(s.getId());
                em.persist(u);
            }
            em.flush();
        }
        List<AppraisalMember> roster = em.createQuery("select m from AppraisalMember m where m.appraisalId = :a order by m.id",
                AppraisalMember.class).setParameter("a", a.getId()).getResultList();
        List<String> names = new ArrayList<>();
        for (AppraisalMember m : roster) { // the account of each member, in roster order (inserts may be reordered)
            names.add(em.createQuery("select u.username from UserAccount u where u.staffId = :s and u.username like 'appr.v%'",
                    String.class).setParameter("s", m.getStaffId()).getSingleResult());
        }
        return new Fixture(a.getId(), branchId, names, roster.stream().map(AppraisalMember::getStaffId).toList());
    }

    /** A Party member of another branch than the fixture's (for "a grade for someone not in the branch"). */
    public long outsider(long branchId) {
        return em.createQuery("select s.id from Staff s where s.branch.id <> :b and s.politicalStatus = :p order by s.id", Long.class)
                .setParameter("b", branchId).setParameter("p", PoliticalStatus.PARTY_MEMBER).setMaxResults(1).getSingleResult();
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username).getSingleResult();
    }

    /**
     * A closed appraisal of the branch of {@code secretary}, nine years back, whose roster is the secretary himself and
     * two members without an account (for "nobody decides his own grade"), in no particular order. Created once.
     */
    public Fixture withSecretary() {
        UserAccount secretary = account("secretary");
        long branchId = secretary.getBranchId();
        int year = Times.today().getYear() - 9;
        MemberAppraisal a = em.createQuery("select a from MemberAppraisal a where a.branchId = :b and a.appraisalYear = :y",
                MemberAppraisal.class).setParameter("b", branchId).setParameter("y", year).getResultStream().findFirst().orElse(null);
        if (a == null) {
            a = new MemberAppraisal(branchId, year, 30, Times.now(), "test");
            a.close(Times.now(), "test");
            em.persist(a);
            em.flush();
            List<Staff> members = new ArrayList<>();
            members.add(em.find(Staff.class, secretary.getStaffId()));
            members.addAll(em.createQuery("select s from Staff s where s.active = true and s.branch.id = :b and s.politicalStatus = :p "
                            + "and s.id not in (select u.staffId from UserAccount u where u.staffId is not null) order by s.staffNo", Staff.class)
                    .setParameter("b", branchId).setParameter("p", PoliticalStatus.PARTY_MEMBER).setMaxResults(2).getResultList());
            for (Staff s : members) {
                em.persist(new AppraisalMember(a.getId(), s.getId(), s.getName()));
            }
            em.flush();
        }
        List<AppraisalMember> roster = em.createQuery("select m from AppraisalMember m where m.appraisalId = :a order by m.id",
                AppraisalMember.class).setParameter("a", a.getId()).getResultList();
        return new Fixture(a.getId(), branchId, List.of(), roster.stream().map(AppraisalMember::getStaffId).toList());
    }
}
