package cn.fuwukuaiche.display.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 大屏: one public screen (a TV or LED wall in the hall or a township station). Its key opens
 * {@code /screen/<key>} and the feed {@code /api/display/<key>}; only the key's SHA-256 is stored. Revoked,
 * never deleted.
 */
@AuditedAs("大屏")
@Entity
@Table(name = "display_screen")
public class DisplayScreen extends NamedEntity implements Audited {

    @Column(nullable = false, length = 64)
    private String place;

    /** Panel names in order, comma separated (see {@link Panel}). */
    @Column(nullable = false, length = 500)
    private String panels;

    @Column(name = "panel_seconds", nullable = false)
    private int panelSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScreenTheme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_display", nullable = false, length = 16)
    private NameDisplay nameDisplay;

    @Column(name = "key_hash", nullable = false, unique = true, length = 64)
    private String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 16)
    private String keyPrefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    /** Written only by {@code DisplayBoardReader.markSeen} (a bulk update, no version bump). */
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    private LocalDateTime lastSeenAt;

    protected DisplayScreen() {
    }

    public DisplayScreen(String keyHash, String keyPrefix, String createdBy) {
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdBy = createdBy;
        this.createdAt = Times.now();
        this.panels = Panel.format(List.of(Panel.values()));
        this.panelSeconds = 15;
        this.theme = ScreenTheme.RED;
        this.nameDisplay = NameDisplay.FULL;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(String by, String reason) {
        this.revokedAt = Times.now();
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    /** A new key replaces the old one (the old address stops working at once). */
    public void rekey(String keyHash, String keyPrefix) {
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.revokedAt = null;
        this.revokedBy = null;
        this.revokeReason = null;
    }

    public List<Panel> panelList() {
        return Panel.parse(panels);
    }

    @Override
    public String auditLabel() {
        return getName() + "（" + place + "，" + keyPrefix + "…）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("位置", place);
        m.put("板块", String.join("、", panelList().stream().map(Panel::title).toList()));
        m.put("每屏秒数", panelSeconds);
        m.put("主题", theme == null ? null : theme.label());
        m.put("姓名显示", nameDisplay == null ? null : nameDisplay.label());
        m.put("密钥前缀", keyPrefix);
        m.put("已停用", isRevoked());
        m.put("停用原因", revokeReason);
        return m;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPanels() {
        return panels;
    }

    public void setPanels(List<Panel> panels) {
        this.panels = Panel.format(panels);
    }

    public int getPanelSeconds() {
        return panelSeconds;
    }

    public void setPanelSeconds(int panelSeconds) {
        this.panelSeconds = panelSeconds;
    }

    public ScreenTheme getTheme() {
        return theme;
    }

    public void setTheme(ScreenTheme theme) {
        this.theme = theme;
    }

    public NameDisplay getNameDisplay() {
        return nameDisplay;
    }

    public void setNameDisplay(NameDisplay nameDisplay) {
        this.nameDisplay = nameDisplay;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
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

    /** When the screen's page or feed was last seen (at most a minute old while it is on air), or null. */
    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }
}
