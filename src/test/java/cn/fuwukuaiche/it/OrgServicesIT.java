package cn.fuwukuaiche.it;

import cn.fuwukuaiche.org.control.RosterImportService;
import cn.fuwukuaiche.org.control.BranchService;
import cn.fuwukuaiche.org.control.WindowService;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.it.incontainer.OrgTestData;
import cn.fuwukuaiche.org.control.ImportKind;
import cn.fuwukuaiche.org.control.ImportPreview;
import cn.fuwukuaiche.org.control.OrgRules;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.OrgTreeNode;
import cn.fuwukuaiche.org.control.RosterSheets;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of the organisation (branches, windows, staff, roster import). Part of {@link ServicesIT}, the
 * one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy, so JUnit runs every
 * area's tests in that deployment, and a test may use what the classes above it declare. Run them with {@code
 * -Dit.test=ServicesIT}.
 */
abstract class OrgServicesIT extends FoundationServicesIT {

    @Inject
    OrgService org;

    @Inject
    StaffService staffService;

    @Inject
    WindowService windowService;

    @Inject
    BranchService branchService;

    @Inject
    RosterImportService rosterImport;

    @Inject
    OrgTestData orgTestData;

    // ---- org ----------------------------------------------------------------------------------------

    Staff staffNamed(String name) {
        return em.createQuery("select s from Staff s where s.name = :n", Staff.class).setParameter("n", name).getSingleResult();
    }

    Branch branchNamed(String name) {
        return em.createQuery("select b from Branch b where b.name = :n", Branch.class).setParameter("n", name).getSingleResult();
    }

    static StaffService.StaffForm formOf(Staff s, String post) {
        return new StaffService.StaffForm(s.getStaffNo(), s.getName(), s.getGender(), s.getPoliticalStatus(), s.getUnit().getId(),
                s.getWindow() == null ? null : s.getWindow().getId(), s.getBranch() == null ? null : s.getBranch().getId(),
                s.getPartyGroup() == null ? null : s.getPartyGroup().getId(), post, s.getDuties(), s.getPhone(), s.getIdCardNo(), true);
    }

    private static List<String> rosterRow(String no, String name, String gender, String status, String unit, String window,
                                          String branch, String phone) {
        return List.of(no, name, gender, status, unit, window, branch, "受理员", "", phone, "");
    }

    private long staffCount(String prefix) {
        return em.createQuery("select count(s) from Staff s where s.staffNo like :p", Long.class).setParameter("p", prefix + "%")
                .getSingleResult();
    }

    @Test
    void the_demo_county_has_its_branches_windows_and_people_and_the_accounts_are_bound() {
        assertEquals(4L, em.createQuery("select count(b) from Branch b", Long.class).getSingleResult());
        assertEquals(36L, em.createQuery("select count(w) from ServiceWindow w", Long.class).getSingleResult());
        long people = em.createQuery("select count(s) from Staff s where s.staffNo like 'QS%'", Long.class).getSingleResult();
        assertTrue(people >= 100 && people <= 120, "about 110 staff: " + people);
        for (Branch b : em.createQuery("select b from Branch b", Branch.class).getResultList()) {
            assertEquals(PoliticalStatus.PARTY_MEMBER, b.getSecretary().getPoliticalStatus(), b.getName());
            assertEquals(b.getId(), b.getSecretary().getBranch().getId(), "a secretary is a member of their own branch");
        }
        long membersWithoutBranch = em.createQuery("select count(s) from Staff s where s.branch is null and s.politicalStatus in "
                + "(cn.fuwukuaiche.org.entity.PoliticalStatus.PARTY_MEMBER, cn.fuwukuaiche.org.entity.PoliticalStatus.PROBATIONARY_MEMBER)",
                Long.class).getSingleResult();
        assertEquals(0, membersWithoutBranch);
        UserAccount secretary = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "secretary")
                .getSingleResult();
        assertEquals(branchNamed("第一联合党支部").getId(), secretary.getBranchId());
        assertEquals(branchNamed("第一联合党支部").getSecretary().getId(), secretary.getStaffId());
        UserAccount staff = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "staff")
                .getSingleResult();
        Staff zhangWei = em.find(Staff.class, staff.getStaffId());
        assertEquals("A05", zhangWei.getWindow().getWindowNo());
        assertEquals(zhangWei.getWindow().getId(), staff.getWindowId());
    }

    @Test
    void a_secretary_cannot_edit_another_branchs_staff_by_service_but_edits_their_own_with_an_audit_line() throws Exception {
        Staff other = staffNamed("李秀英");        // first joint branch
        Staff own = staffNamed("周志强");          // second joint branch: secretary2's own record
        signIn.as("secretary2", () -> {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> staffService.updateStaff(other.getId(), other.getVersion(), formOf(other, "越权修改"), null));
            assertEquals(StaffService.MSG_OUT_OF_SCOPE, refused.getMessage());
            assertThrows(BusinessException.class, () -> staffService.staff(other.getId()));
            List<Staff> visible = staffService.findStaff(StaffService.StaffFilter.all());
            assertFalse(visible.isEmpty());
            assertTrue(visible.stream().allMatch(s -> "第二联合党支部".equals(s.getUnit().getBranch().getName())
                    || (s.getBranch() != null && "第二联合党支部".equals(s.getBranch().getName()))));
            OrgTreeNode tree = org.tree();
            assertEquals(1, tree.children().size());
            assertEquals("第二联合党支部", tree.children().get(0).name());

            staffService.updateStaff(own.getId(), own.getVersion(), formOf(own, "窗口负责人（支部书记）"), "岗位调整");
            // moving someone out of the branch is refused too
            Staff fresh = staffService.staff(own.getId());
            StaffService.StaffForm away = new StaffService.StaffForm(fresh.getStaffNo(), fresh.getName(), fresh.getGender(),
                    fresh.getPoliticalStatus(), other.getUnit().getId(), null, other.getBranch().getId(), null, null, null, null, null, true);
            assertThrows(BusinessException.class, () -> staffService.updateStaff(fresh.getId(), fresh.getVersion(), away, null));
        });
        assertEquals("越权修改".equals(em.find(Staff.class, other.getId()).getPost()), false);
        AuditEntry line = em.createQuery("select a from AuditEntry a where a.entityType = '工作人员' and a.entityId = :id "
                + "and a.action = 'UPDATE'", AuditEntry.class).setParameter("id", String.valueOf(own.getId())).getSingleResult();
        assertEquals("secretary2", line.getActor());
        assertTrue(line.getChanges().contains("岗位：") && line.getChanges().contains("窗口负责人（支部书记）"), line.getChanges());
    }

    @Test
    void window_staff_see_their_own_windows_colleagues_only_and_may_not_edit() throws Exception {
        signIn.as("staff2", () -> {
            List<Staff> visible = staffService.findStaff(StaffService.StaffFilter.all());
            assertEquals(3, visible.size(), visible.toString());
            assertTrue(visible.stream().allMatch(s -> "C05".equals(s.getWindow().getWindowNo())));
            Staff someone = visible.get(0);
            assertThrows(EJBAccessException.class, () -> staffService.updateStaff(someone.getId(), someone.getVersion(), formOf(someone, "x"), null));
        });
    }

    @Test
    void the_leader_sees_everything_and_edits_nothing() throws Exception {
        signIn.as("leader", () -> {
            assertTrue(staffService.findStaff(StaffService.StaffFilter.all()).size() >= 100);
            assertEquals(4, org.tree().children().size());
            Staff s = staffNamed("张伟");
            assertThrows(EJBAccessException.class, () -> staffService.updateStaff(s.getId(), s.getVersion(), formOf(s, "x"), null));
        });
    }

    @Test
    void admin_edits_are_checked_by_the_rules_with_chinese_messages_beside_the_fields() throws Exception {
        Staff zhang = staffNamed("张伟");
        Staff li = staffNamed("李秀英");
        ServiceWindow a05 = em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", "A05").getSingleResult();
        Branch first = branchNamed("第一联合党支部");
        signIn.as("admin", () -> {
            StaffService.StaffForm f = formOf(zhang, "受理员");
            BusinessException e = assertThrows(BusinessException.class, () -> staffService.updateStaff(zhang.getId(), zhang.getVersion(),
                    new StaffService.StaffForm(f.staffNo(), f.name(), f.gender(), PoliticalStatus.PARTY_MEMBER, f.unitId(), f.windowId(),
                            null, null, f.post(), f.duties(), f.phone(), null, true), null));
            assertEquals("branch", e.field());
            assertEquals(OrgRules.MSG_MEMBER_NEEDS_BRANCH, e.getMessage());
            e = assertThrows(BusinessException.class, () -> staffService.updateStaff(zhang.getId(), zhang.getVersion(),
                    new StaffService.StaffForm(f.staffNo(), f.name(), f.gender(), f.status(), f.unitId(), f.windowId(), null, null,
                            f.post(), f.duties(), "1381234", null, true), null));
            assertEquals("phone", e.field());
            e = assertThrows(BusinessException.class, () -> staffService.updateStaff(zhang.getId(), zhang.getVersion(),
                    new StaffService.StaffForm(li.getStaffNo(), f.name(), f.gender(), f.status(), f.unitId(), f.windowId(), null, null,
                            f.post(), f.duties(), f.phone(), null, true), null));
            assertEquals("staffNo", e.field());
            e = assertThrows(BusinessException.class, () -> windowService.saveWindow(null, 0, new WindowService.WindowForm("a05", "重复", a05.getUnit().getId(),
                    a05.getFloor().getId(), null, null, true), null));
            assertEquals("windowNo", e.field());
            assertTrue(e.getMessage().contains("已被使用"), e.getMessage());
            // the demo's first branch has probationary members: one of them may not be its secretary
            Staff probationary = staffService.findStaff(new StaffService.StaffFilter(null, null, null, first.getId(),
                    PoliticalStatus.PROBATIONARY_MEMBER, null, false)).stream().findFirst().orElseThrow();
            e = assertThrows(BusinessException.class, () -> branchService.updateBranch(first.getId(), first.getVersion(), probationary.getId(),
                    first.getBusinessArea(), Set.of(), null));
            assertEquals(OrgRules.MSG_SECRETARY_NOT_MEMBER, e.getMessage());
            e = assertThrows(BusinessException.class, () -> branchService.updateBranch(first.getId(), first.getVersion(), zhang.getId(),
                    first.getBusinessArea(), Set.of(), null));
            assertEquals(OrgRules.MSG_SECRETARY_NOT_MEMBER, e.getMessage());
        });
        assertEquals(zhang.getVersion(), em.find(Staff.class, zhang.getId()).getVersion(), "nothing was written");
    }

    @Test
    void admin_imports_a_good_roster_and_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row() throws Exception {
        byte[] good = RosterSheets.sheet(ImportKind.STAFF, List.of(
                rosterRow("ITIMP01", "测试甲", "男", "中共党员", "县公安局", "A06", "第一联合党支部", "13800000001"),
                rosterRow("ITIMP02", "测试乙", "女", "群众", "人社", "B02", "", "0731-84567890"),
                rosterRow("ITIMP03", "测试丙", "女", "共青团员", "税务", "", "", "")));
        byte[] bad = RosterSheets.sheet(ImportKind.STAFF, List.of(
                rosterRow("ITBAD01", "测试丁", "男", "群众", "县公安局", "", "", ""),
                rosterRow("ITBAD02", "测试戊", "M", "群众", "县档案馆", "", "", ""),
                rosterRow("ITIMP01", "测试己", "女", "中共党员", "县公安局", "", "", ""),
                rosterRow("ITBAD04", "测试庚", "女", "群众", "县公安局", "", "", "")));
        try {
            signIn.as("admin", () -> {
                assertEquals(3, rosterImport.commitImport(ImportKind.STAFF, good, null));
                ImportPreview preview = rosterImport.previewImport(ImportKind.STAFF, bad);
                assertEquals(List.of(3, 4), preview.badRows().stream().map(r -> r.rowNo()).toList());
                BusinessException e = assertThrows(BusinessException.class, () -> rosterImport.commitImport(ImportKind.STAFF, bad, null));
                assertTrue(e.getMessage().startsWith("没有导入任何数据"), e.getMessage());
                assertTrue(e.getMessage().contains("第 3 行：单位“县档案馆”不存在；性别“M”无效"), e.getMessage());
                assertTrue(e.getMessage().contains("第 4 行：") && e.getMessage().contains("工号“ITIMP01”已存在"), e.getMessage());
            });
            assertEquals(3, staffCount("ITIMP"));
            assertEquals(0, staffCount("ITBAD"), "all or nothing: the good rows of a bad file are not imported");
            Staff imported = em.createNamedQuery(Staff.BY_NO, Staff.class).setParameter("staffNo", "ITIMP01").getSingleResult();
            assertEquals("A06", imported.getWindow().getWindowNo());
            assertEquals("第一联合党支部", imported.getBranch().getName());
            assertEquals(Gender.MALE, imported.getGender());
            assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.entityType = '工作人员' and a.entityId = :id",
                    Long.class).setParameter("id", String.valueOf(imported.getId())).getSingleResult());
        } finally {
            orgTestData.deleteStaffWithPrefix("ITIMP");
        }
    }

    @Test
    void admin_imports_a_thousand_rows_in_one_transaction() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            boolean member = i % 3 == 0;
            rows.add(rosterRow(String.format("ITBULK%04d", i), "批量" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "员", i % 2 == 0 ? "女" : "男",
                    member ? "中共党员" : "群众", "县市场监督管理局", "C02", member ? "第二联合党支部" : "", "139" + String.format("%08d", i)));
        }
        byte[] file = RosterSheets.sheet(ImportKind.STAFF, rows);
        List<Integer> progress = new ArrayList<>();
        try {
            long started = System.nanoTime();
            int n = signIn.as("admin", () -> rosterImport.commitImport(ImportKind.STAFF, file, progress::add));
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertEquals(1000, n);
            assertEquals(1000, staffCount("ITBULK"));
            assertEquals(100, progress.get(progress.size() - 1));
            assertTrue(progress.size() > 10, "the progress bar moves: " + progress);
            assertTrue(ms < 120_000, "1,000 rows took " + ms + " ms");
        } finally {
            orgTestData.deleteStaffWithPrefix("ITBULK");
        }
    }
}
