package cn.fuwukuaiche.base.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects every {@link TodoSource} bean's to-dos for one viewer (the workbench). A source that fails is logged and
 * named in {@link Result#unavailable()}; the others still answer, so one broken area never breaks the home page.
 */
@ApplicationScoped
public class Workbench {

    private static final Logger LOG = Logger.getLogger(Workbench.class.getName());

    /** Red first, then yellow, green, none; within a light the nearest deadline first (none last), then by area. */
    public static final Comparator<Todo> ORDER = Comparator
            .comparingInt((Todo t) -> t.light().ordinal())
            .thenComparing(Todo::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Todo::area)
            .thenComparing(Todo::what);

    @Inject
    Instance<TodoSource> sources;

    /**
     * @param todos       sorted by {@link #ORDER}
     * @param unavailable the class names of the sources that failed (their part shows "该项暂不可用")
     */
    public record Result(List<Todo> todos, List<String> unavailable) {
    }

    public Result todos(WorkViewer viewer, LocalDate today) {
        List<TodoSource> all = new ArrayList<>();
        sources.forEach(all::add);
        return collect(all, viewer, today);
    }

    /** Plain Java, so the failure rule has a unit test. */
    public static Result collect(Iterable<? extends TodoSource> sources, WorkViewer viewer, LocalDate today) {
        List<Todo> todos = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (TodoSource s : sources) {
            try {
                List<Todo> found = s.todos(viewer, today);
                if (found != null) {
                    todos.addAll(found);
                }
            } catch (RuntimeException e) {
                String name = sourceName(s);
                LOG.log(Level.WARNING, "待办来源 " + name + " 出错（用户 " + viewer.username() + "）", e);
                unavailable.add(name);
            }
        }
        todos.sort(ORDER);
        return new Result(List.copyOf(todos), List.copyOf(unavailable));
    }

    /** The bean's own class name (not the CDI proxy's). */
    static String sourceName(TodoSource s) {
        String n = s.getClass().getSimpleName();
        int proxy = n.indexOf('$');
        return proxy > 0 ? n.substring(0, proxy) : n;
    }
}
