package cn.fuwukuaiche.evaluation.control.ranking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The ranking's queries over plain JDBC, for tests and the benchmark outside the server. */
final class JdbcRankingSql implements RankingSqlRunner {

    private final Connection connection;

    private Long hall;

    /** For the one hall of the fixture's database (the lowest id). */
    JdbcRankingSql(Connection connection) {
        this.connection = connection;
    }

    /** For one of several halls: binds {@code hall} as the app binds the transaction's hall (RankingJpaSql). */
    JdbcRankingSql(Connection connection, long hall) {
        this.connection = connection;
        this.hall = hall;
    }

    private long hall() throws SQLException {
        if (hall == null) {
            try (PreparedStatement ps = connection.prepareStatement("select min(id) from hall"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                hall = rs.getLong(1);
            }
        }
        return hall;
    }

    /** The hall is the first parameter of every ranking query (RankingSqlRunner). */
    @Override
    public List<Object[]> rows(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, hall());
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 2, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int c = 0; c < n; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
