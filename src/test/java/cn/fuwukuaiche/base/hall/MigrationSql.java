package cn.fuwukuaiche.base.hall;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the migration tests read of a database before and after: row counts and result rows as text. */
final class MigrationSql {

    private MigrationSql() {
    }

    /** Timers whose timer_lease row a migration after V181 adds (V186): not counted, so "every row kept" holds. */
    static final String NEW_TIMERS = "('evaluation.rating-tally')";

    /**
     * Every table's row count (H2), but Flyway's history, which grows by the migrations themselves, and the timer_lease
     * rows of timers added since ({@link #NEW_TIMERS}).
     */
    static Map<String, Long> tableCounts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select table_name from information_schema.tables "
                + "where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String t : tables) {
            if (!t.equalsIgnoreCase("flyway_schema_history")) {
                counts.put(t, count(c, "select count(*) from \"" + t + "\""
                        + (t.equalsIgnoreCase("timer_lease") ? " where name not in " + NEW_TIMERS : "")));
            }
        }
        return counts;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each row as its columns joined by a space. */
    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
