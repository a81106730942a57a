package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The network's settings, one row, maintained by ADMIN: when a deadline light turns yellow, how soon a
 * node must hand up a case it cannot handle, and whether a window that does not answer a parallel
 * approval in time is deemed to agree.
 */
@AuditedAs("三级网络设置")
@Entity
@Table(name = "network_setting")
public class NetworkSettings extends BaseEntity implements Audited {

    /** Yellow when at most this many working days are left before a case's deadline. */
    @Column(name = "case_yellow_days", nullable = false)
    private int caseYellowDays = 2;

    /** Yellow when at most this many working days are left before an approval task's deadline. */
    @Column(name = "approval_yellow_days", nullable = false)
    private int approvalYellowDays = 1;

    /** A village (or township) hands a case it cannot handle up within this many working days. */
    @Column(name = "hand_up_days", nullable = false)
    private int handUpDays = 3;

    /** 超时默认同意: an unanswered approval task counts as agreement once its deadline has passed. */
    @Column(name = "deemed_agree", nullable = false)
    private boolean deemedAgree = true;

    public NetworkSettings() {
    }

    @Override
    public String auditLabel() {
        return "三级网络设置";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("代办件临期提醒（工作日）", caseYellowDays);
        m.put("审批任务临期提醒（工作日）", approvalYellowDays);
        m.put("上交时限（工作日）", handUpDays);
        m.put("超时视为同意", deemedAgree);
        return m;
    }

    public int getCaseYellowDays() {
        return caseYellowDays;
    }

    public void setCaseYellowDays(int caseYellowDays) {
        this.caseYellowDays = caseYellowDays;
    }

    public int getApprovalYellowDays() {
        return approvalYellowDays;
    }

    public void setApprovalYellowDays(int approvalYellowDays) {
        this.approvalYellowDays = approvalYellowDays;
    }

    public int getHandUpDays() {
        return handUpDays;
    }

    public void setHandUpDays(int handUpDays) {
        this.handUpDays = handUpDays;
    }

    public boolean isDeemedAgree() {
        return deemedAgree;
    }

    public void setDeemedAgree(boolean deemedAgree) {
        this.deemedAgree = deemedAgree;
    }
}
