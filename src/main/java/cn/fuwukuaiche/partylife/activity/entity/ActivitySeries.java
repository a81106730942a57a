package cn.fuwukuaiche.partylife.activity.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * 创先争优 活动系列 (seed part 4: 三学习三提升, 对标定位, 三亮三比三评, 三创三满意, 三自六不让, 三增一做): a name, the period it
 * runs, its goal and the branches (org's ids) taking part. Managed by the leader and ADMIN; its {@link Activity}s are
 * recorded by the branches' secretaries.
 */
@Entity
@Table(name = "activity_series")
public class ActivitySeries extends BaseEntity implements Audited {

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(length = 1000)
    private String goal;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_series_branch", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "branch_id", nullable = false)
    private Set<Long> branchIds = new TreeSet<>();

    protected ActivitySeries() {
    }

    public ActivitySeries(String name, LocalDate periodFrom, LocalDate periodTo, String goal, Set<Long> branchIds) {
        this.name = name;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.goal = goal;
        this.branchIds = new TreeSet<>(branchIds);
    }

    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    @Override
    public String auditType() {
        return "创先争优活动系列";
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", name);
        m.put("起", periodFrom);
        m.put("止", periodTo);
        m.put("目标", goal);
        m.put("参加支部", branchIds.stream().map(String::valueOf).collect(Collectors.joining("，")));
        return m;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public Set<Long> getBranchIds() {
        return branchIds;
    }

    public void setBranchIds(Set<Long> branchIds) {
        this.branchIds.clear();
        this.branchIds.addAll(branchIds);
    }
}
