package cn.fuwukuaiche.partylife.pipeline.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One person's way from 入党申请 to 转正 (发展党员): his branch, the {@link PipelineStage} he stands in and the date of
 * every step taken so far (null where not yet), so that the clocks of {@code control.PipelineRules} read from one row.
 * A staff member of the hall ({@code staffId}) or a named outsider of a stationed unit ({@code staffId} null).
 */

@Entity
@Table(name = "membership_application")
public class MembershipApplication extends BaseEntity implements Audited {

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "person_name", nullable = false, length = 64)
    private String personName;

    @Column(name = "unit_name", length = 128)
    private String unitName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PipelineStage stage;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(name = "talked_on")
    private LocalDate talkedOn;

    @Column(name = "talked_by", length = 64)
    private String talkedBy;

    @Column(name = "activist_on")
    private LocalDate activistOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Recommendation recommendation;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Column(name = "last_review_on")
    private LocalDate lastReviewOn;

    @Column(name = "candidate_on")
    private LocalDate candidateOn;

    @Column(name = "political_check_on")
    private LocalDate politicalCheckOn;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "training_days")
    private Integer trainingDays;

    @Column(name = "training_hours")
    private Integer trainingHours;

    @Column(name = "pre_reviewed_on")
    private LocalDate preReviewedOn;

    @Column(name = "notice_id")
    private Long noticeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "notice_state", nullable = false, length = 16)
    private NoticeState noticeState;

    @Column(name = "pledge_form_on")
    private LocalDate pledgeFormOn;

    @Column(name = "admit_vote_on")
    private LocalDate admitVoteOn;

    @Column(name = "higher_talk_on")
    private LocalDate higherTalkOn;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "oath_on")
    private LocalDate oathOn;

    @Column(name = "probation_ends_on")
    private LocalDate probationEndsOn;

    @Column(name = "extension_months", nullable = false)
    private int extensionMonths;

    @Column(name = "full_request_on")
    private LocalDate fullRequestOn;

    @Column(name = "full_vote_on")
    private LocalDate fullVoteOn;

    @Column(name = "full_approved_on")
    private LocalDate fullApprovedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Column(name = "last_step_on", nullable = false)
    private LocalDate lastStepOn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected MembershipApplication() {
    }

    public MembershipApplication(long branchId, Long staffId, String personName, String unitName, LocalDate birthDate,
                                 LocalDate appliedOn, LocalDateTime createdAt, String createdBy) {
        this.branchId = branchId;
        this.staffId = staffId;
        this.personName = personName;
        this.unitName = unitName;
        this.birthDate = birthDate;
        this.appliedOn = appliedOn;
        this.stage = PipelineStage.APPLICANT;
        this.noticeState = NoticeState.NONE;
        this.lastStepOn = appliedOn;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public long getBranchId() {
        return branchId;
    }

    public void setBranchId(long branchId) {
        this.branchId = branchId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getPersonName() {
        return personName;
    }

    public String getUnitName() {
        return unitName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public PipelineStage getStage() {
        return stage;
    }

    public void setStage(PipelineStage stage) {
        this.stage = stage;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public LocalDate getTalkedOn() {
        return talkedOn;
    }

    public void setTalkedOn(LocalDate talkedOn) {
        this.talkedOn = talkedOn;
    }

    public String getTalkedBy() {
        return talkedBy;
    }

    public void setTalkedBy(String talkedBy) {
        this.talkedBy = talkedBy;
    }

    public LocalDate getActivistOn() {
        return activistOn;
    }

    public void setActivistOn(LocalDate activistOn) {
        this.activistOn = activistOn;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public LocalDate getLastReviewOn() {
        return lastReviewOn;
    }

    public void setLastReviewOn(LocalDate lastReviewOn) {
        this.lastReviewOn = lastReviewOn;
    }

    public LocalDate getCandidateOn() {
        return candidateOn;
    }

    public void setCandidateOn(LocalDate candidateOn) {
        this.candidateOn = candidateOn;
    }

    public LocalDate getPoliticalCheckOn() {
        return politicalCheckOn;
    }

    public void setPoliticalCheckOn(LocalDate politicalCheckOn) {
        this.politicalCheckOn = politicalCheckOn;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(LocalDate trainedOn) {
        this.trainedOn = trainedOn;
    }

    public Integer getTrainingDays() {
        return trainingDays;
    }

    public void setTrainingDays(Integer trainingDays) {
        this.trainingDays = trainingDays;
    }

    public Integer getTrainingHours() {
        return trainingHours;
    }

    public void setTrainingHours(Integer trainingHours) {
        this.trainingHours = trainingHours;
    }

    public LocalDate getPreReviewedOn() {
        return preReviewedOn;
    }

    public void setPreReviewedOn(LocalDate preReviewedOn) {
        this.preReviewedOn = preReviewedOn;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public void setNoticeId(Long noticeId) {
        this.noticeId = noticeId;
    }

    public NoticeState getNoticeState() {
        return noticeState;
    }

    public void setNoticeState(NoticeState noticeState) {
        this.noticeState = noticeState;
    }

    public LocalDate getPledgeFormOn() {
        return pledgeFormOn;
    }

    public void setPledgeFormOn(LocalDate pledgeFormOn) {
        this.pledgeFormOn = pledgeFormOn;
    }

    public LocalDate getAdmitVoteOn() {
        return admitVoteOn;
    }

    public void setAdmitVoteOn(LocalDate admitVoteOn) {
        this.admitVoteOn = admitVoteOn;
    }

    public LocalDate getHigherTalkOn() {
        return higherTalkOn;
    }

    public void setHigherTalkOn(LocalDate higherTalkOn) {
        this.higherTalkOn = higherTalkOn;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public LocalDate getOathOn() {
        return oathOn;
    }

    public void setOathOn(LocalDate oathOn) {
        this.oathOn = oathOn;
    }

    public LocalDate getProbationEndsOn() {
        return probationEndsOn;
    }

    public void setProbationEndsOn(LocalDate probationEndsOn) {
        this.probationEndsOn = probationEndsOn;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(int extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public LocalDate getFullRequestOn() {
        return fullRequestOn;
    }

    public void setFullRequestOn(LocalDate fullRequestOn) {
        this.fullRequestOn = fullRequestOn;
    }

    public LocalDate getFullVoteOn() {
        return fullVoteOn;
    }

    public void setFullVoteOn(LocalDate fullVoteOn) {
        this.fullVoteOn = fullVoteOn;
    }

    public LocalDate getFullApprovedOn() {
        return fullApprovedOn;
    }

    public void setFullApprovedOn(LocalDate fullApprovedOn) {
        this.fullApprovedOn = fullApprovedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public LocalDate getLastStepOn() {
        return lastStepOn;
    }

    public void setLastStepOn(LocalDate lastStepOn) {
        this.lastStepOn = lastStepOn;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }


    @Override
    public String auditType() {
        return "发展党员";
    }

    @Override
    public String auditLabel() {
        return personName + (unitName == null ? "" : "（" + unitName + "）");
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("姓名", personName);
        m.put("阶段", stage.label());
        m.put("申请日期", appliedOn);
        m.put("确定积极分子", activistOn);
        m.put("确定发展对象", candidateOn);
        m.put("公示", noticeState.label());
        m.put("支部大会", admitVoteOn);
        m.put("预备期至", probationEndsOn);
        m.put("转正", fullApprovedOn);
        m.put("结束原因", endReason);
        return m;
    }

}
