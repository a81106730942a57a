package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.CrossHallRefusal;
import cn.fuwukuaiche.base.hall.CurrentHall;
import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.hall.NoOwnTransaction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException.Kind;
import cn.fuwukuaiche.evaluation.entity.RatingDeviceKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The device-key check of every rating, without a transaction of its own: a key read once is kept for
 * {@code app.ratings.key-cache-seconds} (default 30), so a pad's ratings cost no key lookup. A revocation on this node
 * takes effect at once (a {@link DeviceKeyChanged} clears what is kept); on another node of a cluster within that many seconds. Unknown keys are not
 * kept (a caller guessing keys cannot fill the memory) and are looked up every time.
 *
 * <p>It also decides when a key's {@code last_used_at} is written: at most once a minute per key and node, so ratings
 * on one key never queue behind each other's bookkeeping (each rating used to update the key's row under its version,
 * and 16 pads sharing a key then failed with version conflicts and deadlocks).
 */
@HallBound
@NoOwnTransaction
@ApplicationScoped
public class DeviceKeyCheck {

    /** What a rating needs of its key: no entity, so nothing is loaded or locked per rating. */
    public record KeyInfo(long id, long windowId, String windowNo, String prefix, boolean platform, LocalDateTime revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    private record Cached(KeyInfo key, long loadedAtNanos) {
    }

    static final long LAST_USED_EVERY_NANOS = 60_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentHall hall;

    @Inject
    @ConfigProperty(name = "app.ratings.key-cache-seconds", defaultValue = "30")
    int cacheSeconds;

    private final ConcurrentHashMap<String, Cached> byHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, AtomicLong> lastUsedWritten = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> refusedAt = new ConcurrentHashMap<>();

    @Inject
    CrossHallRefusal refusals;

    /**
     * The key behind a raw header value, or a refusal saying why: missing, unknown or revoked. Only the hash is looked
     * up; the message never says which part of a wrong key was wrong.
     */
    public KeyInfo check(String rawKey) {
        if (rawKey == null || rawKey.isBlank()) {
            throw new RatingRefusedException(Kind.UNKNOWN_KEY, "X-Device-Key",
                    "缺少评价器密钥：请在请求头 X-Device-Key 中提供管理员发放的密钥");
        }
        if (!DeviceKeys.plausible(rawKey.strip())) {
            throw unknown();
        }
        String hash = DeviceKeys.hash(rawKey.strip());
        long now = System.nanoTime();
        // kept per hall (issue 23): a key of one hall used at another hall's address is looked up there, and not found
        String cacheKey = hall.get().map(String::valueOf).orElse("-") + ":" + hash;
        Cached c = byHash.get(cacheKey);
        if (c == null || now - c.loadedAtNanos() > cacheSeconds * 1_000_000_000L) {
            Optional<KeyInfo> found = load(hash);
            if (found.isEmpty()) {
                elsewhere(cacheKey, hash);
                throw unknown();
            }
            KeyInfo loaded = found.get();
            c = new Cached(loaded, now);
            byHash.put(cacheKey, c);
        }
        KeyInfo key = c.key();
        if (key.revoked()) {
            throw new RatingRefusedException(Kind.REVOKED_KEY, "X-Device-Key",
                    "此评价器密钥已于 " + Times.format(key.revokedAt()) + " 停用，请联系管理员");
        }
        return key;
    }

    /** Drops every kept key once ADMIN's issue or revocation is committed, so this node never answers from an old state. */
    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) DeviceKeyChanged changed) {
        byHash.clear();
    }

    /** True for one caller at most once a minute per key: that caller writes the key's {@code last_used_at}. */
    boolean lastUsedDue(long keyId) {
        long now = System.nanoTime();
        AtomicLong last = lastUsedWritten.computeIfAbsent(keyId, k -> new AtomicLong(now - LAST_USED_EVERY_NANOS - 1));
        long seen = last.get();
        return now - seen > LAST_USED_EVERY_NANOS && last.compareAndSet(seen, now);
    }

    /**
     * A well-formed key this hall does not know: if another hall issued it, the use is a refused cross-hall access and
     * is audited — once a minute per key and hall, so a pad that keeps sending does not flood the audit.
     */
    private void elsewhere(String cacheKey, String hash) {
        Optional<Long> at = hall.get();
        long now = System.nanoTime();
        Long last = refusedAt.get(cacheKey);
        if (at.isEmpty() || (last != null && now - last < LAST_USED_EVERY_NANOS)) {
            return;
        }
        refusedAt.put(cacheKey, now);
        try {
            refusals.lookedUp("RatingDeviceKey", "rating_device_key", "key_hash", hash, at.get());
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(DeviceKeyCheck.class.getName()).warning("cross-hall key audit not written: " + e);
        }
    }

    private Optional<KeyInfo> load(String hash) {
        return em.createNamedQuery(RatingDeviceKey.BY_HASH, RatingDeviceKey.class).setParameter("hash", hash)
                .getResultStream().findFirst()
                .map(k -> new KeyInfo(k.getId(), k.getWindow().getId(), k.getWindow().getWindowNo(), k.getKeyPrefix(),
                        k.isPlatform(), k.getRevokedAt()));
    }

    private static RatingRefusedException unknown() {
        return new RatingRefusedException(Kind.UNKNOWN_KEY, "X-Device-Key", "评价器密钥无效，请核对或联系管理员重新发放");
    }
}
