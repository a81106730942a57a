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

/** 党小组: a group within a branch, led by a group leader (党小组长); it meets monthly (党小组会). */
@AuditedAs("党小组")
@Entity
@Table(name = "party_group")
public class PartyGroup extends NamedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_staff_id")
    private Staff leader;

    protected PartyGroup() {
    }

    public PartyGroup(Branch branch, String name) {
        super(name);
        this.branch = branch;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("支部", branch == null ? null : branch.getName());
        m.put("组长", leader == null ? null : leader.getName());
        return m;
    }

    public Branch getBranch() {
        return branch;
    }

    public Staff getLeader() {
        return leader;
    }

    public void setLeader(Staff leader) {
        this.leader = leader;
    }

    @Override
    public String toString() {
        return getName();
    }
}
