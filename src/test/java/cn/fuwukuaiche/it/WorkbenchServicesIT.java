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

    @Inject
    cn.fuwukuaiche.honour.star.control.StarService stars;

    @Inject
    cn.fuwukuaiche.honour.star.control.StarProposalCount starCount;

    @Inject
    cn.fuwukuaiche.display.control.DisplayScreenService screenService;

    @Inject
    cn.fuwukuaiche.display.control.DisplayContent displayContent;

    List<Todo> todosOf(String username) {
        WorkViewer v = viewer(username);
        Workbench.Result r = workbench.todos(v, Times.today());
        assertEquals(List.of(), r.unavailable(), username + ": every source answers");
        return r.todos();
    }

    UserAccount account(String username) {
        return read(() -> em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getSingleResult());
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
        // the sheet may have been submitted by another test, which told the secretaries on the same route: only what
        // this return wrote counts
        Long maxId = em.createQuery("select max(n.id) from Notification n", Long.class).getSingleResult();
        long lastBefore = maxId == null ? 0L : maxId;
        signIn.as("secretary", () -> assessmentService.returnSheet(sheet.getId(), sheet.getVersion(), "请核对迟到次数"));
        List<String> told = em.createQuery("select n.recipient from Notification n where n.route = :r and n.id > :last", String.class)
                .setParameter("r", "evaluation/sheet/" + sheet.getId()).setParameter("last", lastBefore).getResultList();
        // exactly the window's staff accounts (the browser IT shows the bell of one of them ringing)
        assertEquals(new java.util.TreeSet<>(staffThere), new java.util.TreeSet<>(told), "the window's staff, nobody else");
        assertEquals(before + told.size(), (long) em.createQuery("select count(n) from Notification n", Long.class).getSingleResult());
        assertEquals(0, inboxService.unreadCountOf("staff2") - countOf("staff2"), "another window's staff unaffected");
    }

    @Test
    void the_leader_sees_last_periods_pending_star_proposals_as_one_counted_line_and_a_decision_counts_at_once() throws Exception {
        var period = cn.fuwukuaiche.honour.star.control.StarPeriod.lastEnded(cn.fuwukuaiche.honour.star.entity.PeriodKind.MONTH, Times.today());
        // other tests approved sheets (no event tells the count about that; it would wait for its refresh minutes)
        starCount.forget();
        List<cn.fuwukuaiche.honour.star.control.StarCandidate> pending = signIn.as("leader", () -> stars.candidates(period)).stream()
                .filter(cn.fuwukuaiche.honour.star.control.StarCandidate::pending).toList();
        assertTrue(pending.size() > 2, "the demo leaves last month's proposals to the leader: " + pending.size());
        Todo line = starLine(todosOf("leader")).orElseThrow();
        assertEquals("评定" + period.label() + "五星：" + pending.size() + " 项候选待确认", line.what());
        assertEquals("stars?period=" + period.key(), line.route());
        assertEquals(cn.fuwukuaiche.honour.star.control.StarTodoRules.due(period, calendars.current()), line.deadline());
        assertTrue(line.deadline() == null || line.light() != Todo.Light.NONE, line.toString());
        for (String other : List.of("admin", "secretary", "staff", "agent")) {
            assertTrue(starLine(todosOf(other)).isEmpty(), other + " has no star line");
        }
        // the leader declines one (not his own, not the stars another test decides): the line counts one less at once
        Long leaderPerson = personOf("leader");
        var one = pending.stream().filter(c -> c.star() != cn.fuwukuaiche.honour.star.entity.StarKind.LAW)
                .filter(c -> leaderPerson == null || c.person().staffId() != leaderPerson).reduce((a, b) -> b).orElseThrow();
        signIn.as("leader", () -> stars.reject(period, one.key(), "工作台测试：本月另有群众反映，暂不评定"));
        assertEquals("评定" + period.label() + "五星：" + (pending.size() - 1) + " 项候选待确认",
                starLine(todosOf("leader")).orElseThrow().what());
    }

    static java.util.Optional<Todo> starLine(List<Todo> todos) {
        return todos.stream().filter(t -> t.area().equals("五星")).findFirst();
    }

    @Test
    void a_screen_not_seen_for_ten_minutes_is_on_the_admins_workbench_until_its_page_or_feed_is_seen() throws Exception {
        String name = "工作台测试屏" + System.nanoTime() % 100000;
        var issued = signIn.as("admin", () -> screenService.create(new cn.fuwukuaiche.display.control.ScreenForm(name, "三楼走廊",
                List.of(cn.fuwukuaiche.display.entity.Panel.FLAG), 15, cn.fuwukuaiche.display.entity.ScreenTheme.RED,
                cn.fuwukuaiche.display.entity.NameDisplay.FULL)));
        long id = issued.screen().getId();
        assertTrue(screenLine(name).isEmpty(), "set up just now: not missed yet");

        setScreenTimes(id, Times.now().minusMinutes(11), null);
        Todo never = screenLine(name).orElseThrow();
        assertEquals(Todo.Light.YELLOW, never.light());
        assertTrue(never.what().endsWith("设置后从未打开"), never.what());
        assertEquals("admin/screens", never.route());
        for (String other : List.of("leader", "secretary", "staff")) {
            assertTrue(todosOf(other).stream().noneMatch(t -> t.what().contains(name)), other);
        }

        setScreenTimes(id, Times.now().minusDays(2), Times.now().minusHours(2));
        Todo dark = screenLine(name).orElseThrow();
        assertEquals(Todo.Light.RED, dark.light());
        assertTrue(dark.what().contains("起离线"), dark.what());

        // the screen's page opens (or a vendor reads its feed): seen, off the list
        var settings = displayContent.screen(issued.key()).orElseThrow();
        displayContent.seen(settings);
        java.time.LocalDateTime seen = lastSeen(id);
        assertTrue(seen.isAfter(Times.now().minusMinutes(1)), "last seen " + seen);
        assertTrue(screenLine(name).isEmpty());
        // within the minute a second sighting writes nothing (at most one update a minute per screen)
        setScreenTimes(id, Times.now().minusDays(2), Times.now().minusHours(2));
        displayContent.seen(settings);
        assertEquals(Todo.Light.RED, screenLine(name).orElseThrow().light());

        // a revoked screen is not missed
        signIn.as("admin", () -> screenService.revoke(id, em.find(cn.fuwukuaiche.display.entity.DisplayScreen.class, id).getVersion(),
                "工作台测试结束"));
        assertTrue(screenLine(name).isEmpty());
    }

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ContextService contexts;

    /**
     * A page's request that starts background work with its context (a change telling the screens: BoardPush), reads,
     * and reads again after that work has ended. Payara's copy of the request's invocation for the work shares the
     * request's registry of non-transactional entity managers, and ending the work closes those in it — the one the
     * request's reader opened in between included — so the next read met a closed entity manager and every to-do
     * source said 该项暂不可用 (what CI met after a screen's revoke). Readers now work in a transaction of their own
     * (HallBoundary), whose entity manager no such registry holds.
     */
    @Test
    void the_workbench_still_answers_after_background_work_of_the_same_request_has_ended() {
        assertFalse(todosOf("admin").isEmpty(), "the workbench before");
        // the work's context is this request's, as when it is submitted; the request's read falls within the work's
        // life (here: inside it, on this thread, so the order is certain), and the work ends
        Runnable work = contexts.createContextualProxy((Runnable) () -> assertFalse(todosOf("admin").isEmpty()), Runnable.class);
        work.run();
        assertFalse(todosOf("admin").isEmpty(), "the workbench after the work has ended");
        assertFalse(todosOf("secretary").isEmpty(), "and for another viewer on the same request");
    }

    java.util.Optional<Todo> screenLine(String screenName) {
        return todosOf("admin").stream().filter(t -> t.area().equals("大屏") && t.what().contains(screenName)).findFirst();
    }

    void setScreenTimes(long id, java.time.LocalDateTime created, java.time.LocalDateTime lastSeen) throws Exception {
        tx.begin();
        if (lastSeen == null) {
            em.createNativeQuery("update display_screen set created_at = ?, last_seen_at = null where id = ?")
                    .setParameter(1, created).setParameter(2, id).executeUpdate();
        } else {
            em.createNativeQuery("update display_screen set created_at = ?, last_seen_at = ? where id = ?")
                    .setParameter(1, created).setParameter(2, lastSeen).setParameter(3, id).executeUpdate();
        }
        tx.commit();
    }

    java.time.LocalDateTime lastSeen(long id) {
        return read(() -> em.createQuery("select s.lastSeenAt from DisplayScreen s where s.id = :id", java.time.LocalDateTime.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    void a_submitted_sheet_tells_the_branchs_secretaries_and_puts_it_on_their_workbench() throws Exception {
        long window = account("staff").getWindowId();
        MonthlyAssessment sheet = read(() -> em.createQuery("select m from MonthlyAssessment m where m.window.id = :w "
                        + "and m.subjectKind = cn.fuwukuaiche.evaluation.entity.AssessmentSubject.WINDOW and m.status in :s order by m.id",
                MonthlyAssessment.class).setParameter("w", window)
                .setParameter("s", List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.RETURNED)).setMaxResults(1).getResultList())
                .stream().findFirst().orElseThrow();
        if (sheet.getStatus() == AssessmentStatus.SUBMITTED) {
            // returned earlier (set directly: a test method signs in one account, and this one is the staff member's)
            tx.begin();
            em.createQuery("update MonthlyAssessment m set m.status = :r where m.id = :id")
                    .setParameter("r", AssessmentStatus.RETURNED).setParameter("id", sheet.getId()).executeUpdate();
            tx.commit();
        }
        String route = "evaluation/sheet/" + sheet.getId();
        assertTrue(todosOf("secretary").stream().noneMatch(t -> t.route().equals(route)), "returned: not the secretary's to review");
        long secretaryBefore = countOf("secretary");
        long otherBefore = countOf("secretary2");
        long version = read(() -> em.find(MonthlyAssessment.class, sheet.getId()).getVersion());
        signIn.as("staff", () -> assessmentService.submit(sheet.getId(), version));
        assertEquals(secretaryBefore + 1, countOf("secretary"), "the branch's secretary is told");
        assertEquals(otherBefore, countOf("secretary2"), "another branch's secretary is not");
        Todo review = todosOf("secretary").stream().filter(t -> t.route().equals(route)).findFirst().orElseThrow();
        // December's sheets are reviewed in January, a year the demo calendar does not know: no light rather than a guess
        assertTrue(review.what().startsWith("审核") && (review.deadline() != null || review.light() == Todo.Light.NONE), review.toString());
    }

    @Test
    void a_case_handed_up_tells_the_agents_of_the_node_above_and_becomes_their_to_do() throws Exception {
        long village = account("agent").getNodeId();
        long town = account("agent.town").getNodeId();
        long caseId = net.caseAt("T01V01", "T01V01", "最低生活保障申请", cn.fuwukuaiche.network.entity.CaseState.ACCEPTED, "636363");
        var c = read(() -> em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, caseId));
        assertEquals(village, (long) c.getCurrentNode().getId(), "a case of its own at the agent's village");
        String route = "network/cases/view/" + c.getId();
        assertTrue(todosOf("agent").stream().anyMatch(t -> t.route().equals(route)), "the village agent's case first");
        long townBefore = countOf("agent.town");
        long countyBefore = countOf("agent.county");
        signIn.as("agent", () -> cases.handUp(c.getId(), c.getVersion(), "工作台测试：需乡镇审核"));
        assertEquals(townBefore + 1, countOf("agent.town"), "the town's agent is told");
        assertEquals(countyBefore, countOf("agent.county"), "the county's agent is not");
        assertTrue(todosOf("agent.town").stream().anyMatch(t -> t.route().equals(route)), "the town agent's to-do now");
        assertTrue(todosOf("agent").stream().noneMatch(t -> t.route().equals(route)), "no longer the village agent's");
        assertEquals(town, (long) read(() -> em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, c.getId()).getCurrentNode().getId()));
    }

    @Test
    void an_account_locked_by_wrong_passwords_tells_the_admins_and_a_reset_takes_it_off_their_workbench() throws Exception {
        String name = "it.wb" + System.nanoTime() % 100000;
        signIn.as("admin", () -> users.create(new cn.fuwukuaiche.security.control.UserService.UserForm(name, "工作台锁定测试",
                java.util.EnumSet.of(cn.fuwukuaiche.security.entity.Role.LEADER), true, null, null, null)));
        long adminBefore = countOf("admin");
        long leaderBefore = countOf("leader");
        for (int i = 0; i < 5; i++) {
            logins.attempt(name, "wrong");
        }
        assertEquals(adminBefore + 1, countOf("admin"), "the administrators are told once");
        assertEquals(leaderBefore, countOf("leader"));
        assertTrue(todosOf("admin").stream().anyMatch(t -> t.area().equals("账号安全") && t.what().contains(name)));
        long id = account(name).getId();
        signIn.as("admin", () -> users.resetPassword(id, "工作台测试：本人来电核实"));
        assertTrue(todosOf("admin").stream().noneMatch(t -> t.what().contains(name)), "reset: off the list");
    }

    @Test
    void a_public_objection_tells_the_leaders_and_is_on_their_workbench_until_the_notice_closes() throws Exception {
        var notice = read(() -> em.createQuery("select n from PublicNotice n where n.status = :open and n.closesOn >= :today "
                        + "order by n.id", cn.fuwukuaiche.honour.entity.PublicNotice.class)
                .setParameter("open", cn.fuwukuaiche.honour.entity.NoticeStatus.OPEN).setParameter("today", Times.today())
                .setMaxResults(1).getResultList()).stream().findFirst().orElseThrow();
        List<String> leaders = read(() -> em.createQuery("select u.username from UserAccount u join u.roles r "
                + "where r = cn.fuwukuaiche.security.entity.Role.LEADER and u.active = true", String.class).getResultList());
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        leaders.forEach(l -> before.put(l, countOf(l)));
        long adminBefore = countOf("admin");
        String objector = "孙工作台" + (char) ('甲' + (int) (System.nanoTime() % 10));
        honourNotices.object("198.51.100." + (System.nanoTime() % 200 + 1), notice.getId(),
                cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, objector, null, "13912340001", "工作台测试：公示对象与事实不符");
        for (String l : leaders) {
            assertEquals(before.get(l) + 1, countOf(l), l + " is told");
        }
        assertEquals(adminBefore, countOf("admin"));
        Todo t = todosOf("leader").stream().filter(x -> x.what().contains(objector)).findFirst().orElseThrow();
        assertEquals(notice.getClosesOn(), t.deadline());
        assertEquals("honour/notices", t.route());
    }

    long countOf(String username) {
        return read(() -> em.createQuery("select count(n) from Notification n where n.recipient = :u and n.readAt is null", Long.class)
                .setParameter("u", username).getSingleResult());
    }
}
