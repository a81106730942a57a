package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One filled-in figure of a sheet: how often a manual rule's event happened, with a note. */
@Entity
@Table(name = "assessment_entry")
public class AssessmentEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private MonthlyAssessment assessment;

    @Column(name = "rule_code", nullable = false, length = 32)
    private String ruleCode;

    @Column(nullable = false)
    private int tally;

    @Column(length = 500)
    private String note;

    protected AssessmentEntry() {
    }

    AssessmentEntry(MonthlyAssessment assessment, String ruleCode, int tally, String note) {
        this.assessment = assessment;
        this.ruleCode = ruleCode;
        this.tally = tally;
        this.note = note;
    }

    void set(int tally, String note) {
        this.tally = tally;
        this.note = note;
    }

    public MonthlyAssessment getAssessment() {
        return assessment;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public int getTally() {
        return tally;
    }

    public String getNote() {
        return note;
    }
}
