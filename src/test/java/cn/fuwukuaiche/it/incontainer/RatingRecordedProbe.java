package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.evaluation.control.RatingRecorded;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test deployment only: how each {@link RatingRecorded} was fired — the JTA transaction's status at that moment
 * ({@code jakarta.transaction.Status}) and whether the rating's row could be read then on a connection of the portal's
 * own pool. With no transaction active that connection is on its own, so it sees only committed rows.
 */
@ApplicationScoped
public class RatingRecordedProbe {

    public record Seen(int transactionStatus, boolean rowReadable) {
    }

    private final Map<Long, Seen> seen = new ConcurrentHashMap<>();

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource ds;

    void on(@Observes RatingRecorded r) throws SQLException {
        seen.put(r.ratingId(), new Seen(transactions.getTransactionStatus(), readable(r.ratingId())));
    }

    public Optional<Seen> of(long ratingId) {
        return Optional.ofNullable(seen.get(ratingId));
    }

    private boolean readable(long ratingId) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from rating where id = ?")) {
            ps.setLong(1, ratingId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }
}
