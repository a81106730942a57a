package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.evaluation.entity.AppealStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.RectificationStatus;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 评价's to-dos, by role and scope: STAFF his window's sheets to fill or returned, last month's window sheet not
 * opened yet, his window's 差评 call-backs and fixes; SECRETARY his branch's sheets to review, its open
 * rectifications with their lights and its pending appeals (to follow up with the leader); LEADER the sheets to
 * confirm per month, the last month's ranking to confirm and the appeals to decide. Three grouped queries.
 */
@HallBound
@ApplicationScoped
public class EvaluationTodoProvider implements TodoSource {

    static final String SHEETS = "月度考评";
    static final String RECTIFY = "差评整改";
    static final String APPEALS = "差评申诉";
    static final String RANKING = "月度排名";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        boolean leader = viewer.has(Role.Names.LEADER);
        boolean secretary = viewer.has(Role.Names.SECRETARY);
        boolean staff = viewer.has(Role.Names.STAFF);
        if (!leader && !secretary && !staff) {
            return List.of();
        }
        WorkViewer.Scope me = viewer.account().orElse(null);
        if (me == null) {
            return List.of();
        }
        Set<Long> branchWindows = new HashSet<>();
        if (secretary && me.branchId() != null) {
            org.windowsOfBranch(me.branchId()).stream().map(ServiceWindow::getId).forEach(branchWindows::add);
        }
        Long myWindow = staff ? me.windowId() : null;
        Set<Long> scope = new HashSet<>(branchWindows);
        if (myWindow != null) {
            scope.add(myWindow);
        }
        if (!leader && scope.isEmpty()) {
            return List.of();
        }
        WorkCalendar cal = calendars.current();
        List<Todo> out = new ArrayList<>();
        sheets(out, leader, branchWindows, myWindow, scope, today, cal);
        rectifications(out, leader, branchWindows, myWindow, scope, today, cal);
        return out;
    }

    private void sheets(List<Todo> out, boolean leader, Set<Long> branchWindows, Long myWindow, Set<Long> scope,
                        LocalDate today, WorkCalendar cal) {
        int lastMonth = ym(YearMonth.from(today).minusMonths(1));
        var q = em.createQuery("select m.id, m.periodYm, m.subjectKind, m.status, w.id, w.windowNo, s.name, m.returnReason, m.reviewedAt "
                + "from MonthlyAssessment m join m.window w left join m.staff s where (m.status <> :confirmed or m.periodYm = :last)"
                + (leader ? "" : " and w.id in :scope"), Object[].class)
                .setParameter("confirmed", AssessmentStatus.CONFIRMED).setParameter("last", lastMonth);
        if (!leader) {
            q.setParameter("scope", scope);
        }
        Map<Integer, Integer> toConfirm = new LinkedHashMap<>();
        boolean myWindowSheetLastMonth = false;
        for (Object[] r : q.getResultList()) {
            long id = (Long) r[0];
            int period = (Integer) r[1];
            AssessmentSubject kind = (AssessmentSubject) r[2];
            AssessmentStatus status = (AssessmentStatus) r[3];
            long windowId = (Long) r[4];
            String subject = kind == AssessmentSubject.STAFF && r[6] != null ? (String) r[6] : r[5] + " 窗口";
            if (myWindow != null && windowId == myWindow && kind == AssessmentSubject.WINDOW && period == lastMonth) {
                myWindowSheetLastMonth = true;
            }
            EvaluationTodoRules.Step step = EvaluationTodoRules.step(status);
            if (step == null) {
                continue;
            }
            LocalDate due = status == AssessmentStatus.RETURNED
                    ? EvaluationTodoRules.returnedDue(period, r[8] == null ? null : ((java.time.LocalDateTime) r[8]).toLocalDate(), cal)
                    : EvaluationTodoRules.due(period, step, cal);
            Todo.Light light = TodoLights.of(today, due, EvaluationTodoRules.YELLOW_WORKING_DAYS, cal);
            String month = EvaluationTodoRules.monthLabel(period);
            if (step == EvaluationTodoRules.Step.FILL && myWindow != null && windowId == myWindow) {
                out.add(new Todo(SHEETS, status == AssessmentStatus.RETURNED
                        ? "修改被退回的" + month + kind.label() + "考评表" + (r[7] == null ? "" : "（" + r[7] + "）")
                        : "填报并提交" + month + kind.label() + "考评表", subject, due, light, "evaluation/sheet/" + id));
            } else if (step == EvaluationTodoRules.Step.REVIEW && branchWindows.contains(windowId)) {
                out.add(new Todo(SHEETS, "审核" + month + kind.label() + "考评表", subject, due, light, "evaluation/sheet/" + id));
            } else if (step == EvaluationTodoRules.Step.CONFIRM && leader) {
                toConfirm.merge(period, 1, Integer::sum);
            }
        }
        toConfirm.forEach((period, n) -> {
            LocalDate due = EvaluationTodoRules.due(period, EvaluationTodoRules.Step.CONFIRM, cal);
            out.add(new Todo(SHEETS, "确认" + EvaluationTodoRules.monthLabel(period) + "已审核的 " + n + " 张考评表", "",
                    due, TodoLights.of(today, due, EvaluationTodoRules.YELLOW_WORKING_DAYS, cal), "evaluation/assessments"));
        });
        if (myWindow != null && !myWindowSheetLastMonth) {
            LocalDate due = EvaluationTodoRules.due(lastMonth, EvaluationTodoRules.Step.FILL, cal);
            out.add(new Todo(SHEETS, "新建并填报" + EvaluationTodoRules.monthLabel(lastMonth) + "窗口考评表", "", due,
                    TodoLights.of(today, due, EvaluationTodoRules.YELLOW_WORKING_DAYS, cal), "evaluation/assessments"));
        }
        if (leader) {
            Long confirmed = em.createQuery("select count(s) from RankingSnapshot s where s.periodYm = :ym "
                    + "and s.subjectKind = :kind", Long.class).setParameter("ym", lastMonth)
                    .setParameter("kind", AssessmentSubject.WINDOW).getSingleResult();
            if (confirmed == 0) {
                LocalDate due = EvaluationTodoRules.due(lastMonth, EvaluationTodoRules.Step.CONFIRM, cal);
                out.add(new Todo(RANKING, "确认" + EvaluationTodoRules.monthLabel(lastMonth) + "窗口排名", "", due,
                        TodoLights.of(today, due, EvaluationTodoRules.YELLOW_WORKING_DAYS, cal), "evaluation/ranking"));
            }
        }
    }

    private void rectifications(List<Todo> out, boolean leader, Set<Long> branchWindows, Long myWindow, Set<Long> scope,
                                LocalDate today, WorkCalendar cal) {
        int yellow = RatingSettingsService.current(em).getYellowWorkingDays();
        if (myWindow != null || !branchWindows.isEmpty()) {
            List<Object[]> rows = em.createQuery("select r.id, r.status, r.callbackDue, r.fixDue, w.id, w.windowNo, s.name "
                            + "from Rectification r join r.window w join r.rating rt left join rt.staff s "
                            + "where r.status in :open and w.id in :scope", Object[].class)
                    .setParameter("open", List.of(RectificationStatus.WAITING_CALLBACK, RectificationStatus.FIXING))
                    .setParameter("scope", scope).getResultList();
            for (Object[] r : rows) {
                RectificationStatus status = (RectificationStatus) r[1];
                boolean callback = status == RectificationStatus.WAITING_CALLBACK;
                LocalDate due = (LocalDate) (callback ? r[2] : r[3]);
                String whose = r[5] + " 窗口" + (r[6] == null ? "" : "（" + r[6] + "）");
                long windowId = (Long) r[4];
                String what = callback ? "回访差评评价人（1 个工作日内）" : "完成差评整改并上传佐证";
                if (myWindow == null || windowId != myWindow) {
                    what = "督促" + (callback ? "差评回访" : "差评整改");
                }
                out.add(new Todo(RECTIFY, what, whose, due, TodoLights.of(today, due, yellow, cal), "rectifications"));
            }
        }
        if (leader || !branchWindows.isEmpty()) {
            var q = em.createQuery("select a.id, a.appealedAt, w.windowNo from RatingAppeal a join a.window w "
                    + "where a.status = :pending" + (leader ? "" : " and w.id in :scope"), Object[].class)
                    .setParameter("pending", AppealStatus.PENDING);
            if (!leader) {
                q.setParameter("scope", branchWindows);
            }
            for (Object[] r : q.getResultList()) {
                LocalDate appealed = ((java.time.LocalDateTime) r[1]).toLocalDate();
                LocalDate due = TodoLights.plusWorkingDays(appealed, EvaluationTodoRules.APPEAL_WORKING_DAYS, cal);
                out.add(new Todo(APPEALS, leader ? "裁定差评申诉" : "核实差评申诉并报总支", r[2] + " 窗口", due,
                        TodoLights.of(today, due, yellow, cal), "rectifications"));
            }
        }
    }

    private static int ym(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }
}
