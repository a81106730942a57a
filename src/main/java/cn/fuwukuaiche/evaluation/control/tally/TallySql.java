package cn.fuwukuaiche.evaluation.control.tally;

import java.util.List;

/**
 * Runs one SQL statement with positional {@code ?} parameters: the server through its entity manager ({@link
 * TallyJpaSql}: same connection and transaction as the caller), the tests and the benchmark through plain JDBC. Both run
 * the exact SQL of {@link RatingTally}.
 */
public interface TallySql {

    /** A query's rows, each as an array even for one column. */
    List<Object[]> rows(String sql, Object... params);

    /** An insert or update: the rows it changed. */
    int update(String sql, Object... params);
}
