package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 荣誉's to-dos for the LEADER: last month's 流动红旗 not awarded yet, 公示 objections to decide (due when the notice
 * closes), notices ending (publish the result), this year's 七一 list to compile and approve. Three small queries.
 */
@HallBound
@ApplicationScoped
public class HonourTodoProvider implements TodoSource {

    /** The flag for a month is awarded within this many working days after it (after the ranking is confirmed). */
    static final int FLAG_WORKING_DAYS = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.LEADER)) {
            return List.of();
        }
        WorkCalendar cal = calendars.current();
        List<Todo> out = new ArrayList<>();
        YearMonth last = YearMonth.from(today).minusMonths(1);
        int lastYm = last.getYear() * 100 + last.getMonthValue();
        Long flags = em.createQuery("select count(a) from RedFlagAward a where a.periodYm = :ym", Long.class)
                .setParameter("ym", lastYm).getSingleResult();
        if (flags == 0) {
            LocalDate due = TodoLights.plusWorkingDays(last.atEndOfMonth(), FLAG_WORKING_DAYS, cal);
            out.add(new Todo("流动红旗", "评定" + last.getYear() + "年" + last.getMonthValue() + "月流动红旗", "", due,
                    TodoLights.of(today, due, 2, cal), "honour/flag"));
        }
        List<Object[]> notices = em.createQuery("select n.id, n.honour, n.subjectName, n.closesOn from PublicNotice n "
                + "where n.status = :open", Object[].class).setParameter("open", NoticeStatus.OPEN).getResultList();
        Map<Long, Object[]> byId = new HashMap<>();
        for (Object[] n : notices) {
            byId.put((Long) n[0], n);
            LocalDate closes = (LocalDate) n[3];
            LocalDate due = TodoLights.plusWorkingDays(closes, 1, cal);
            out.add(new Todo("公示", "公示期满后发布结果：" + n[1], (String) n[2], due, TodoLights.of(today, due, 1, cal),
                    "honour/notices"));
        }
        List<Object[]> objections = em.createQuery("select o.noticeId, o.objectorName from NoticeObjection o "
                + "where o.status = :pending", Object[].class).setParameter("pending", ObjectionStatus.PENDING).getResultList();
        for (Object[] o : objections) {
            Object[] n = byId.get((Long) o[0]);
            LocalDate due = n == null ? null : (LocalDate) n[3];
            out.add(new Todo("公示", "核实并裁定异议（" + o[1] + "）" + (n == null ? "" : "：" + n[1]),
                    n == null ? "" : (String) n[2], due, TodoLights.of(today, due, 1, cal), "honour/notices"));
        }
        commendation(out, today, cal);
        return out;
    }

    private void commendation(List<Todo> out, LocalDate today, WorkCalendar cal) {
        if (today.getMonthValue() < 5 || today.getMonthValue() > 6) {
            return;
        }
        List<CommendationStatus> found = em.createQuery("select c.status from Commendation c where c.yearNo = :y",
                CommendationStatus.class).setParameter("y", today.getYear()).getResultList();
        LocalDate due = LocalDate.of(today.getYear(), 6, 30);
        if (found.isEmpty()) {
            out.add(new Todo("七一表彰", "编制" + today.getYear() + "年七一表彰名单", "", due, TodoLights.of(today, due, 5, cal),
                    "commendation"));
        } else if (found.contains(CommendationStatus.DRAFT)) {
            out.add(new Todo("七一表彰", "审批" + today.getYear() + "年七一表彰名单", "", due, TodoLights.of(today, due, 5, cal),
                    "commendation"));
        }
    }
}
