package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.network.control.CaseFollowedUp;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A case's 回访 satisfaction counts as a 好差评 rating of the county window that handled it: stored in the
 * same transaction as the follow-up (so both commit or neither), once per case, and a 差评 opens its
 * rectification like any other. Cases closed in a township or village have no window; their satisfaction
 * stays on the case and in the network statistics (ratings and rankings are per window).
 */
@HallBound
@ApplicationScoped
public class RatingFollowUpObserver {

    @PersistenceContext
    EntityManager em;

    @Inject
    RectificationOpener rectifications;

    @Inject
    AuditService audit;

    @Inject
    Event<RatingRecorded> recorded;

    void onFollowUp(@Observes CaseFollowedUp event) {
        if (event.windowId() == null) {
            return;
        }
        long existing = em.createQuery("select count(r) from Rating r where r.caseId = :case and r.channel = :channel", Long.class)
                .setParameter("case", event.caseId()).setParameter("channel", RatingChannel.FOLLOW_UP).getSingleResult();
        if (existing > 0) {
            return;
        }
        ServiceWindow window = em.find(ServiceWindow.class, event.windowId());
        if (window == null) {
            return;
        }
        Rating rating = new Rating(window, null, event.level(), RatingChannel.FOLLOW_UP, event.at());
        rating.setCaseId(event.caseId());
        em.persist(rating);
        if (rating.isBad()) {
            rectifications.open(rating);
        }
        em.flush();
        recorded.fire(RatingRecorded.of(rating));
        audit.event(AuditAction.CREATE, "好差评", rating.getId(),
                "代办件 " + event.caseId() + " 回访评价：" + event.level().label() + "（" + window.getWindowNo() + "）", null, null);
    }
}
