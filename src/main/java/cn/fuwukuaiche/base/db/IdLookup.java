package cn.fuwukuaiche.base.db;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One id read over plain JDBC, for the look-ups that decide a request's hall before any entity manager may run
 * (org's {@code HallDirectoryProvider}, security's {@code AccountHallProvider}): the first row's first column, empty
 * for no row or SQL {@code NULL}.
 */
public final class IdLookup {

    private IdLookup() {
    }

    /** {@code sql} with its one {@code ?} bound to {@code parameter} (none when null); a failure names {@code what}. */
    public static Optional<Long> first(DataSource dataSource, String sql, String parameter, String what) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(id);
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }
}
