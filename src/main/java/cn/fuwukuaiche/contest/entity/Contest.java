package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.base.time.Times;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One contest of a quarter: kind, time window, status, paper rules or passage, prize counts. */
@AuditedAs("竞赛")
@Entity
@Table(name = "contest")
public class Contest extends BaseEntity implements Audited {

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContestKind kind;

    /** e.g. "2026Q4". */
    @Column(name = "quarter_label", nullable = false, length = 16)
    private String quarterLabel;

    @Column(name = "opens_at", nullable = false)
    private LocalDateTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalDateTime closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ContestStatus status = ContestStatus.DRAFT;

    /** Knowledge and typing: minutes from the server's start of an attempt. */
    @Column(name = "time_limit_minutes", nullable = false)
    private int timeLimitMinutes;

    /** Knowledge: "类别:难度:数量" lines, see PaperRules. */
    @Column(name = "paper_rules", length = 1000)
    private String paperRules;

    @Column(name = "shuffle_per_person", nullable = false)
    private boolean shufflePerPerson;

    /** Typing: the passage to type. */
    @Column(columnDefinition = "TEXT")
    private String passage;

    /** Other contests: rounds judged. */
    @Column(nullable = false)
    private int rounds = 1;

    @Column(name = "prize_first", nullable = false)
    private int prizeFirst;
    @Column(name = "prize_second", nullable = false)
    private int prizeSecond;
    @Column(name = "prize_third", nullable = false)
    private int prizeThird;
    @Column(name = "prize_merit", nullable = false)
    private int prizeMerit;

    @Column(name = "to_screens", nullable = false)
    private boolean toScreens;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    /** Windows as teams: each participant's window is a team; prizes go to teams. */
    @Column(name = "team_mode", nullable = false)
    private boolean teamMode;

    /** Typing, optional: a second passage of digits and letters; speed and accuracy are over both. */
    @Column(columnDefinition = "TEXT")
    private String passage2;

    protected Contest() {
    }

    public Contest(String title, ContestKind kind, String quarterLabel, LocalDateTime opensAt, LocalDateTime closesAt) {
        this.title = title;
        this.kind = kind;
        this.quarterLabel = quarterLabel;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /** Open for attempts at {@code now}: status OPEN and inside the window. */
    public boolean acceptsAttemptsAt(LocalDateTime now) {
        return status == ContestStatus.OPEN && !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }

    /** Correct answers and statistics may be shown once the contest is closed. */
    public boolean isOver() {
        return status == ContestStatus.CLOSED || status == ContestStatus.PUBLISHED;
    }

    public int prizeCount(Prize p) {
        return switch (p) {
            case FIRST -> prizeFirst;
            case SECOND -> prizeSecond;
            case THIRD -> prizeThird;
            case MERIT -> prizeMerit;
        };
    }

    public void setPrizes(int first, int second, int third, int merit) {
        this.prizeFirst = first;
        this.prizeSecond = second;
        this.prizeThird = third;
        this.prizeMerit = merit;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", title);
        m.put("类型", kind == null ? null : kind.label());
        m.put("季度", quarterLabel);
        m.put("开始", opensAt == null ? null : Times.format(opensAt));
        m.put("结束", closesAt == null ? null : Times.format(closesAt));
        m.put("状态", status.label());
        m.put("限时（分钟）", timeLimitMinutes);
        m.put("组卷规则", paperRules);
        m.put("每人乱序", shufflePerPerson);
        m.put("轮次", rounds);
        m.put("奖项名额", prizeFirst + "/" + prizeSecond + "/" + prizeThird + "/" + prizeMerit);
        m.put("以窗口为团队", teamMode);
        m.put("第二段文章", passage2);
        m.put("在大厅屏幕展示结果", toScreens);
        return m;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ContestKind getKind() { return kind; }
    public void setKind(ContestKind kind) { this.kind = kind; }
    public String getQuarterLabel() { return quarterLabel; }
    public void setQuarterLabel(String quarterLabel) { this.quarterLabel = quarterLabel; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public ContestStatus getStatus() { return status; }
    public void setStatus(ContestStatus status) { this.status = status; }
    public int getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(int timeLimitMinutes) { this.timeLimitMinutes = timeLimitMinutes; }
    public String getPaperRules() { return paperRules; }
    public void setPaperRules(String paperRules) { this.paperRules = paperRules; }
    public boolean isShufflePerPerson() { return shufflePerPerson; }
    public void setShufflePerPerson(boolean shufflePerPerson) { this.shufflePerPerson = shufflePerPerson; }
    public String getPassage() { return passage; }
    public void setPassage(String passage) { this.passage = passage; }
    public int getRounds() { return rounds; }
    public void setRounds(int rounds) { this.rounds = rounds; }
    public boolean isToScreens() { return toScreens; }
    public void setToScreens(boolean toScreens) { this.toScreens = toScreens; }
    public LocalDateTime getPublishedAt() { return publishedAt; }
    public boolean isTeamMode() { return teamMode; }
    public void setTeamMode(boolean teamMode) { this.teamMode = teamMode; }
    public String getPassage2() { return passage2; }
    public void setPassage2(String passage2) { this.passage2 = passage2; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
}
