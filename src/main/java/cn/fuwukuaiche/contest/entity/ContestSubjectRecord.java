package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

/**
 * A figure about one subject (a participant or a team) of one contest — a judge's score, a published result: the
 * {@code contest_id}, {@code subject_kind} and {@code subject_id} columns of the subclass's own table.
 */
@MappedSuperclass
public abstract class ContestSubjectRecord extends BaseEntity {

    @Column(name = "contest_id", nullable = false)
    private Long contestId;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private SubjectKind subjectKind;
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    protected ContestSubjectRecord() {
    }

    protected ContestSubjectRecord(Long contestId, SubjectKind subjectKind, Long subjectId) {
        this.contestId = contestId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
    }

    public Long getContestId() { return contestId; }
    public SubjectKind getSubjectKind() { return subjectKind; }
    /** The staff id of a participant, the window id of a team. */
    public Long getSubjectId() { return subjectId; }
}
