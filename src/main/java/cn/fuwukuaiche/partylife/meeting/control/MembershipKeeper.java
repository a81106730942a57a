package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.control.StaffSaved;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.MembershipPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the membership periods ({@link MembershipPeriod}) in step with the roster: when org saves a staff member
 * ({@link StaffSaved}, same transaction) and his branch, group or 政治面貌 changed, the open period ends yesterday and
 * a new one starts today; one who is no longer an active full or probationary member gets none.
 */
@HallBound
@ApplicationScoped
public class MembershipKeeper {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    void staffSaved(@Observes StaffSaved event) {
        sync(event.staffId(), Times.today());
    }

    public void sync(long staffId, LocalDate on) {
        Staff s = org.staff(staffId).orElse(null);
        boolean member = s != null && s.isActive() && s.isPartyMember() && s.getBranch() != null;
        Long branch = member ? s.getBranch().getId() : null;
        Long group = member && s.getPartyGroup() != null ? s.getPartyGroup().getId() : null;
        List<MembershipPeriod> open = em.createQuery("select m from MembershipPeriod m where m.staffId = :s and m.validTo is null",
                MembershipPeriod.class).setParameter("s", staffId).getResultList();
        boolean kept = false;
        for (MembershipPeriod m : open) {
            if (member && !kept && m.getBranchId().equals(branch) && Objects.equals(m.getPartyGroupId(), group)) {
                kept = true;
            } else if (!m.getValidFrom().isBefore(on)) {
                em.remove(m);
            } else {
                m.setValidTo(on.minusDays(1));
            }
        }
        if (member && !kept) {
            em.persist(new MembershipPeriod(staffId, branch, group, on, null));
        }
    }

    /** Every period that touches the year, as the rules read them. */
    public List<CadenceRules.Membership> ofYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return em.createQuery("select m from MembershipPeriod m where m.validFrom <= :last and (m.validTo is null or m.validTo >= :first)",
                        MembershipPeriod.class).setParameter("first", first).setParameter("last", last).getResultList().stream()
                .map(MembershipKeeper::rule).toList();
    }

    /** The periods of a branch that cover the day. */
    public List<CadenceRules.Membership> on(long branchId, LocalDate day) {
        return em.createQuery("select m from MembershipPeriod m where m.branchId = :b and m.validFrom <= :d "
                        + "and (m.validTo is null or m.validTo >= :d)", MembershipPeriod.class)
                .setParameter("b", branchId).setParameter("d", day).getResultList().stream().map(MembershipKeeper::rule).toList();
    }

    static CadenceRules.Membership rule(MembershipPeriod m) {
        return new CadenceRules.Membership(m.getStaffId(), m.getBranchId(), m.getPartyGroupId(), m.getValidFrom(), m.getValidTo());
    }
}
