package cn.fuwukuaiche.calendar.control;

import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.TodoLights;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;

/**
 * ADMIN: from 1 November, next year's holidays (国务院办公厅's notice) must be entered before any deadline steps into
 * that year; due on 31 December (red after it, yellow from 1 December).
 */
@ApplicationScoped
public class CalendarTodoProvider implements TodoSource {

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.ADMIN)) {
            return List.of();
        }
        return nextYearMissing(today, calendars.current().knowsYear(today.getYear() + 1)).stream().toList();
    }

    /** The rule, plain Java: a to-do from 1 November while next year is unknown. */
    static Optional<Todo> nextYearMissing(LocalDate today, boolean nextYearKnown) {
        if (nextYearKnown || today.getMonthValue() < Month.NOVEMBER.getValue()) {
            return Optional.empty();
        }
        LocalDate due = LocalDate.of(today.getYear(), 12, 31);
        Todo.Light light = today.isAfter(due) ? Todo.Light.RED
                : today.getMonthValue() == 12 ? Todo.Light.YELLOW : Todo.Light.GREEN;
        return Optional.of(new Todo("工作日历", "录入 " + (today.getYear() + 1) + " 年节假日安排", "", due, light,
                "admin/calendar"));
    }
}
