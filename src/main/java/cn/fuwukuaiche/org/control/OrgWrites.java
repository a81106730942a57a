package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import jakarta.persistence.EntityManager;

import java.util.List;

/** What the org services' writes share: a staff form checked and copied onto a record, the hall, a trimmed text. */
final class OrgWrites {

    private OrgWrites() {
    }

    /** Validates the form against the rules and the database, then copies it onto the entity. */
    static void applyStaffForm(EntityManager em, Staff s, StaffService.StaffForm f) {
        ServiceWindow window = f.windowId() == null ? null : em.find(ServiceWindow.class, f.windowId());
        OrgRules.StaffInput in = new OrgRules.StaffInput(f.staffNo(), f.name(), f.gender() == null ? null : f.gender().label(),
                f.status(), f.unitId(), f.windowId(), window == null ? null : window.getUnit().getId(), f.branchId(),
                f.phone(), f.idCardNo());
        List<OrgRules.Problem> problems = OrgRules.checkStaff(in, f.gender() != null);
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.get(0).field(), problems.get(0).message());
        }
        String staffNo = Input.code(f.staffNo()); // NFKC: a full-width ＱＳ００１２ is stored (and found) as QS0012
        Long clash = em.createQuery("select s.id from Staff s where upper(s.staffNo) = :no", Long.class)
                .setParameter("no", staffNo.toUpperCase()).getResultStream().findFirst().orElse(null);
        if (clash != null && !clash.equals(s.getId())) {
            throw new BusinessException("staffNo", "工号“" + staffNo + "”已被其他人员使用");
        }
        Unit unit = em.find(Unit.class, f.unitId());
        if (unit == null) {
            throw new BusinessException("unit", "所选单位不存在");
        }
        Branch branch = f.branchId() == null ? null : em.find(Branch.class, f.branchId());
        if (f.branchId() != null && branch == null) {
            throw new BusinessException("branch", "所选支部不存在");
        }
        PartyGroup group = f.partyGroupId() == null ? null : em.find(PartyGroup.class, f.partyGroupId());
        if (group != null && (branch == null || !group.getBranch().getId().equals(branch.getId()))) {
            throw new BusinessException("partyGroup", "所选党小组不属于该人员的支部");
        }
        if (s.getId() != null) {
            // a secretary must stay a full member of the branch they lead
            for (Branch led : em.createQuery("select b from Branch b where b.secretary = :s", Branch.class).setParameter("s", s)
                    .getResultList()) {
                if (f.status() != PoliticalStatus.PARTY_MEMBER || !led.getId().equals(f.branchId())) {
                    throw new BusinessException("branch", "此人是" + led.getName() + "书记：须为本支部的中共党员，请先更换该支部书记");
                }
            }
        }
        s.setStaffNo(staffNo);
        s.setName(f.name().strip());
        s.setGender(f.gender());
        s.setPoliticalStatus(f.status());
        s.setUnit(unit);
        s.setWindow(window);
        s.setBranch(branch);
        s.setPartyGroup(group);
        s.setPost(Input.requireSingleLine("post", "岗位", f.post()));
        s.setDuties(Input.requireMultiLine("duties", "职责", f.duties()));
        s.setPhone(OrgRules.normalizePhone(f.phone()));
        s.setIdCardNo(f.idCardNo() == null || f.idCardNo().isBlank() ? null : Input.code(f.idCardNo()).toUpperCase());
        s.setActive(f.active());
        if (s.getPost() != null && s.getPost().length() > 64) {
            throw new BusinessException("post", "岗位最多 64 个字");
        }
        if (s.getDuties() != null && s.getDuties().length() > 500) {
            throw new BusinessException("duties", "职责最多 500 个字");
        }
    }

    static Hall hall(EntityManager em) {
        Hall hall = em.find(Hall.class, HallSql.hall(em)); // the hall this transaction works for (issue 23)
        if (hall == null) {
            throw new BusinessException("尚未建立政务服务中心");
        }
        return hall;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
