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
 * 进驻单位: a department stationed in the hall (公安、人社、市场监管 …). It runs one or more windows; its Party
 * members belong to the branch that covers it ({@link #getBranch()}, one branch per unit).
 * Deactivated, never deleted, once windows or staff refer to it.
 */
@AuditedAs("进驻单位")
@Entity
@Table(name = "stationed_unit")
public class Unit extends NamedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id", insertable = false, updatable = false) // written by the hall boundary (eclipselink-orm.xml)
    private Hall hall;

    @Column(name = "short_name", length = 32)
    private String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    private boolean active = true;

    protected Unit() {
    }

    public Unit(Hall hall, String name, String shortName, Branch branch, int displayOrder) {
        super(name);
        this.hall = hall;
        this.shortName = shortName;
        this.branch = branch;
        this.displayOrder = displayOrder;
    }

    /** The short name if there is one (公安), else the full name. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? getName() : shortName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("简称", shortName);
        m.put("所属支部", branch == null ? null : branch.getName());
        m.put("排序", displayOrder);
        m.put("启用", active);
        return m;
    }

    public Hall getHall() {
        return hall;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public Branch getBranch() {
        return branch;
    }

    public void setBranch(Branch branch) {
        this.branch = branch;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return getName();
    }
}
