package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.base.db.IdLookup;
import cn.fuwukuaiche.base.hall.HallDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A signed-in account's hall for {@code HallBoundary}: {@code app_user.hall_id}, empty for an account of no hall
 * (or none at all). Over JDBC (asked before the transaction's entity manager has its hall); kept 30 seconds, so a
 * moved account works for its new hall within half a minute.
 */
@ApplicationScoped
public class AccountHallProvider implements HallDirectory {

    static final long KEEP_NANOS = 30_000_000_000L;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private record Known(Optional<Long> hall, long at) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Override
    public Optional<Optional<Long>> hallOfAccount(String username) {
        Known k = known.get(username);
        long now = System.nanoTime();
        if (k == null || now - k.at() > KEEP_NANOS) {
            k = new Known(read(username), now);
            known.put(username, k);
        }
        return Optional.of(k.hall());
    }

    private Optional<Long> read(String username) {
        return IdLookup.first(dataSource, "select hall_id from app_user where username = ?", username, "account hall lookup");
    }
}
