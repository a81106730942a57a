package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.base.db.IdLookup;
import cn.fuwukuaiche.base.hall.HallDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Halls by code and the default hall (the lowest id) for {@code HallBoundary} and the public URLs. Over JDBC: it is
 * asked before a transaction's entity manager has its hall. A hall's id never changes, so found codes are kept.
 */
@ApplicationScoped
public class HallDirectoryProvider implements HallDirectory {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private final Map<String, Long> byCode = new ConcurrentHashMap<>();
    private volatile Long lowest;

    @Override
    public Optional<Long> hallOfCode(String code) {
        Long known = byCode.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> found = one("select id from hall where code = ?", code);
        found.ifPresent(id -> byCode.put(code, id));
        return found;
    }

    @Override
    public Optional<String> codeOfHall(long hallId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select code from hall where id = ?")) {
            ps.setLong(1, hallId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("hall lookup failed", e);
        }
    }

    @Override
    public List<Long> allHalls() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("select id from hall order by id");
             ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("hall lookup failed", e);
        }
    }

    @Override
    public Optional<Long> defaultHall() {
        if (lowest == null) {
            lowest = one("select min(id) from hall", null).orElse(null);
        }
        return Optional.ofNullable(lowest);
    }

    private Optional<Long> one(String sql, String parameter) {
        return IdLookup.first(dataSource, sql, parameter, "hall lookup");
    }
}
