package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The 差评 path of {@link RatingIntake}, in a JTA transaction of its own (the intake itself runs without one): the
 * idempotency look-up, the rating, its rectification (an entity that refers to the rating), the audit line, and
 * {@link RatingRecorded} fired inside that transaction, so its after-success observers run after the commit.
 */
@Stateless
@PermitAll
public class BadRatingIntake {

    @Inject
    DeviceKeyCheck keys;

    @Inject
    RatingLimits limits;

    @Inject
    OrgDirectory org;

    @Inject
    RectificationOpener rectifications;

    @Inject
    Event<RatingRecorded> recorded;

    @Inject
    AuditService audit;

    @PersistenceContext
    EntityManager em;

    /** Look-up, rating, its rectification, the audit line: one transaction. */
    public RatingIntake.Submission submit(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel) {
        Optional<Rating> existing = em.createQuery("select r from Rating r where r.deviceKeyId = :k and r.clientRef = :c", Rating.class)
                .setParameter("k", key.id()).setParameter("c", request.clientId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            Rating r = existing.get();
            return new RatingIntake.Submission(r.getId(), false, r.getLevel().name(), rectificationOf(r.getId()));
        }
        Staff staff = RatingIntake.admit(org, limits, key, request);
        LocalDateTime now = touchKey(key);
        ServiceWindow window = em.getReference(ServiceWindow.class, key.windowId());
        Rating rating = new Rating(window, staff, request.level(), channel, request.ratedAt() == null ? now : request.ratedAt());
        rating.setSubScores(request.overall(), request.efficiency(), request.competence(), request.attitude());
        rating.setComment(request.comment());
        rating.setSource(key.id(), request.clientId());
        em.persist(rating);
        Long rectificationId = null;
        if (rating.isBad()) {
            Rectification r = rectifications.open(rating);
            em.flush();
            rectificationId = r.getId();
        }
        em.flush();
        recorded.fire(RatingRecorded.of(rating));
        audit.eventAs("评价器 " + key.prefix(), AuditAction.CREATE, "好差评", rating.getId(),
                RatingIntake.auditSummary(key, request, channel, rectificationId), null);
        return new RatingIntake.Submission(rating.getId(), true, rating.getLevel().name(), rectificationId);
    }

    /** Now; writes the key's {@code last_used_at} when due (once a minute). */
    private LocalDateTime touchKey(DeviceKeyCheck.KeyInfo key) {
        LocalDateTime now = Times.now();
        if (keys.lastUsedDue(key.id())) {
            // a bulk update: no version bump, no entity loaded; before the insert, whose foreign-key check reads the row
            em.createQuery("update RatingDeviceKey k set k.lastUsedAt = :now where k.id = :id")
                    .setParameter("now", now).setParameter("id", key.id()).executeUpdate();
        }
        return now;
    }

    private Long rectificationOf(long ratingId) {
        return em.createQuery("select r.id from Rectification r where r.rating.id = :id", Long.class).setParameter("id", ratingId)
                .getResultStream().findFirst().orElse(null);
    }
}
