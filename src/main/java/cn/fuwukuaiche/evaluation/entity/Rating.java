package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * 好差评: one citizen's rating of one service at one window, on five levels. The comment is private (never
 * on public pages or screens). {@code periodYm} (e.g. 202611) is the month it counts for, kept as a column
 * so the monthly ranking groups by an index. An upheld appeal sets {@code excluded}: the rating stays on
 * record but leaves every score. {@code clientRef} with the device makes API submissions idempotent.
 */
@Entity
@Table(name = "rating")
public class Rating extends WindowStaffRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_level", nullable = false, length = 24)
    private RatingLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RatingChannel channel;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    @Column(name = "period_ym", nullable = false)
    private int periodYm;

    /** Sub-indicators 1–5 (整体满意度、服务效率、服务水平、服务态度), each optional. */
    @Column(name = "score_overall")
    private Integer overall;

    @Column(name = "score_efficiency")
    private Integer efficiency;

    @Column(name = "score_competence")
    private Integer competence;

    @Column(name = "score_attitude")
    private Integer attitude;

    /** Private: the rater's words, asked for on a bad rating. */
    @Column(name = "rater_comment", length = 500)
    private String comment;

    /** The device key that submitted it (pad or API), if any. */
    @Column(name = "device_key_id")
    private Long deviceKeyId;

    /** Client-supplied id, unique per device: a repeated submission is the same rating. */
    @Column(name = "client_ref", length = 64)
    private String clientRef;

    /** A case followed up (回访) in the service network, if that is where it came from. */
    @Column(name = "case_id")
    private Long caseId;

    private boolean excluded;

    protected Rating() {
    }

    public Rating(ServiceWindow window, Staff staff, RatingLevel level, RatingChannel channel, LocalDateTime ratedAt) {
        super(window, staff);
        this.level = level;
        this.channel = channel;
        this.ratedAt = ratedAt;
        this.periodYm = periodOf(YearMonth.from(ratedAt));
    }

    public static int periodOf(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth monthOf(int periodYm) {
        return YearMonth.of(periodYm / 100, periodYm % 100);
    }

    public boolean isBad() {
        return level.isBad();
    }

    public RatingLevel getLevel() {
        return level;
    }

    public RatingChannel getChannel() {
        return channel;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }

    public int getPeriodYm() {
        return periodYm;
    }

    public Integer getOverall() {
        return overall;
    }

    public Integer getEfficiency() {
        return efficiency;
    }

    public Integer getCompetence() {
        return competence;
    }

    public Integer getAttitude() {
        return attitude;
    }

    public void setSubScores(Integer overall, Integer efficiency, Integer competence, Integer attitude) {
        this.overall = overall;
        this.efficiency = efficiency;
        this.competence = competence;
        this.attitude = attitude;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getDeviceKeyId() {
        return deviceKeyId;
    }

    public String getClientRef() {
        return clientRef;
    }

    public void setSource(Long deviceKeyId, String clientRef) {
        this.deviceKeyId = deviceKeyId;
        this.clientRef = clientRef;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public boolean isExcluded() {
        return excluded;
    }

    public void setExcluded(boolean excluded) {
        this.excluded = excluded;
    }
}
