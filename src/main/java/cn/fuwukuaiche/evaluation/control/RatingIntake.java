package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException.Kind;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.RatingDeviceKey;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
    RectificationOpener rectifications;

    @Inject
    OrgDirectory org;

    @Inject
    AuditService audit;

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
        RatingDeviceKey key = authenticate(rawKey);
        ServiceWindow w = key.getWindow();
        List<PadStaff> staff = org.staffOfWindow(w.getId()).stream().map(s -> new PadStaff(s.getStaffNo(), s.getName(),
                em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", s.getId())
                        .getResultStream().findFirst().map(StaffPhoto::getThumbnail).orElse(null))).toList();
        return new PadInfo(w.getWindowNo(), w.getName(), w.getUnit().getName(), staff);
    }

    public Submission submit(String rawKey, RatingRequest request, RatingChannel channel) {
        RatingDeviceKey key = authenticate(rawKey);
        Optional<Rating> existing = em.createQuery("select r from Rating r where r.deviceKeyId = :k and r.clientRef = :c", Rating.class)
                .setParameter("k", key.getId()).setParameter("c", request.clientId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            Rating r = existing.get();
            return new Submission(r.getId(), false, r.getLevel().name(), rectificationOf(r.getId()));
        }
        ServiceWindow window = key.getWindow();
        Staff staff = null;
        if (request.staffNo() != null) {
            staff = org.staffByNo(request.staffNo())
                    .filter(s -> s.isActive() && s.getWindow() != null && s.getWindow().getId().equals(window.getId()))
                    .orElseThrow(() -> new RatingRefusedException(Kind.INVALID, "staffNo",
                            "工号 " + request.staffNo() + " 不是 " + window.getWindowNo() + " 窗口的在岗工作人员"));
        }
        Optional<Duration> wait = limits.tryAcquire(key.getId(), request.clientId());
        if (wait.isPresent()) {
            throw new RatingRefusedException(Kind.TOO_MANY,
                    List.of(new FieldError(null, "评价过于频繁，请 " + wait.get().getSeconds() + " 秒后再试")), wait.get());
        }
        LocalDateTime now = Times.now();
        Rating rating = new Rating(window, staff, request.level(), channel, request.ratedAt() == null ? now : request.ratedAt());
        rating.setSubScores(request.overall(), request.efficiency(), request.competence(), request.attitude());
        rating.setComment(request.comment());
        rating.setSource(key.getId(), request.clientId());
        em.persist(rating);
        key.setLastUsedAt(now);
        Long rectificationId = null;
        if (rating.isBad()) {
            Rectification r = rectifications.open(rating);
            em.flush();
            rectificationId = r.getId();
        }
        em.flush();
        recorded.fire(RatingRecorded.of(rating));
        String device = "评价器 " + key.getKeyPrefix();
        audit.eventAs(device, AuditAction.CREATE, "好差评", rating.getId(),
                window.getWindowNo() + " 窗口收到评价：" + request.level().label() + "（" + channel.label() + "）"
                        + (rectificationId == null ? "" : "，已生成整改单 " + rectificationId), null);
        return new Submission(rating.getId(), true, rating.getLevel().name(), rectificationId);
    }

    /**
     * The key's record, or a refusal saying why: missing, unknown or revoked. Only the hash is looked up.
     */
    public RatingDeviceKey authenticate(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) {
            throw new RatingRefusedException(Kind.UNKNOWN_KEY, "X-Device-Key",
                    "缺少评价器密钥：请在请求头 X-Device-Key 中提供管理员发放的密钥");
        }
        if (!DeviceKeys.plausible(rawKey.strip())) {
            throw new RatingRefusedException(Kind.UNKNOWN_KEY, "X-Device-Key", "评价器密钥无效，请核对或联系管理员重新发放");
        }
        RatingDeviceKey key = em.createNamedQuery(RatingDeviceKey.BY_HASH, RatingDeviceKey.class)
                .setParameter("hash", DeviceKeys.hash(rawKey.strip())).getResultStream().findFirst()
                .orElseThrow(() -> new RatingRefusedException(Kind.UNKNOWN_KEY, "X-Device-Key",
                        "评价器密钥无效，请核对或联系管理员重新发放"));
        if (key.isRevoked()) {
            throw new RatingRefusedException(Kind.REVOKED_KEY, "X-Device-Key",
                    "此评价器密钥已于 " + Times.format(key.getRevokedAt()) + " 停用，请联系管理员");
        }
        return key;
    }

    private Long rectificationOf(long ratingId) {
        return em.createQuery("select r.id from Rectification r where r.rating.id = :id", Long.class).setParameter("id", ratingId)
                .getResultStream().findFirst().orElse(null);
    }
}
