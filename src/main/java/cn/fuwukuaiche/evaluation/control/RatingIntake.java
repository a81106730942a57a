package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditRows;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException.Kind;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * its rectification in the rating's transaction ({@link BadRatingIntake}). Each stored rating is one audit line.
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
    BadRatingIntake bad;

    @Inject
    OrgDirectory org;

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
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submission submit(String rawKey, RatingRequest request, RatingChannel channel) {
        return submit(keys.check(rawKey), request, channel);
    }

    /**
     * Stores one rating: a repeated clientId answers the stored rating; otherwise the staff member (if named) must be on
     * duty at the key's window, the key's limits must allow it (a platform key has none), and a 差评 opens its
     * rectification. The key is not loaded or locked: its {@code last_used_at} is written by one rating a minute, first,
     * so no two ratings wait on each other for it.
     * <p>No container transaction ({@code NOT_SUPPORTED}): a rating that opens no rectification (every good one: nearly
     * all) is written in plain JDBC ({@link RatingRows}, {@link AuditRows}) in one transaction of its own on the intake's
     * pool ({@link ManualCommit}): the key's {@code last_used_at} when due, the rating, inserted first (a repeat is found
     * by its unique key only when the insert meets it), its audit line, {@code COMMIT} — no look-up, no unit of work, no
     * JTA transaction begun and ended around it, no {@code SET autocommit} pair; the rating and its audit line commit
     * together or not at all. {@link RatingRecorded} is fired after that commit, with no transaction active, so its
     * after-success observers are called at once and see the committed rating. A 差评 goes to {@link BadRatingIntake},
     * in a JTA transaction of its own, as its rectification is an entity that refers to the rating.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Submission submit(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel) {
        if (request.level().isBad()) {
            return bad.submit(key, request, channel);
        }
        Staff staff;
        try {
            staff = admit(org, limits, key, request);
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

    /** The staff member named (who must be on duty at the key's window), after the key's limits allowed the rating. */
    static Staff admit(OrgDirectory org, RatingLimits limits, DeviceKeyCheck.KeyInfo key, RatingRequest request) {
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

    static String auditSummary(DeviceKeyCheck.KeyInfo key, RatingRequest request, RatingChannel channel, Long rectificationId) {
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

}
