package cn.fuwukuaiche.base.work;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkbenchTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final WorkViewer STAFF = new WorkViewer("staff", Set.of("STAFF"));

    static Todo todo(String what, Todo.Light light, String deadline) {
        return new Todo("测试", what, "", deadline == null ? null : LocalDate.parse(deadline), light, "x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case                                  | to-dos (what:light:deadline)                                   | expected order
            "red before yellow before green and none | g:GREEN:2026-12-01,n:NONE:,y:YELLOW:2026-12-20,r:RED:2026-12-30 | r,y,g,n",
            "within a light, the nearest deadline    | b:RED:2026-12-05,a:RED:2026-12-01                               | a,b",
            "no deadline after a deadline            | b:GREEN:,a:GREEN:2027-01-01                                      | a,b",
            "none last even with a date              | n:NONE:2026-01-01,g:GREEN:2027-06-01                             | g,n",
    })
    void sorted_red_yellow_green_none_then_deadline(String name, String todos, String expected) {
        List<Todo> list = new ArrayList<>();
        for (String t : todos.split(",")) {
            String[] p = t.split(":", -1);
            list.add(todo(p[0], Todo.Light.valueOf(p[1]), p[2].isEmpty() ? null : p[2]));
        }
        Workbench.Result r = Workbench.collect(List.of((v, d) -> list), STAFF, TODAY);
        assertEquals(expected, String.join(",", r.todos().stream().map(Todo::what).toList()));
    }

    @Test
    void a_failing_source_is_named_and_the_others_still_answer() {
        TodoSource broken = (v, d) -> {
            throw new IllegalStateException("database gone");
        };
        TodoSource fine = (v, d) -> List.of(todo("ok", Todo.Light.RED, "2026-12-01"));
        Workbench.Result r = Workbench.collect(List.of(broken, fine), STAFF, TODAY);
        assertEquals(List.of("ok"), r.todos().stream().map(Todo::what).toList());
        assertEquals(1, r.unavailable().size());
    }
}
