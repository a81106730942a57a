package cn.fuwukuaiche.it;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.base.work.Workbench;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.inbox.control.InboxService;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 工作台 (issue 20): every to-do provider answers within the viewer's role AND scope (a staff member's window, a
 * secretary's branch, an agent's node); a returned sheet notifies the window's staff and nobody else.
 */
abstract class WorkbenchServicesIT extends YearReportServicesIT {

    @Inject
    Workbench workbench;

    @Inject
    OrgDirectory orgDirectory;

    @Inject
    AssessmentService assessmentService;

    @Inject
    InboxService inboxService;

    List<Todo> todosOf(String username) {
        UserAccount a = account(username);
        WorkViewer v = new WorkViewer(username, a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
        Workbench.Result r = workbench.todos(v, Times.today());
        assertEquals(List.of(), r.unavailable(), username + ": every source answers");
        return r.todos();
    }

    UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username).getSingleResult();
    }

    @Test
    void staff_see_only_their_own_windows_rectifications_and_sheets() {
        for (String staff : List.of("staff", "staff2")) {
            String myWindow = orgDirectory.window(account(staff).getWindowId()).orElseThrow().getWindowNo();
            List<Todo> todos = todosOf(staff);
            assertFalse(todos.isEmpty(), staff);
            for (Todo t : todos) {
                if (t.area().equals("差评整改") || t.area().equals("月度考评") && !t.whose().isEmpty() && t.whose().contains("窗口")) {
                    assertTrue(t.whose().startsWith(myWindow), staff + " (" + myWindow + ") sees " + t);
                }
                assertFalse(Set.of("公示", "流动红旗", "代办件", "评价器", "账号安全").contains(t.area()), staff + " sees " + t);
            }
        }
    }

    @Test
    void a_secretary_sees_his_own_branchs_windows_only() {
        for (String secretary : List.of("secretary", "secretary2")) {
            Set<String> branchWindows = orgDirectory.windowsOfBranch(account(secretary).getBranchId()).stream()
                    .map(ServiceWindow::getWindowNo).collect(Collectors.toSet());
            List<Todo> todos = todosOf(secretary);
            assertFalse(todos.isEmpty(), secretary);
            for (Todo t : todos) {
                if (t.area().equals("差评整改") || t.area().equals("差评申诉")) {
                    assertTrue(branchWindows.contains(t.whose().split(" ")[0]), secretary + " " + branchWindows + " sees " + t);
                }
            }
        }
    }

    @Test
    void an_agent_sees_the_cases_at_his_node_only_and_no_other_areas() {
        for (String agent : List.of("agent", "agent.town")) {
            long node = account(agent).getNodeId();
            List<Todo> todos = todosOf(agent);
            assertFalse(todos.isEmpty(), agent);
            for (Todo t : todos) {
                assertEquals("代办件", t.area(), agent + " sees " + t);
                long caseId = Long.parseLong(t.route().substring("network/cases/view/".length()));
                Long at = em.createQuery("select c.currentNode.id from ServiceCase c where c.id = :id", Long.class)
                        .setParameter("id", caseId).getSingleResult();
                assertEquals(node, at, agent + " sees a case at another node: " + t);
            }
        }
    }

    @Test
    void the_admin_and_the_leader_get_their_own_kinds() {
        Set<String> admin = todosOf("admin").stream().map(Todo::area).collect(Collectors.toSet());
        assertFalse(admin.contains("差评整改"), "admin: " + admin);
        Set<String> leader = todosOf("leader").stream().map(Todo::area).collect(Collectors.toSet());
        assertFalse(leader.contains("评价器") || leader.contains("账号安全"), "leader: " + leader);
        assertFalse(leader.isEmpty());
    }

    @Test
    void a_returned_sheet_notifies_the_windows_staff_and_nobody_else() throws Exception {
        Set<Long> branchWindows = orgDirectory.windowsOfBranch(account("secretary").getBranchId()).stream()
                .map(ServiceWindow::getId).collect(Collectors.toSet());
        MonthlyAssessment sheet = em.createQuery("select m from MonthlyAssessment m where m.status = :s and m.window.id in :w "
                        + "order by m.id", MonthlyAssessment.class).setParameter("s", AssessmentStatus.SUBMITTED)
                .setParameter("w", branchWindows).setMaxResults(1).getResultList().stream().findFirst().orElseThrow();
        long windowId = sheet.getWindow().getId();
        List<String> staffThere = em.createQuery("select u.username from UserAccount u join u.roles r where u.windowId = :w "
                        + "and r = cn.fuwukuaiche.security.entity.Role.STAFF and u.active = true", String.class)
                .setParameter("w", windowId).getResultList();
        long before = em.createQuery("select count(n) from Notification n", Long.class).getSingleResult();
        signIn.as("secretary", () -> assessmentService.returnSheet(sheet.getId(), sheet.getVersion(), "请核对迟到次数"));
        List<String> told = em.createQuery("select n.recipient from Notification n where n.route = :r", String.class)
                .setParameter("r", "evaluation/sheet/" + sheet.getId()).getResultList();
        // exactly the window's staff accounts (the browser IT shows the bell of one of them ringing)
        assertEquals(new java.util.TreeSet<>(staffThere), new java.util.TreeSet<>(told), "the window's staff, nobody else");
        assertEquals(before + told.size(), (long) em.createQuery("select count(n) from Notification n", Long.class).getSingleResult());
        assertEquals(0, inboxService.unreadCountOf("staff2") - countOf("staff2"), "another window's staff unaffected");
    }

    long countOf(String username) {
        return em.createQuery("select count(n) from Notification n where n.recipient = :u and n.readAt is null", Long.class)
                .setParameter("u", username).getSingleResult();
    }
}
