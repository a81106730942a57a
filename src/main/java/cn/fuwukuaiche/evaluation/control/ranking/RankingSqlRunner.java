package cn.fuwukuaiche.evaluation.control.ranking;

import java.util.List;

/**
 * Runs one SQL query with positional {@code ?} parameters and returns its rows. The service runs it through
 * JPA (same connection and transaction as everything else), the benchmark through plain JDBC; both run the
 * exact SQL of {@link RankingLoader}. Every one of those statements reads one hall: its first parameter is
 * {@code hall_id = ?}, which the runner binds (the transaction's hall; the fixture's hall) before {@code params}.
 */
@FunctionalInterface
public interface RankingSqlRunner {

    List<Object[]> rows(String sql, Object... params);
}
