package cn.fuwukuaiche.contest.control;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * V62 merges the team tables into the participants' ones: every stored result and judge's score of a database at V61
 * is still there afterwards, named by its subject, and the old tables are gone (H2 in MODE=LEGACY, as the app runs).
 */
class ResultsBySubjectMigrationTest {

    private static String url;
    private static Connection c;

    @BeforeAll
    static void at_v61_with_results_and_scores() throws SQLException {
        url = "jdbc:h2:mem:v62" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        c = DriverManager.getConnection(url, "sa", "sa");
        migrate("61");
        try (Statement st = c.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE"); // staff and windows are not the point here
            for (long id : new long[] {7, 8}) {
                st.execute("insert into contest (id, title, kind, quarter_label, opens_at, closes_at, status, time_limit_minutes, "
                        + "shuffle_per_person, rounds, prize_first, prize_second, prize_third, prize_merit, to_screens, version) values ("
                        + id + ", '竞赛" + id + "', 'OTHER', '2026Q1', '2026-01-05 09:00:00', '2026-01-05 17:00:00', 'PUBLISHED', 30, "
                        + "false, 2, 1, 1, 1, 1, false, 0)");
            }
            st.execute("insert into contest_result (contest_id, staff_id, score, place, tied, prize, detail, version) values "
                    + "(7, 101, 95.50, 1, false, 'FIRST', '答对 19/20', 0), (7, 102, 80.00, 2, true, null, null, 1), "
                    + "(8, 101, 70.00, 1, false, 'MERIT', null, 2)");
            st.execute("insert into contest_team_result (contest_id, window_id, score, place, tied, prize, detail, version) values "
                    + "(7, 5, 88.00, 1, false, 'FIRST', '3 人，3 人参加', 0), (7, 101, 60.00, 2, false, null, null, 0)");
            st.execute("insert into contest_judge_score (contest_id, staff_id, round_no, judge, score, version) values "
                    + "(8, 101, 1, 'leader', 90.00, 0), (8, 101, 1, 'admin', 85.00, 3)");
            st.execute("insert into contest_team_score (contest_id, window_id, round_no, judge, score, version) values "
                    + "(7, 101, 1, 'leader', 77.00, 0), (7, 101, 2, 'leader', 78.50, 1)");
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
        migrate("62");
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    @Test
    void every_result_is_kept_with_its_subject_and_the_team_and_participant_of_the_same_id_stay_apart() throws SQLException {
        assertEquals(List.of(
                "7 PARTICIPANT 101 95.50 1 false FIRST 答对 19/20 0",
                "7 PARTICIPANT 102 80.00 2 true null null 1",
                "7 TEAM 5 88.00 1 false FIRST 3 人，3 人参加 0",
                "7 TEAM 101 60.00 2 false null null 0",
                "8 PARTICIPANT 101 70.00 1 false MERIT null 2"),
                rows("select contest_id, subject_kind, subject_id, score, place, tied, prize, detail, version from contest_result "
                        + "order by contest_id, subject_kind, subject_id"));
    }

    @Test
    void every_judges_score_is_kept_with_its_subject() throws SQLException {
        assertEquals(List.of(
                "7 TEAM 101 1 leader 77.00 0",
                "7 TEAM 101 2 leader 78.50 1",
                "8 PARTICIPANT 101 1 admin 85.00 3",
                "8 PARTICIPANT 101 1 leader 90.00 0"),
                rows("select contest_id, subject_kind, subject_id, round_no, judge, score, version from contest_judge_score "
                        + "order by contest_id, subject_kind, subject_id, round_no, judge"));
    }

    @Test
    void a_subject_has_one_result_per_contest_and_one_score_per_round_and_judge() throws SQLException {
        c.setAutoCommit(false); // the other tests read the rows as migrated
        try (Statement st = c.createStatement()) {
            st.execute("insert into contest_result (contest_id, subject_kind, subject_id, score, place, tied, version) "
                    + "values (8, 'TEAM', 101, 1, 2, false, 0)"); // a team may share a participant's id
            assertThrows(SQLException.class, () -> st.execute("insert into contest_result (contest_id, subject_kind, subject_id, "
                    + "score, place, tied, version) values (7, 'TEAM', 5, 1, 3, false, 0)"));
            assertThrows(SQLException.class, () -> st.execute("insert into contest_judge_score (contest_id, subject_kind, subject_id, "
                    + "round_no, judge, score, version) values (8, 'PARTICIPANT', 101, 1, 'admin', 50, 0)"));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void the_team_tables_are_gone() throws SQLException {
        assertEquals(List.of("CONTEST_JUDGE_SCORE", "CONTEST_RESULT"), rows("select table_name from information_schema.tables "
                + "where table_name in ('CONTEST_RESULT', 'CONTEST_TEAM_RESULT', 'CONTEST_JUDGE_SCORE', 'CONTEST_TEAM_SCORE') "
                + "order by table_name"));
    }

    private static void migrate(String target) {
        Flyway.configure(ResultsBySubjectMigrationTest.class.getClassLoader()).dataSource(url, "sa", "sa").locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getObject(i)));
                }
                out.add(String.join(" ", cells));
            }
        }
        return out;
    }
}
