package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kind of meeting (支部委员会, 支部党员大会, 党小组会, 党课, 主题党日, 组织生活会, 民主生活会), kept as data: which
 * branches it applies to (central, joint), whether each party group holds it ({@link #isPerGroup()}), whether the
 * absent must make it up (补学, {@link #isMakeUp()}) and whether it has a lecturer and topic (党课). Its cadence is
 * in {@link MeetingCadence}, one row per change.
 */
@Entity
@Table(name = "meeting_kind")
public class MeetingKind extends BaseEntity implements Audited {

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "for_central", nullable = false)
    private boolean forCentral;

    @Column(name = "for_joint", nullable = false)
    private boolean forJoint;

    @Column(name = "per_group", nullable = false)
    private boolean perGroup;

    @Column(name = "make_up", nullable = false)
    private boolean makeUp;

    @Column(nullable = false)
    private boolean lecture;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** An unheld period turns yellow when at most this many working days of it are left (default 10). */
    @Column(name = "warn_working_days", nullable = false)
    private int warnWorkingDays = 10;

    protected MeetingKind() {
    }

    public MeetingKind(String code, String name, boolean forCentral, boolean forJoint, boolean perGroup, boolean makeUp,
                       boolean lecture, int sortOrder) {
        this.code = code;
        this.name = name;
        this.forCentral = forCentral;
        this.forJoint = forJoint;
        this.perGroup = perGroup;
        this.makeUp = makeUp;
        this.lecture = lecture;
        this.sortOrder = sortOrder;
    }

    /** Whether a branch of this kind (central or joint) holds the meeting. */
    public boolean appliesTo(boolean centralBranch) {
        return centralBranch ? forCentral : forJoint;
    }

    @Override
    public String auditType() {
        return "会议类型";
    }

    @Override
    public String auditLabel() {
        return name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", name);
        m.put("中心党支部", forCentral);
        m.put("联合党支部", forJoint);
        m.put("按党小组", perGroup);
        m.put("缺席须补学", makeUp);
        m.put("临期提醒（工作日）", warnWorkingDays);
        return m;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isForCentral() {
        return forCentral;
    }

    public void setForCentral(boolean forCentral) {
        this.forCentral = forCentral;
    }

    public boolean isForJoint() {
        return forJoint;
    }

    public void setForJoint(boolean forJoint) {
        this.forJoint = forJoint;
    }

    public boolean isPerGroup() {
        return perGroup;
    }

    public boolean isMakeUp() {
        return makeUp;
    }

    public boolean isLecture() {
        return lecture;
    }

    public int getWarnWorkingDays() {
        return warnWorkingDays;
    }

    public void setWarnWorkingDays(int warnWorkingDays) {
        this.warnWorkingDays = warnWorkingDays;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    @Override
    public String toString() {
        return name;
    }
}
