package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 中心党总支: the hall's Party general branch, led by its secretary (总支书记, the LEADER role), over the
 * central branch and the joint branches.
 */
@AuditedAs("党总支")
@Entity
@Table(name = "general_branch")
public class GeneralBranch extends NamedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id", insertable = false, updatable = false) // written by the hall boundary (eclipselink-orm.xml)
    private Hall hall;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "secretary_staff_id")
    private Staff secretary;

    protected GeneralBranch() {
    }

    public GeneralBranch(Hall hall, String name) {
        super(name);
        this.hall = hall;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("书记", secretary == null ? null : secretary.getName());
        return m;
    }

    public Hall getHall() {
        return hall;
    }

    public Staff getSecretary() {
        return secretary;
    }

    public void setSecretary(Staff secretary) {
        this.secretary = secretary;
    }
}
