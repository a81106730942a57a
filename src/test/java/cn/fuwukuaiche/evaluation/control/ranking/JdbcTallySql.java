package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.tally.TallySql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@link TallySql} over one JDBC connection (the tests and the benchmark): the caller owns the transaction. */
record JdbcTallySql(Connection c) implements TallySql {

    @Override
    public List<Object[]> rows(String sql, Object... params) {
        try {
            return ProvinceBenchmark.rows(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
