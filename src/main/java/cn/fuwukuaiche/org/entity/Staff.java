package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 工作人员: a person working in the hall, identified by a unique staff number (工号). Belongs to one unit and
 * usually one window of that unit; a Party member ({@link PoliticalStatus#isPartyMember()}) belongs to exactly
 * one branch, a non-member to none. {@link #getPhone()} and {@link #getIdCardNo()} are private: never on
 * public pages or screens (the audit trail shows them masked). The photo lives in {@link StaffPhoto}.
 * Deactivated, never deleted, once history refers to the person.
 */
@AuditedAs("工作人员")
@Entity
@Table(name = "staff")
@NamedQuery(name = Staff.BY_NO, query = "select s from Staff s where s.staffNo = :staffNo")
public class Staff extends BaseEntity implements Audited {

    public static final String BY_NO = "Staff.byNo";

    @Column(name = "staff_no", nullable = false, unique = true, length = 20)
    private String staffNo;

    @Column(nullable = false, length = 32)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "political_status", nullable = false, length = 24)
    private PoliticalStatus politicalStatus;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id")
    private Branch branch;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_group_id")
    private PartyGroup partyGroup;

    /** 岗位, e.g. 窗口负责人, 综合受理员. */
    @Column(length = 64)
    private String post;

    /** 职责: what the person does at the window (shown on 亮职责 cards). */
    @Column(length = 500)
    private String duties;

    /** Private. */
    @Column(length = 32)
    private String phone;

    /** Private: 居民身份证号码. */
    @Column(name = "id_card_no", length = 18)
    private String idCardNo;

    private boolean active = true;

    protected Staff() {
    }

    public Staff(String staffNo, String name, Gender gender, PoliticalStatus politicalStatus, Unit unit) {
        this.staffNo = staffNo;
        this.name = name;
        this.gender = gender;
        this.politicalStatus = politicalStatus;
        this.unit = unit;
    }

    public boolean isPartyMember() {
        return politicalStatus != null && politicalStatus.isPartyMember();
    }

    public boolean isWoman() {
        return gender == Gender.FEMALE;
    }

    /** "138****5678": enough to recognise, not enough to call. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** "4301**********123X" */
    public static String maskIdCard(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }

    @Override
    public String auditLabel() {
        return name + "（" + staffNo + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("工号", staffNo);
        m.put("姓名", name);
        m.put("性别", gender == null ? null : gender.label());
        m.put("政治面貌", politicalStatus == null ? null : politicalStatus.label());
        m.put("单位", unit == null ? null : unit.getName());
        m.put("窗口", window == null ? null : window.getWindowNo());
        m.put("支部", branch == null ? null : branch.getName());
        m.put("党小组", partyGroup == null ? null : partyGroup.getName());
        m.put("岗位", post);
        m.put("职责", duties);
        m.put("电话", maskPhone(phone));
        m.put("身份证号", maskIdCard(idCardNo));
        m.put("启用", active);
        return m;
    }

    public String getStaffNo() {
        return staffNo;
    }

    public void setStaffNo(String staffNo) {
        this.staffNo = staffNo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public PoliticalStatus getPoliticalStatus() {
        return politicalStatus;
    }

    public void setPoliticalStatus(PoliticalStatus politicalStatus) {
        this.politicalStatus = politicalStatus;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    public void setWindow(ServiceWindow window) {
        this.window = window;
    }

    public Branch getBranch() {
        return branch;
    }

    public void setBranch(Branch branch) {
        this.branch = branch;
    }

    public PartyGroup getPartyGroup() {
        return partyGroup;
    }

    public void setPartyGroup(PartyGroup partyGroup) {
        this.partyGroup = partyGroup;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdCardNo() {
        return idCardNo;
    }

    public void setIdCardNo(String idCardNo) {
        this.idCardNo = idCardNo;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public String toString() {
        return name;
    }
}
