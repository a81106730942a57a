package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 评分方案: one per subject kind (窗口月度考评, 个人月度考评). Its rules live in numbered, immutable
 * {@link SchemeVersion}s, each applying from a chosen month on.
 */
@AuditedAs("评分方案")
@Entity
@Table(name = "scoring_scheme")
public class ScoringScheme extends NamedEntity implements Audited {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private AssessmentSubject subjectKind;

    @Column(length = 500)
    private String description;

    protected ScoringScheme() {
    }

    public ScoringScheme(String name, AssessmentSubject subjectKind, String description) {
        super(name);
        this.subjectKind = subjectKind;
        this.description = description;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("考评对象", subjectKind.label());
        m.put("说明", description);
        return m;
    }

    public AssessmentSubject getSubjectKind() {
        return subjectKind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
