package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditRows;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException.Kind;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.SQLException;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where every rating from a device arrives, the pad page and {@code POST /api/ratings} alike. The device key
 * is the authentication (the callers are anonymous): unknown or revoked keys are refused, a repeated
 * {@code clientId} returns the rating already stored (idempotent), each key is rate-limited, and a 差评 opens
 * its rectification in the same transaction. Each stored rating is one audit line.
 */
@Stateless
@PermitAll
public class RatingIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<RatingRecorded> recorded;

    @Inject
    RatingLimits limits;

    @Inject
    DeviceKeyCheck keys;

    @Inject
    RectificationOpener rectifications;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

    /** The intake's own, non-transactional pool: good ratings commit there on their own ({@link ManualCommit}). */
    @Resource(lookup = DataSourceConfig.INTAKE_JNDI_NAME)
    DataSource ds;

    /** What the pad shows: the window and the staff on duty (name and photo only: nothing private). */
    public record PadInfo(String windowNo, String windowName, String unitName, List<PadStaff> staff) {
    }

    /** {@code thumbnail} is a JPEG or null (the pad then shows the name's last characters). */
    public record PadStaff(String staffNo, String name, byte[] thumbnail) {
    }

    /** The stored rating; {@code created} false when the clientId had been seen before. */
    public record Submission(long ratingId, boolean created, String level, Long rectificationId) {
    }

    public PadInfo padInfo(String rawKey) {
        DeviceKeyCheck.KeyInfo key = keys.check(rawKey);
        ServiceWindow w = em.find(ServiceWindow.class, key.windowId());
        List<PadStaff> staff = org.staffOfWindow(w.getId()).stream().map(s -> new PadStaff(s.getStaffNo(), s.getName(),
                em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", s.getId())
                        .getResultStream().findFirst().map(StaffPhoto::getThumbnail).orElse(null))).toList();
        return new PadInfo(w.getWindowNo(), w.getName(), w.getUnit().getName(), staff);
    }

    /** As {@link #submit(DeviceKeyCheck.KeyInfo, RatingRequest, RatingChannel)}, checking the raw key first. */
    public Submission submit(String rawKey, RatingRequest request, RatingChannel channel) {
        return submit(keys.check(rawKey), request, channel);
    }

    /**
     * Stores one rating in this one transaction: a repeated clientId answers the stored rating; otherwise the staff
     * member (if named) must be on duty at the key's window, the key's limits must allow it (a platform key has none),
     * and a 差评 opens its rectification. The key is not loaded or locked: its {@code last_used_at} is written by one
     * rating a minute, first, so no two ratings wait on each other for it.
     * <p>A rating that opens no rectification (every good one: nearly all) is written in plain JDBC ({@link RatingRows},
     * {@link AuditRows}) in a transaction of its own on the intake's pool ({@link ManualCommit}): the key's
     * {@code last_used_at} when due, the rating, inserted first (a repeat is found by its unique key only when the insert
     * meets it), its audit line, {@code COMMIT} — no look-up, no unit of work, no {@code SET autocommit} pair; the rating
     * and its audit line commit together or not at all. {@link RatingRecorded} is fired after that commit, inside the EJB's
     * transaction, so its after-success observers run after both. A 差评 takes the JPA path in the EJB's transaction, as
     * its rectification is an entity that refers to the rating.
     */
    public Submission submit(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel) {
        if (request.level().isBad()) {
            return submitOpeningRectification(key, request, channel);
        }
        Staff staff;
        try {
            staff = admit(key, request);
        } catch (RatingRefusedException e) {
            // a repeat of a rating stored before is answered as before, even if its staff member has left the window since
            Optional<RatingRows.Stored> stored = jdbc(c -> RatingRows.find(c, key.id(), request.clientId(), HallSql.hall(em)));
            if (stored.isPresent()) {
                return new Submission(stored.get().id(), false, stored.get().level().name(), null);
            }
            throw e;
        }
        LocalDateTime now = Times.now();
        boolean touch = keys.lastUsedDue(key.id());
        LocalDateTime ratedAt = request.ratedAt() == null ? now : request.ratedAt();
        RatingRows.Row row = new RatingRows.Row(key.windowId(), staff == null ? null : staff.getId(), request.level(), channel, ratedAt,
                request.overall(), request.efficiency(), request.competence(), request.attitude(), request.comment(), key.id(),
                request.clientId(), HallSql.hall(em));
        RatingRows.Stored stored = jdbc(c -> {
            if (touch) {
                RatingRows.touchKey(c, key.id(), now, row.hallId());
            }
            RatingRows.Stored s = RatingRows.insertOrFind(c, row);
            if (s.created()) {
                AuditRows.eventAs(c, row.hallId(), now, "评价器 " + key.prefix(), AuditAction.CREATE, "好差评", s.id(), auditSummary(key, request, channel, null));
            }
            return s;
        });
        if (stored.created()) {
            recorded.fire(new RatingRecorded(stored.id(), key.windowId(), request.level(), channel, ratedAt));
        }
        return new Submission(stored.id(), stored.created(), stored.level().name(), null);
    }

    /** The JPA path, for a 差评: look-up, rating, its rectification, the audit line. */
    private Submission submitOpeningRectification(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel) {
        Optional<Rating> existing = em.createQuery("select r from Rating r where r.deviceKeyId = :k and r.clientRef = :c", Rating.class)
                .setParameter("k", key.id()).setParameter("c", request.clientId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            Rating r = existing.get();
            return new Submission(r.getId(), false, r.getLevel().name(), rectificationOf(r.getId()));
        }
        Staff staff = admit(key, request);
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
                auditSummary(key, request, channel, rectificationId), null);
        return new Submission(rating.getId(), true, rating.getLevel().name(), rectificationId);
    }

    /** The staff member named (who must be on duty at the key's window), after the key's limits allowed the rating. */
    private Staff admit(DeviceKeyCheck.KeyInfo key, RatingRequest request) {
        Staff staff = null;
        if (request.staffNo() != null) {
            staff = org.staffByNo(request.staffNo())
                    .filter(s -> s.isActive() && s.getWindow() != null && s.getWindow().getId() == key.windowId())
                    .orElseThrow(() -> new RatingRefusedException(Kind.INVALID, "staffNo",
                            "工号 " + request.staffNo() + " 不是 " + key.windowNo() + " 窗口的在岗工作人员"));
        }
        if (!key.platform()) {
            Optional<Duration> wait = limits.tryAcquire(key.id(), request.clientId());
            if (wait.isPresent()) {
                throw new RatingRefusedException(Kind.TOO_MANY,
                        List.of(new FieldError(null, "评价过于频繁，请 " + wait.get().getSeconds() + " 秒后再试")), wait.get());
            }
        }
        return staff;
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

    private static String auditSummary(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel, Long rectificationId) {
        return key.windowNo() + " 窗口收到评价：" + request.level().label() + "（" + channel.label() + "）"
                + (rectificationId == null ? "" : "，已生成整改单 " + rectificationId);
    }

    /** Runs {@code work} in one transaction of its own on the intake's pool, committed when this returns. */
    private <T> T jdbc(ManualCommit.Work<T> work) {
        try {
            return ManualCommit.run(ds, work);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private Long rectificationOf(long ratingId) {
        return em.createQuery("select r.id from Rectification r where r.rating.id = :id", Long.class).setParameter("id", ratingId)
                .getResultStream().findFirst().orElse(null);
    }
}
