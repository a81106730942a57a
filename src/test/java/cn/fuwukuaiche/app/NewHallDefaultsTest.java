package cn.fuwukuaiche.app;

import cn.fuwukuaiche.honour.star.control.StarDefaults;
import cn.fuwukuaiche.honour.star.entity.StarCriterion;
import cn.fuwukuaiche.partylife.meeting.control.MeetingHallOpening;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hall opened by the super admin starts where the migrations started the first one: the five stars' criteria and the
 * meeting kinds with their cadence that the areas write on {@code HallOpened} are, row for row, those V35 and V70
 * wrote (a changed migration default without the Java one, or the reverse, fails here).
 */
class NewHallDefaultsTest {

    private static Connection c;

    @BeforeAll
    static void migrated() throws SQLException {
        String url = "jdbc:h2:mem:defaults" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        c = DriverManager.getConnection(url, "sa", "sa");
        Flyway.configure(NewHallDefaultsTest.class.getClassLoader()).dataSource(url, "sa", "sa")
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void the_star_criteria_of_a_new_hall_are_the_first_halls() throws SQLException {
        List<String> migrated = rows("select star, grp, metric, comparison, threshold, valid_from, note from star_criterion order by id");
        List<String> opened = new ArrayList<>();
        for (StarCriterion s : StarDefaults.criteria(LocalDateTime.now(), "t")) {
            opened.add(String.join("|", s.getStar().name(), String.valueOf(s.getGroup()), s.getMetric().name(),
                    s.getComparison().name(), s.getThreshold().toPlainString(), s.getValidFrom().toString(), s.getNote()));
        }
        assertEquals(12, migrated.size());
        assertEquals(migrated, opened);
    }

    @Test
    void the_meeting_kinds_and_cadence_of_a_new_hall_are_the_first_halls() throws SQLException {
        List<String> migrated = rows("select k.code, k.name, k.for_central, k.for_joint, k.per_group, k.make_up, k.lecture, "
                + "k.sort_order, m.cadence, m.effective_from, m.reason from meeting_kind k join meeting_cadence m on m.kind_id = k.id "
                + "order by k.sort_order");
        assertEquals(7, migrated.size());
        assertEquals(migrated, MeetingHallOpening.defaultRows());
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    cells.add(v instanceof Boolean b ? b.toString() : v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v));
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }
}
