package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 评价器密钥: binds one rating pad (or another platform's client) to one window. Only the SHA-256 of the key
 * is stored; {@link #getKeyPrefix()} lets people tell keys apart. Revoked, never deleted: ratings refer to it.
 */
@AuditedAs("评价器密钥")
@Entity
@Table(name = "rating_device_key")
@NamedQuery(name = RatingDeviceKey.BY_HASH, query = "select k from RatingDeviceKey k join fetch k.window where k.keyHash = :hash")
public class RatingDeviceKey extends WindowRecord implements Audited {

    public static final String BY_HASH = "RatingDeviceKey.byHash";

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    /** Where the device is, e.g. "A01 窗口评价器" or "网上办事大厅". */
    @Column(nullable = false, length = 64)
    private String label;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    /** 平台接入: relays many citizens' ratings, so a pad's per-key limits do not apply. */
    @Column(nullable = false)
    private boolean platform;

    protected RatingDeviceKey() {
    }

    public RatingDeviceKey(ServiceWindow window, String keyHash, String keyPrefix, String label, String issuedBy) {
        super(window);
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.label = label;
        this.issuedBy = issuedBy;
        this.issuedAt = Times.now();
    }

    public boolean isPlatform() {
        return platform;
    }

    public void setPlatform(boolean platform) {
        this.platform = platform;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String by, String reason) {
        this.revokedAt = Times.now();
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    @Override
    public String auditLabel() {
        return keyPrefix + "…（" + label + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("密钥前缀", keyPrefix);
        m.put("窗口", windowNo());
        m.put("名称", label);
        m.put("平台接入", platform);
        m.put("已吊销", isRevoked());
        m.put("吊销原因", revokeReason);
        return m;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(LocalDateTime lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }
}
