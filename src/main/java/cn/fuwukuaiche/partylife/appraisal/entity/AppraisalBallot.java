package cn.fuwukuaiche.partylife.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 选票内容: one grade given to one member in an appraisal's secret ballot — no voter, no time, no version, no
 * sequence. The key is a random 63-bit number chosen by the service (never AUTO_INCREMENT), so the table's order
 * in H2 and InnoDB is random too and no row leads back to who cast it. Only counted ({@code tally}), never shown
 * one by one, never logged or audited.
 */
@Entity
@Table(name = "appraisal_ballot")
public class AppraisalBallot {

    @Id
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "subject_staff_id", nullable = false)
    private long subjectStaffId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AppraisalGrade grade;

    protected AppraisalBallot() {
    }

    public AppraisalBallot(long randomId, long appraisalId, long subjectStaffId, AppraisalGrade grade) {
        this.id = randomId;
        this.appraisalId = appraisalId;
        this.subjectStaffId = subjectStaffId;
        this.grade = grade;
    }

    public long getSubjectStaffId() {
        return subjectStaffId;
    }

    public AppraisalGrade getGrade() {
        return grade;
    }

    @Override
    public String toString() {
        return "AppraisalBallot"; // never the contents, even in a log line by mistake
    }
}
