package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 窗口: a service counter, numbered like {@code A12} ({@link #getWindowNo()}, unique), run by one stationed
 * unit, on a floor and in a zone. The red flag and monthly assessments go to windows; a window's results roll
 * up to its unit's branch ({@link #branch()}). Deactivated, never deleted, once history refers to it.
 */
@AuditedAs("窗口")
@Entity
@Table(name = "service_window")
@NamedQuery(name = ServiceWindow.BY_NO, query = "select w from ServiceWindow w where w.windowNo = :windowNo")
public class ServiceWindow extends NamedEntity implements Audited {

    public static final String BY_NO = "ServiceWindow.byNo";

    @Column(name = "window_no", nullable = false, unique = true, length = 8)
    private String windowNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_id")
    private Zone zone;

    @Column(name = "business_scope", length = 500)
    private String businessScope;

    private boolean active = true;

    protected ServiceWindow() {
    }

    public ServiceWindow(String windowNo, String name, Unit unit, Floor floor, Zone zone, String businessScope) {
        super(name);
        this.windowNo = windowNo;
        this.unit = unit;
        this.floor = floor;
        this.zone = zone;
        this.businessScope = businessScope;
    }

    /** "A12 户籍业务" */
    public String label() {
        return windowNo + " " + getName();
    }

    /** The branch this window's results roll up to: its unit's branch (may be null). */
    public Branch branch() {
        return unit == null ? null : unit.getBranch();
    }

    @Override
    public String auditLabel() {
        return label();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("窗口号", windowNo);
        m.put("名称", getName());
        m.put("单位", unit == null ? null : unit.getName());
        m.put("楼层", floor == null ? null : floor.getName());
        m.put("区域", zone == null ? null : zone.getName());
        m.put("业务范围", businessScope);
        m.put("启用", active);
        return m;
    }

    public String getWindowNo() {
        return windowNo;
    }

    public void setWindowNo(String windowNo) {
        this.windowNo = windowNo;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public Floor getFloor() {
        return floor;
    }

    public void setFloor(Floor floor) {
        this.floor = floor;
    }

    public Zone getZone() {
        return zone;
    }

    public void setZone(Zone zone) {
        this.zone = zone;
    }

    public String getBusinessScope() {
        return businessScope;
    }

    public void setBusinessScope(String businessScope) {
        this.businessScope = businessScope;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return label();
    }
}
