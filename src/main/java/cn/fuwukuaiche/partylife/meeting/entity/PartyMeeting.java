package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 一次组织生活会议: a branch's (or one of its party groups') meeting of a {@link MeetingKind}. The secretary plans it
 * (date and time, place, 主持人, 记录人, agenda; a 党课 also lecturer and topic), then records who attended
 * ({@link Attendance}), the minutes and resolutions, and submits: {@link MeetingStatus#SUBMITTED} is locked, a
 * correction needs a reason and keeps the earlier version ({@link MeetingRevision}). Branch, group and people are
 * org's ids.
 */
@Entity
@Table(name = "party_meeting")
public class PartyMeeting extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "kind_id")
    private MeetingKind kind;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(name = "party_group_id")
    private Long partyGroupId;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(name = "host_staff_id")
    private Long hostStaffId;

    @Column(name = "recorder_staff_id")
    private Long recorderStaffId;

    @Column(length = 1000)
    private String agenda;

    @Column(length = 64)
    private String lecturer;

    @Column(length = 200)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(columnDefinition = "TEXT")
    private String minutes;

    @Column(columnDefinition = "TEXT")
    private String resolutions;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(nullable = false)
    private int revision;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("staffId")
    private List<Attendance> attendance = new ArrayList<>();

    protected PartyMeeting() {
    }

    public PartyMeeting(MeetingKind kind, Long branchId, Long partyGroupId, LocalDateTime startsAt, String place) {
        this.kind = kind;
        this.branchId = branchId;
        this.partyGroupId = partyGroupId;
        this.startsAt = startsAt;
        this.place = place;
    }

    public boolean isSubmitted() {
        return status == MeetingStatus.SUBMITTED;
    }

    public long count(AttendanceStatus s) {
        return attendance.stream().filter(a -> a.getStatus() == s).count();
    }

    @Override
    public String auditType() {
        return "组织生活会议";
    }

    @Override
    public String auditLabel() {
        return kind.getName() + " " + startsAt.toLocalDate();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("类型", kind.getName());
        m.put("时间", startsAt);
        m.put("地点", place);
        m.put("主持人", hostStaffId);
        m.put("记录人", recorderStaffId);
        m.put("议程", agenda);
        m.put("授课人", lecturer);
        m.put("主题", topic);
        m.put("状态", status.label());
        m.put("纪要", minutes);
        m.put("决议", resolutions);
        m.put("出席", attendance.stream().map(a -> a.getStaffId() + ":" + a.getStatus().label()
                + (a.getReason() == null ? "" : "（" + a.getReason() + "）")).collect(Collectors.joining("，")));
        return m;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public Long getBranchId() {
        return branchId;
    }

    public Long getPartyGroupId() {
        return partyGroupId;
    }

    public void setPartyGroupId(Long partyGroupId) {
        this.partyGroupId = partyGroupId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getHostStaffId() {
        return hostStaffId;
    }

    public void setHostStaffId(Long hostStaffId) {
        this.hostStaffId = hostStaffId;
    }

    public Long getRecorderStaffId() {
        return recorderStaffId;
    }

    public void setRecorderStaffId(Long recorderStaffId) {
        this.recorderStaffId = recorderStaffId;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getLecturer() {
        return lecturer;
    }

    public void setLecturer(String lecturer) {
        this.lecturer = lecturer;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getResolutions() {
        return resolutions;
    }

    public void setResolutions(String resolutions) {
        this.resolutions = resolutions;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public void submitted(LocalDateTime at, String by) {
        this.status = MeetingStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    public int getRevision() {
        return revision;
    }

    public void revised() {
        revision++;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }
}
