package cn.fuwukuaiche.it;

import cn.fuwukuaiche.org.control.WindowService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of the service network (cases, parallel approval, nodes) and the input normaliser. Part of
 * {@link ServicesIT}, the one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy,
 * so JUnit runs every area's tests in that deployment, and a test may use what the classes above it declare. Run
 * them with {@code -Dit.test=ServicesIT}.
 */
abstract class NetworkServicesIT extends OrgServicesIT {

    // ---- network ----------------------------------------------------------------------------

    @Inject
    cn.fuwukuaiche.network.control.CaseService cases;

    @Inject
    cn.fuwukuaiche.network.control.CaseLookupService caseLookup;

    @Inject
    cn.fuwukuaiche.network.control.ApprovalService approvals;

    @Inject
    cn.fuwukuaiche.network.control.DeemedAgreement deemedAgreement;

    @Inject
    cn.fuwukuaiche.network.control.NodeService networkNodes;

    @Inject
    cn.fuwukuaiche.network.control.NetworkReportService networkReports;

    @Inject
    cn.fuwukuaiche.network.control.NetworkSettingsService networkSettings;

    @Inject
    cn.fuwukuaiche.it.incontainer.NetworkFixtures net;

    @Inject
    cn.fuwukuaiche.it.incontainer.NetworkEvents networkEvents;

    @Test
    void network_a_village_agent_accepts_a_case_on_a_working_day_deadline_and_hands_it_up() throws Exception {
        var item = net.item("残疾人证申领"); // accepted in villages, handled only at the county
        var receipt = signIn.as("agent", () -> cases.create(new cn.fuwukuaiche.network.control.CaseService.CaseForm(item.getId(),
                "王小明", "13700001111", "行动不便，委托代办", java.util.Set.copyOf(item.materialList()))));
        assertEquals(cn.fuwukuaiche.network.entity.CaseState.ACCEPTED, receipt.state());
        assertTrue(receipt.queryCode().matches("\\d{6}"), receipt.queryCode());
        var cal = calendars.current();
        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        assertEquals(cal.plusWorkingDays(today, item.getPromisedDays()), receipt.deadline());
        var c = em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, receipt.caseId());
        assertEquals(cal.plusWorkingDays(today, 3), c.getHandUpBy(), "a village must hand it up within 3 working days");
        assertEquals("T01V01", c.getOriginNode().getCode());

        // the village may not handle it, and a hand-up needs a reason
        BusinessException cannot = assertThrows(BusinessException.class, () -> signIn.as("agent", () -> cases.handle(c.getId(), c.getVersion(), "办好了")));
        assertEquals("「残疾人证申领」不能在村级办理，请上交上级网点", cannot.getMessage());
        assertEquals("reason", assertThrows(BusinessException.class,
                () -> signIn.as("agent", () -> cases.handUp(c.getId(), c.getVersion(), " "))).field());

        var up = signIn.as("agent", () -> cases.handUp(c.getId(), c.getVersion(), "村级无办理权限"));
        assertEquals("T01", up.getCurrentNode().getCode());
        assertEquals(cal.plusWorkingDays(today, 3), up.getHandUpBy(), "the township cannot handle it either: its own limit");
        List<String> steps = em.createQuery("select s.step from CaseStepRecord s where s.serviceCase.id = :id order by s.id", Object.class)
                .setParameter("id", c.getId()).getResultList().stream().map(String::valueOf).toList();
        assertEquals(List.of("ENTRUST", "ACCEPT", "HAND_UP"), steps);
        List<AuditEntry> audit = em.createQuery("select a from AuditEntry a where a.entityType = '代办件' and a.entityId = :id order by a.id",
                AuditEntry.class).setParameter("id", String.valueOf(c.getId())).getResultList();
        assertEquals(2, audit.size(), "created and handed up");
        assertTrue(audit.get(1).getSummary().startsWith("上交代办件"), audit.get(1).getSummary());
        assertEquals("村级无办理权限", audit.get(1).getReason());
        assertEquals("agent", audit.get(1).getActor());
        assertFalse(String.valueOf(audit.get(0).getChanges()).contains("王小明"), "no applicant name in the audit trail");
    }

    @Test
    void network_the_township_agent_handles_a_case_from_its_inbox_and_it_returns_to_the_village() throws Exception {
        long id = net.caseAt("T01V01", "T01", "最低生活保障申请", cn.fuwukuaiche.network.entity.CaseState.ACCEPTED, "111111");
        var inbox = signIn.as("agent.town", () -> cases.inbox());
        assertTrue(inbox.stream().anyMatch(r -> r.serviceCase().getId() == id), "the handed-up case is in the township inbox");
        long version = em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, id).getVersion();
        var handled = signIn.as("agent.town", () -> cases.handle(id, version, "经审核符合条件"));
        assertEquals(cn.fuwukuaiche.network.entity.CaseState.HANDLED, handled.getState());
        assertEquals("T01", handled.getHandledNode().getCode());
        assertEquals("T01V01", handled.getCurrentNode().getCode(), "back at the village for delivery");
        assertNull(handled.getHandUpBy());
        assertFalse(signIn.as("agent.town", () -> cases.inbox()).stream().anyMatch(r -> r.serviceCase().getId() == id));
        // the township can still see it (it passed through), but no longer act on it
        var again = signIn.as("agent.town", () -> cases.get(id));
        assertFalse(signIn.as("agent.town", () -> cases.canAct(again)));
    }

    @Test
    void network_an_agent_of_another_node_can_neither_see_nor_act_on_a_case() throws Exception {
        long id = net.caseAt("T01V01", "T01V01", "政策法规咨询", cn.fuwukuaiche.network.entity.CaseState.ACCEPTED, "222222");
        long version = em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, id).getVersion();
        assertThrows(BusinessException.class, () -> signIn.as("agent.t02", () -> cases.get(id)));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> signIn.as("agent.t02", () -> cases.handle(id, version, "越权办理")));
        assertTrue(refused.getMessage().contains("只有该网点的代办员可以办理"), refused.getMessage());
        assertFalse(signIn.as("agent.t02", () -> cases.list(cn.fuwukuaiche.network.control.CaseService.CaseFilter.all())).stream()
                .anyMatch(r -> r.serviceCase().getId() == id));
        assertThrows(EJBAccessException.class, () -> signIn.as("agent.t02", () -> approvals.board()));
    }

    @Test
    void network_leaders_see_all_cases_and_the_overdue_list_but_take_no_steps() throws Exception {
        var all = signIn.as("leader", () -> cases.list(cn.fuwukuaiche.network.control.CaseService.CaseFilter.all()));
        assertTrue(all.size() > 200, "the demo county's cases: " + all.size());
        assertTrue(all.stream().map(r -> r.serviceCase().getOriginNode().getCode()).distinct().count() > 20);
        var overdue = signIn.as("leader", () -> cases.overdue(false));
        assertFalse(overdue.isEmpty(), "the demo has overdue cases");
        assertTrue(overdue.stream().allMatch(r -> r.light() == cn.fuwukuaiche.calendar.DeadlineLight.RED));
        long id = all.get(0).serviceCase().getId();
        assertThrows(EJBAccessException.class, () -> signIn.as("leader", () -> cases.handUp(id, 0, "领导代办")));
        var stats = signIn.as("leader", () -> networkReports.statistics(cn.fuwukuaiche.base.time.Times.today().minusMonths(6),
                cn.fuwukuaiche.base.time.Times.today()));
        double shares = stats.levels().stream().mapToDouble(l -> l.shareOfHandled()).sum();
        assertEquals(1.0, shares, 1e-9, "the three levels' shares of handled cases add up");
        assertTrue(stats.level(cn.fuwukuaiche.network.entity.NodeLevel.VILLAGE).figures().handled() > 0);
        assertTrue(stats.total().handedUp() > 0);
    }

    @Test
    void network_the_follow_up_records_satisfaction_and_fires_the_rating_event() throws Exception {
        long id = net.caseAt("T01V01", "C00", "残疾人证申领", cn.fuwukuaiche.network.entity.CaseState.REPORTED, "333333");
        long version = read(() -> em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, id).getVersion());
        assertEquals("satisfaction", assertThrows(BusinessException.class,
                () -> signIn.as("agent", () -> cases.followUp(id, version, null, null))).field());
        int before = networkEvents.followedUp().size();
        var c = signIn.as("agent", () -> cases.followUp(id, version,
                cn.fuwukuaiche.base.rating.RatingLevel.VERY_SATISFIED, "电话回访，非常满意"));
        assertEquals(cn.fuwukuaiche.network.entity.CaseState.FOLLOWED_UP, c.getState());
        assertEquals(cn.fuwukuaiche.base.rating.RatingLevel.VERY_SATISFIED, c.getSatisfaction());
        var event = networkEvents.followedUp().get(before);
        assertEquals(id, event.caseId());
        assertEquals(net.node("C00").getId(), event.nodeId(), "the node whose service is rated: the county that handled it");
        assertEquals(net.item("残疾人证申领").getWindow().getId(), event.windowId(), "the item's window at the hall");
        assertEquals(cn.fuwukuaiche.base.rating.RatingLevel.VERY_SATISFIED, event.level());

        // and the evaluation side keeps it as a 好差评 rating of that window, once
        // in a transaction of its own (ServicesITBase.read): a bare read here met a closed entity manager now and then
        List<Rating> kept = read(() -> em.createQuery("select r from Rating r join fetch r.window where r.caseId = :id", Rating.class)
                .setParameter("id", id).getResultList());
        assertEquals(1, kept.size());
        assertEquals(RatingChannel.FOLLOW_UP, kept.get(0).getChannel());
        assertEquals(event.windowId(), kept.get(0).getWindow().getId());
        assertEquals(cn.fuwukuaiche.base.rating.RatingLevel.VERY_SATISFIED, kept.get(0).getLevel());
    }

    @Test
    void network_the_public_lookup_answers_wrong_pairs_alike_and_limits_attempts() {
        long id = net.caseAt("T01V01", "T01", "最低生活保障申请", cn.fuwukuaiche.network.entity.CaseState.ACCEPTED, "454545");
        String number = em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, id).getCaseNumber();
        var found = caseLookup.lookup("10.9.0.1", number.toLowerCase(), " 454545 ");
        assertEquals(cn.fuwukuaiche.network.control.CaseLookupService.Outcome.FOUND, found.outcome());
        assertEquals(List.of("委托", "受理", "上交"), found.found().steps().stream().map(s -> s.step()).toList());
        assertEquals("青石镇便民服务站", found.found().steps().get(2).toNode());
        assertFalse(found.found().toString().contains("测试申请人") || found.found().toString().contains("13800000000"),
                "nothing private in the public answer");
        var wrongCode = caseLookup.lookup("10.9.0.1", number, "000000");
        var wrongNumber = caseLookup.lookup("10.9.0.1", "DB000000000000", "454545");
        assertEquals(cn.fuwukuaiche.network.control.CaseLookupService.Outcome.NOT_FOUND, wrongCode.outcome());
        assertEquals(wrongCode, wrongNumber, "the same answer whatever was wrong");
        for (int i = 0; i < 7; i++) {
            caseLookup.lookup("10.9.0.1", number, "000000");
        }
        var limited = caseLookup.lookup("10.9.0.1", number, "454545");
        assertEquals(cn.fuwukuaiche.network.control.CaseLookupService.Outcome.RATE_LIMITED, limited.outcome(), "the 11th attempt in 10 minutes");
        assertEquals(cn.fuwukuaiche.network.control.CaseLookupService.Outcome.FOUND,
                caseLookup.lookup("10.9.0.2", number, "454545").outcome(), "another address is not affected");
    }

    @Test
    void network_a_window_past_its_deadline_is_deemed_to_agree_and_the_record_says_so() {
        // the demo project under review: 交通 (D04) let its deadline pass; the startup run recorded it
        var demoTask = em.createQuery("select t from ApprovalTask t where t.approval.projectNumber like 'BL%-0002' and t.window.windowNo = 'D04'",
                cn.fuwukuaiche.network.entity.ApprovalTask.class).getSingleResult();
        assertEquals(cn.fuwukuaiche.network.entity.TaskAnswer.DEEMED_AGREE, demoTask.getAnswer());
        assertTrue(demoTask.isDeemed());
        assertEquals("系统", demoTask.getAnsweredBy());

        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        long id = net.projectInReview("F01", new Object[] {"E04", today.minusDays(1), null}, new Object[] {"F03", today, null});
        assertEquals(1, deemedAgreement.recordDue(id), "only the task past its deadline; the deadline day still belongs to the window");
        var late = net.task(id, "E04");
        assertTrue(late.isDeemed());
        assertEquals(cn.fuwukuaiche.network.entity.TaskAnswer.DEEMED_AGREE, late.getAnswer());
        assertNull(net.task(id, "F03").getAnswer());
        AuditEntry line = em.createQuery("select a from AuditEntry a where a.entityType = '并联审批任务' and a.entityId = :id", AuditEntry.class)
                .setParameter("id", String.valueOf(late.getId())).getSingleResult();
        assertEquals(AuditAction.DECISION, line.getAction());
        assertEquals("系统", line.getActor());
        assertTrue(line.getSummary().startsWith("超时视为同意"), line.getSummary());
        assertEquals(0, deemedAgreement.recordDue(id), "recorded once");
    }

    @Test
    void network_a_related_window_answers_only_its_own_task_and_only_in_time() throws Exception {
        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        long id = net.projectInReview("F01", new Object[] {"E04", today.plusDays(3), null}, new Object[] {"E05", today.plusDays(3), null});
        long other = net.projectInReview("F01", new Object[] {"E04", today.minusDays(1), null});
        var own = net.task(id, "E04");
        var foreign = net.task(id, "E05");
        var tooLate = net.task(other, "E04");
        BusinessException notMine = assertThrows(BusinessException.class, () -> signIn.as("staff.e04",
                () -> approvals.answer(foreign.getId(), foreign.getVersion(), cn.fuwukuaiche.network.entity.TaskAnswer.AGREE, null)));
        assertTrue(notMine.getMessage().contains("您不能代为答复"), notMine.getMessage());
        assertEquals("comment", assertThrows(BusinessException.class, () -> signIn.as("staff.e04",
                () -> approvals.answer(own.getId(), own.getVersion(), cn.fuwukuaiche.network.entity.TaskAnswer.REJECT, " "))).field());
        BusinessException late = assertThrows(BusinessException.class, () -> signIn.as("staff.e04",
                () -> approvals.answer(tooLate.getId(), tooLate.getVersion(), cn.fuwukuaiche.network.entity.TaskAnswer.REJECT, "不同意")));
        assertTrue(late.getMessage().contains("视为同意"), late.getMessage());
        var answered = signIn.as("staff.e04", () -> approvals.answer(own.getId(), own.getVersion(),
                cn.fuwukuaiche.network.entity.TaskAnswer.AGREE, "符合规划"));
        assertEquals(cn.fuwukuaiche.network.entity.TaskAnswer.AGREE, answered.getAnswer());
        assertFalse(answered.isDeemed());
        assertEquals("staff.e04", answered.getAnsweredBy());
        assertThrows(EJBAccessException.class, () -> signIn.as("staff.e04", () -> cases.inbox()));
    }

    @Test
    void network_the_lead_window_finishes_once_every_department_is_settled() throws Exception {
        java.time.LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        long open = net.projectInReview("F01", new Object[] {"E04", today.plusDays(2), null});
        long ready = net.projectInReview("F01", new Object[] {"E04", today.plusDays(2), cn.fuwukuaiche.network.entity.TaskAnswer.AGREE},
                new Object[] {"D04", today.minusDays(2), null});
        var openProject = em.find(cn.fuwukuaiche.network.entity.ParallelApproval.class, open);
        BusinessException notYet = assertThrows(BusinessException.class,
                () -> signIn.as("staff.f01", () -> approvals.finish(open, openProject.getVersion(), null)));
        assertTrue(notYet.getMessage().contains("还有部门未答复"), notYet.getMessage());
        var view = signIn.as("staff.f01", () -> approvals.get(ready));
        assertTrue(view.tasks().stream().anyMatch(t -> t.deemed() && t.task().isDeemed()), "recorded on read");
        var done = signIn.as("staff.f01", () -> approvals.finish(ready, view.project().getVersion(), "联合批复"));
        assertEquals(cn.fuwukuaiche.network.entity.ApprovalState.FINISHED, done.getState());
        assertEquals(cn.fuwukuaiche.network.entity.ApprovalResult.APPROVED, done.getResult());
    }

    @Test
    void network_with_deemed_agreement_off_a_late_window_still_owes_its_answer() throws Exception {
        var s = net.settings();
        signIn.as("admin", () -> networkSettings.update(s.getVersion(),
                new cn.fuwukuaiche.network.control.NetworkSettingsService.SettingsForm(s.getCaseYellowDays(), s.getApprovalYellowDays(),
                        s.getHandUpDays(), false), "测试：关闭超时默认同意"));
        try {
            long id = net.projectInReview("F01", new Object[] {"E04", cn.fuwukuaiche.base.time.Times.today().minusDays(1), null});
            assertEquals(0, deemedAgreement.recordDue(id));
            var view = signIn.as("admin", () -> approvals.get(id));
            var task = view.tasks().get(0);
            assertNull(task.effective(), "still owed");
            assertEquals(cn.fuwukuaiche.calendar.DeadlineLight.RED, task.light());
            assertTrue(view.ready().isEmpty());
        } finally {
            var now = net.settings();
            signIn.as("admin", () -> networkSettings.update(now.getVersion(),
                    new cn.fuwukuaiche.network.control.NetworkSettingsService.SettingsForm(now.getCaseYellowDays(), now.getApprovalYellowDays(),
                            now.getHandUpDays(), true), "测试结束：恢复"));
        }
        assertTrue(net.settings().isDeemedAgree());
    }

    @Test
    void network_nodes_import_from_excel_all_or_nothing() throws Exception {
        List<List<Object>> good = List.of(
                List.of("T99", "测试乡便民服务站", "乡镇级", "C00", "测试乡政府", "0734-8000000", "周一至周五", "正常开放"),
                List.of("T99V01", "测试乡一村民生服务室", "村", "T99", "", "", "", ""));
        var result = signIn.as("admin", () -> networkNodes.importSheet(sheet(good)));
        assertEquals(2, result.created());
        assertEquals("T99", net.node("T99V01").getParent().getCode());
        List<List<Object>> bad = List.of(
                List.of("T98", "另一测试乡便民服务站", "乡镇级", "C00", "", "", "", ""),
                List.of("T98V01", "挂错上级的村", "村级", "C00", "", "", "", ""));
        BusinessException refused = assertThrows(BusinessException.class, () -> signIn.as("admin", () -> networkNodes.importSheet(sheet(bad))));
        assertTrue(refused.getMessage().startsWith("第 3 行：") && refused.getMessage().contains("上级须是乡镇级"), refused.getMessage());
        assertEquals(0L, em.createQuery("select count(n) from ServiceNode n where n.code = 'T98'", Long.class).getSingleResult(),
                "nothing of a refused sheet is kept");
    }

    @Inject
    cn.fuwukuaiche.security.control.ScopeDirectory scopeDirectory;

    @Test
    void network_the_user_form_offers_the_real_nodes_and_the_demo_agents_are_bound() {
        var nodes = scopeDirectory.nodes();
        assertTrue(nodes.size() >= 69, "county, 8 townships, 60 villages: " + nodes.size());
        assertEquals("青山县政务服务中心（县级）", nodes.get(0).label());
        UserAccount agent = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "agent").getSingleResult();
        assertEquals(net.node("T01V01").getId(), agent.getNodeId());
        UserAccount town = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "agent.town").getSingleResult();
        assertEquals(net.node("T01").getId(), town.getNodeId());
    }

    private static byte[] sheet(List<List<Object>> rows) {
        List<cn.fuwukuaiche.base.export.ExcelExport.Column<List<Object>>> cols = new java.util.ArrayList<>();
        for (int i = 0; i < cn.fuwukuaiche.network.control.NodeService.SHEET_COLUMNS.size(); i++) {
            int c = i;
            cols.add(new cn.fuwukuaiche.base.export.ExcelExport.Column<>(cn.fuwukuaiche.network.control.NodeService.SHEET_COLUMNS.get(i),
                    r -> r.get(c)));
        }
        return cn.fuwukuaiche.base.export.ExcelExport.toBytes("服务网点", cols, rows);
    }

    // ---- the one input normaliser in the services (issue 12) ------------------------------------------------

    @Test
    void input_line_breaks_are_refused_in_window_and_node_names() throws Exception {
        ServiceWindow w = em.createQuery("select w from ServiceWindow w where w.active = true order by w.windowNo", ServiceWindow.class)
                .setMaxResults(1).getSingleResult();
        BusinessException window = assertThrows(BusinessException.class, () -> signIn.as("admin", () -> windowService.saveWindow(w.getId(),
                w.getVersion(), new WindowService.WindowForm(w.getWindowNo(), "综合\n受理", w.getUnit().getId(), w.getFloor().getId(),
                        w.getZone() == null ? null : w.getZone().getId(), w.getBusinessScope(), true), "测试换行")));
        assertEquals("name", window.field());
        assertEquals("窗口名称不能包含换行、制表符或其他控制字符", window.getMessage());
        assertEquals(w.getName(), em.find(ServiceWindow.class, w.getId()).getName(), "the name is unchanged");

        var node = em.createQuery("select n from ServiceNode n where n.code = 'T01V01'", cn.fuwukuaiche.network.entity.ServiceNode.class)
                .getSingleResult();
        BusinessException nodeName = assertThrows(BusinessException.class, () -> signIn.as("admin", () -> networkNodes.update(node.getId(),
                node.getVersion(), new cn.fuwukuaiche.network.control.NodeService.NodeForm(node.getCode(), node.getName() + "\r\n二组",
                        node.getLevel(), node.getParent().getId(), node.getAddress(), node.getPhone(), node.getOpeningHours(),
                        node.getStatus()), "测试换行")));
        assertEquals("name", nodeName.field());
        assertEquals("网点名称不能包含换行、制表符或其他控制字符", nodeName.getMessage());
    }

    @Test
    void input_a_plus86_phone_on_a_case_is_stored_as_11_digits_and_a_line_break_in_the_applicant_is_refused() throws Exception {
        var item = net.item("残疾人证申领");
        var receipt = signIn.as("agent", () -> cases.create(new cn.fuwukuaiche.network.control.CaseService.CaseForm(item.getId(),
                "赵一鸣", "+86 137 0000 2222", null, java.util.Set.copyOf(item.materialList()))));
        assertEquals("13700002222", em.find(cn.fuwukuaiche.network.entity.ServiceCase.class, receipt.caseId()).getApplicantPhone());
        BusinessException applicant = assertThrows(BusinessException.class, () -> signIn.as("agent", () -> cases.create(
                new cn.fuwukuaiche.network.control.CaseService.CaseForm(item.getId(), "赵\n一鸣", "13700002222", null, java.util.Set.of()))));
        assertEquals("applicantName", applicant.field());
        assertEquals("申请人姓名不能包含换行、制表符或其他控制字符", applicant.getMessage());
    }
}
