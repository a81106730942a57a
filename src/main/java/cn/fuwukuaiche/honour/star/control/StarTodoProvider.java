package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * LEADER: the last ended star period's proposals awaiting his decision, as one line with their count
 * ({@link StarTodoRules}); the count is kept by {@link StarProposalCount}, so a home page costs one settings read.
 * The secretary has no step in the stars (the rules propose from the reviewed sheets, the leader decides), so he gets
 * no star line; his part is the sheets to review.
 */
@ApplicationScoped
public class StarTodoProvider implements TodoSource {

    @Inject
    StarProposalCounter counter;

    @Inject
    StarProposalCount count;

    @Inject
    WorkCalendarProvider calendars;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        if (!viewer.has(Role.Names.LEADER)) {
            return List.of();
        }
        StarPeriod period = counter.lastEnded(today);
        return StarTodoRules.todo(period, count.pending(period), today, calendars.current()).stream().toList();
    }
}
