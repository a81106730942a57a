package cn.fuwukuaiche.supervision.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A city-wide notice of a supervising office, on the screens of its halls within its days. Public text only. */
@AuditedAs("全市通知")
@Entity
@Table(name = "city_notice")
public class CityNotice extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "office_id")
    private SupervisorOffice office;

    @Column(nullable = false, length = 60)
    private String title;

    @Column(nullable = false, length = 300)
    private String body;

    @Column(name = "shown_from", nullable = false)
    private LocalDate shownFrom;

    @Column(name = "shown_until", nullable = false)
    private LocalDate shownUntil;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    @Column(name = "published_by", nullable = false, length = 64)
    private String publishedBy;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(name = "withdrawn_by", length = 64)
    private String withdrawnBy;

    protected CityNotice() {
    }

    public CityNotice(SupervisorOffice office, String title, String body, LocalDate shownFrom, LocalDate shownUntil,
                      LocalDateTime publishedAt, String publishedBy) {
        this.office = office;
        this.title = title;
        this.body = body;
        this.shownFrom = shownFrom;
        this.shownUntil = shownUntil;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    public boolean shownOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(shownFrom) && !day.isAfter(shownUntil);
    }

    public void withdraw(LocalDateTime at, String by) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("单位", office.getName());
        m.put("标题", title);
        m.put("内容", body);
        m.put("展示起", shownFrom);
        m.put("展示止", shownUntil);
        m.put("撤回", withdrawnAt);
        return m;
    }

    public SupervisorOffice getOffice() {
        return office;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getShownFrom() {
        return shownFrom;
    }

    public LocalDate getShownUntil() {
        return shownUntil;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }
}
