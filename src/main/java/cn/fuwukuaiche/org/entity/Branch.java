package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 党支部: the central branch (中心党支部, {@link BranchKind#CENTRAL}) or a joint branch (联合党支部,
 * {@link BranchKind#JOINT}) that gathers the Party members of several stationed units, laid out by floor and
 * business area. The units it covers point to it ({@link Unit#getBranch()}); the floors are listed here.
 * A window's results roll up to the branch of the window's unit. Its secretary must be a 中共党员.
 */
@AuditedAs("党支部")
@Entity
@Table(name = "party_branch")
public class Branch extends NamedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "general_branch_id")
    private GeneralBranch generalBranch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BranchKind kind;

    @Column(name = "business_area", length = 200)
    private String businessArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "secretary_staff_id")
    private Staff secretary;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    private boolean active = true;

    /** The branch committee's term (党组织换届): elected on termStart, due for election by termEnd. */
    @Column(name = "term_start")
    private java.time.LocalDate termStart;

    @Column(name = "term_end")
    private java.time.LocalDate termEnd;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "party_branch_floor", joinColumns = @JoinColumn(name = "branch_id"),
            inverseJoinColumns = @JoinColumn(name = "floor_id"))
    private Set<Floor> floors = new LinkedHashSet<>();

    protected Branch() {
    }

    public Branch(GeneralBranch generalBranch, String name, BranchKind kind, int displayOrder) {
        super(name);
        this.generalBranch = generalBranch;
        this.kind = kind;
        this.displayOrder = displayOrder;
    }

    /** "1楼、2楼" */
    public String floorsLabel() {
        return floors.stream().sorted(Comparator.comparingInt(Floor::getFloorNo)).map(Floor::shortLabel)
                .collect(Collectors.joining("、"));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("类型", kind == null ? null : kind.label());
        m.put("业务范围", businessArea);
        m.put("书记", secretary == null ? null : secretary.getName());
        m.put("楼层", floorsLabel());
        m.put("启用", active);
        m.put("任期", termStart == null ? null : termStart + " 至 " + termEnd);
        return m;
    }

    public GeneralBranch getGeneralBranch() {
        return generalBranch;
    }

    public BranchKind getKind() {
        return kind;
    }

    public void setKind(BranchKind kind) {
        this.kind = kind;
    }

    public String getBusinessArea() {
        return businessArea;
    }

    public void setBusinessArea(String businessArea) {
        this.businessArea = businessArea;
    }

    public Staff getSecretary() {
        return secretary;
    }

    public void setSecretary(Staff secretary) {
        this.secretary = secretary;
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

    public Set<Floor> getFloors() {
        return floors;
    }

    public void setFloors(Set<Floor> floors) {
        this.floors = floors == null ? new LinkedHashSet<>() : new LinkedHashSet<>(floors);
    }

    @Override
    public String toString() {
        return getName();
    }

    public java.time.LocalDate getTermStart() {
        return termStart;
    }

    public java.time.LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTerm(java.time.LocalDate start, java.time.LocalDate end) {
        this.termStart = start;
        this.termEnd = end;
    }
}
