package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingAttachment;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * Test deployment only: a meeting record of the branch of {@code secretary} with a scanned sign-in sheet attached, and
 * {@code pl.other}, a plain member (role STAFF) of the branch of {@code secretary2} (password demo1234). Created once.
 */
@Stateless
@PermitAll
public class PartyLifeFixtures {

    public static final String PLACE = "附件测试会议室";
    /** A tiny PDF's bytes: what the secretary uploaded and must get back unchanged. */
    public static final byte[] SHEET = "%PDF-1.4\n% 签到表扫描件\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    /** The id of the sign-in sheet attached to a meeting of the first joint branch (the secretary's). */
    public long attachment() {
        long branchId = account("secretary").getBranchId();
        PartyMeeting m = em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.place = :p", PartyMeeting.class)
                .setParameter("b", branchId).setParameter("p", PLACE).getResultStream().findFirst().orElse(null);
        if (m == null) {
            MeetingKind kind = em.createQuery("select k from MeetingKind k where k.code = 'COMMITTEE'", MeetingKind.class).getSingleResult();
            m = new PartyMeeting(kind, branchId, null, Times.now().minusDays(1).withHour(15).withMinute(0).withSecond(0).withNano(0), PLACE);
            em.persist(m);
            em.flush();
            em.persist(new MeetingAttachment(m.getId(), "签到表.pdf", "application/pdf", SHEET, Times.now()));
            em.flush();
        }
        return em.createQuery("select a.id from MeetingAttachment a where a.meetingId = :m", Long.class).setParameter("m", m.getId())
                .getSingleResult();
    }

    /** {@code pl.other}: a Party member of the branch of {@code secretary2} with a STAFF account. */
    public String otherBranchMember() {
        UserAccount existing = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "pl.other")
                .getResultStream().findFirst().orElse(null);
        if (existing == null) {
            UserAccount secretary2 = account("secretary2");
            Staff s = em.createQuery("select s from Staff s where s.active = true and s.branch.id = :b and s.politicalStatus = :p "
                            + "and s.id not in (select u.staffId from UserAccount u where u.staffId is not null) order by s.staffNo", Staff.class)
                    .setParameter("b", secretary2.getBranchId()).setParameter("p", PoliticalStatus.PARTY_MEMBER).setMaxResults(1)
                    .getSingleResult();
            UserAccount u = new UserAccount("pl.other", s.getName(), secretary2.getPasswordHash(), EnumSet.of(Role.STAFF));
            u.setHallId(1L); // the demo county (issue 23)
            u.setStaffId(s.getId());
            em.persist(u);
            em.flush();
        }
        return "pl.other";
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username).getSingleResult();
    }
}
