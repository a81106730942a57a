package cn.fuwukuaiche.partylife.activity.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 一次创先争优活动 of a {@link ActivitySeries}: date, place, the branch (org's id) that held it, its {@link ActivityKind}
 * (下基层 with its days, 公开承诺办实事 with its term and result), the people who took part (org's staff ids, each marked
 * when he took part as a 领导干部), a short summary, evidence photos ({@link ActivityPhoto}) and whether the public
 * display screens show it (title, date, one photo; never the participants).
 */
@Entity
@Table(name = "party_activity")
public class Activity extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "series_id")
    private ActivitySeries series;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActivityKind kind;

    /** 下基层: days spent (1–30); null for other kinds. */
    @Column(name = "visit_days")
    private Integer visitDays;

    /** 公开承诺办实事: the day the pledge is due; null for other kinds. */
    @Column(name = "pledge_due")
    private LocalDate pledgeDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "pledge_result", length = 16)
    private PledgeResult pledgeResult;

    @Column(name = "pledge_note", length = 500)
    private String pledgeNote;

    @Column(length = 1000)
    private String summary;

    @Column(name = "on_screens", nullable = false)
    private boolean onScreens;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_id"))
    private List<ActivityParticipant> participants = new ArrayList<>();

    protected Activity() {
    }

    public Activity(ActivitySeries series, String title, LocalDate heldOn, String place, Long branchId, ActivityKind kind) {
        this.series = series;
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.branchId = branchId;
        this.kind = kind;
    }

    public long leaders() {
        return participants.stream().filter(ActivityParticipant::isLeader).count();
    }

    /** A 领导干部 took part (or led). */
    public boolean withLeader() {
        return leaders() > 0;
    }

    @Override
    public String auditType() {
        return "创先争优活动";
    }

    @Override
    public String auditLabel() {
        return title + " " + heldOn;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("系列", series.getName());
        m.put("名称", title);
        m.put("日期", heldOn);
        m.put("地点", place);
        m.put("支部", branchId);
        m.put("类型", kind.label());
        m.put("下基层天数", visitDays);
        m.put("承诺期限", pledgeDue);
        m.put("承诺结果", pledgeResult == null ? null : pledgeResult.label());
        m.put("结果说明", pledgeNote);
        m.put("简述", summary);
        m.put("大屏展示", onScreens ? "是" : "否");
        m.put("参加人员", participants.stream().map(p -> p.getStaffId() + (p.isLeader() ? "（领导干部）" : ""))
                .collect(Collectors.joining("，")));
        return m;
    }

    public ActivitySeries getSeries() {
        return series;
    }

    public void setSeries(ActivitySeries series) {
        this.series = series;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public Integer getVisitDays() {
        return visitDays;
    }

    public void setVisitDays(Integer visitDays) {
        this.visitDays = visitDays;
    }

    public LocalDate getPledgeDue() {
        return pledgeDue;
    }

    public void setPledgeDue(LocalDate pledgeDue) {
        this.pledgeDue = pledgeDue;
    }

    public PledgeResult getPledgeResult() {
        return pledgeResult;
    }

    public void setPledgeResult(PledgeResult pledgeResult) {
        this.pledgeResult = pledgeResult;
    }

    public String getPledgeNote() {
        return pledgeNote;
    }

    public void setPledgeNote(String pledgeNote) {
        this.pledgeNote = pledgeNote;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isOnScreens() {
        return onScreens;
    }

    public void setOnScreens(boolean onScreens) {
        this.onScreens = onScreens;
    }

    public List<ActivityParticipant> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ActivityParticipant> participants) {
        this.participants.clear();
        this.participants.addAll(participants);
    }
}
