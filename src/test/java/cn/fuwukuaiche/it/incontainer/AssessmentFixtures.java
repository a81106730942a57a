package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.YearMonth;
import java.util.Map;

/**
 * Test deployment only: puts a window's monthly sheet into the state a test starts from (bypassing the
 * services and their checks), so each in-container test signs in one account and tests one step of the flow.
 */
@ApplicationScoped
@Transactional
public class AssessmentFixtures {

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public long windowId(String windowNo) {
        return em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", windowNo)
                .getSingleResult().getId();
    }

    /** The window's sheet for the month in {@code status} (created under the version in force if missing). */
    public long sheet(String windowNo, YearMonth month, AssessmentStatus status, String returnReason) {
        ServiceWindow w = em.find(ServiceWindow.class, windowId(windowNo));
        int period = SchemeMapper.period(month);
        MonthlyAssessment a = em.createQuery("select a from MonthlyAssessment a where a.periodYm = :p and a.subjectKey = :k",
                        MonthlyAssessment.class).setParameter("p", period).setParameter("k", "W" + w.getId())
                .getResultStream().findFirst().orElseGet(() -> {
                    SchemeVersion v = em.createQuery("select v from SchemeVersion v where v.scheme.subjectKind = :k "
                                    + "and v.effectiveYm <= :p order by v.effectiveYm desc", SchemeVersion.class)
                            .setParameter("k", AssessmentSubject.WINDOW).setParameter("p", period).setMaxResults(1)
                            .getSingleResult();
                    MonthlyAssessment created = new MonthlyAssessment(period, AssessmentSubject.WINDOW, w, null, v);
                    em.persist(created);
                    return created;
                });
        a.setFigures(Map.of("LATE", new AssessmentFigure("LATE", 1, "测试：迟到 1 次")));
        a.setStatus(status);
        a.setReturnReason(returnReason);
        if (status != AssessmentStatus.DRAFT) {
            a.submitted(Times.now().minusDays(1), "staff");
        }
        em.flush();
        return a.getId();
    }

    public AssessmentStatus status(long id) {
        return em.find(MonthlyAssessment.class, id).getStatus();
    }

    public String returnReason(long id) {
        return em.find(MonthlyAssessment.class, id).getReturnReason();
    }

    public int schemeVersionNo(long id) {
        return em.find(MonthlyAssessment.class, id).getSchemeVersion().getVersionNo();
    }

    /**
     * A secretary account of the window's branch with the demo password (the demo account "secretary" is locked
     * by the lockout test in this class, depending on the order the methods run in).
     */
    public String secretaryOf(String windowNo) {
        String username = "it.sec." + windowNo.toLowerCase();
        boolean exists = !em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME,
                cn.fuwukuaiche.security.entity.UserAccount.class).setParameter("username", username).getResultList().isEmpty();
        if (!exists) {
            String hash = em.createNamedQuery(cn.fuwukuaiche.security.entity.UserAccount.BY_USERNAME,
                    cn.fuwukuaiche.security.entity.UserAccount.class).setParameter("username", "leader").getSingleResult()
                    .getPasswordHash();
            cn.fuwukuaiche.security.entity.UserAccount u = new cn.fuwukuaiche.security.entity.UserAccount(username,
                    "测试书记", hash, java.util.EnumSet.of(cn.fuwukuaiche.security.entity.Role.SECRETARY));
            u.setHallId(1L); // the demo county (issue 23)
            u.setBranchId(em.find(ServiceWindow.class, windowId(windowNo)).branch().getId());
            em.persist(u);
        }
        return username;
    }

    /** A new 差评 for the window in the month (not excluded); returns its id. */
    public long addBadRating(String windowNo, YearMonth month) {
        Rating bad = new Rating(em.find(ServiceWindow.class, windowId(windowNo)), null,
                cn.fuwukuaiche.base.rating.RatingLevel.DISSATISFIED,
                cn.fuwukuaiche.evaluation.entity.RatingChannel.PAD, month.atDay(3).atTime(10, 0));
        em.persist(bad);
        em.flush();
        return bad.getId();
    }

    /** What an upheld appeal does to the rating: it stays on record but leaves every score. */
    public void exclude(long ratingId) {
        em.find(Rating.class, ratingId).setExcluded(true);
    }
}
