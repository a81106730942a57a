package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The rating intake's write path in plain JDBC, on the connection of the caller's transaction (issue 21: a rating as
 * close to a bare insert as the rules allow). Idempotency by the unique key {@code (device_key_id, client_ref)}: the
 * row is inserted first and looked up only when the insert meets that key — one statement for a new rating instead of
 * a look-up and an insert. H2 and MariaDB roll back only the refused statement, so the transaction goes on and no
 * exception reaches EclipseLink or the EJB container (nothing is logged for a repeat).
 * <p>{@link #COLUMNS} must name every column the {@link Rating} entity maps ({@code RatingRowsTest} compares them): a
 * column added to the entity must be written here too.
 */
final class RatingRows {

    /** Every column of {@code rating} the entity maps, except the generated {@code id}, in the order of the insert. */
    static final List<String> COLUMNS = List.of("window_id", "staff_id", "rating_level", "channel", "rated_at", "period_ym",
            "score_overall", "score_efficiency", "score_competence", "score_attitude", "rater_comment", "device_key_id",
            "client_ref", "case_id", "excluded", "version");

    /**
     * The columns and the hall's: {@code hall_id} is no field of the entity but EclipseLink's tenant column (issue 23),
     * which this JDBC path, outside EclipseLink, writes itself.
     */
    static final String INSERT = "insert into rating (" + String.join(", ", COLUMNS) + ", hall_id) values ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ", ?)";

    /** A key belongs to one hall; the hall is named all the same, as in every native statement on a hall's table. */
    static final String FIND = "select id, rating_level from rating where device_key_id = ? and client_ref = ? and hall_id = ?";

    /**
     * The key's {@code last_used_at}, written by one rating a minute, before its insert (whose foreign-key check reads the
     * key's row): no version bump, as JPA's bulk update before it did not either.
     */
    static final String TOUCH_KEY = "update rating_device_key set last_used_at = ? where id = ? and hall_id = ?";

    /** A rating as the intake stores it: from a device key, never from a case, never excluded. */
    record Row(long windowId, Long staffId, RatingLevel level, RatingChannel channel, LocalDateTime ratedAt, Integer overall,
               Integer efficiency, Integer competence, Integer attitude, String comment, long deviceKeyId, String clientRef,
               long hallId) {
    }

    /** {@code created} false when the key and clientRef had been stored before. */
    record Stored(long id, RatingLevel level, boolean created) {
    }

    private RatingRows() {
    }

    /** Inserts the row, or — when the unique key refuses it — answers the rating stored before under that key. */
    static Stored insertOrFind(Connection c, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            ps.setLong(++i, row.windowId());
            setLong(ps, ++i, row.staffId());
            ps.setString(++i, row.level().name());
            ps.setString(++i, row.channel().name());
            ps.setObject(++i, row.ratedAt());
            ps.setInt(++i, Rating.periodOf(java.time.YearMonth.from(row.ratedAt())));
            setInt(ps, ++i, row.overall());
            setInt(ps, ++i, row.efficiency());
            setInt(ps, ++i, row.competence());
            setInt(ps, ++i, row.attitude());
            ps.setString(++i, row.comment());
            ps.setLong(++i, row.deviceKeyId());
            ps.setString(++i, row.clientRef());
            ps.setNull(++i, Types.BIGINT);      // case_id: only a case's 回访 has one
            ps.setBoolean(++i, false);          // excluded
            ps.setLong(++i, 1);                 // version: EclipseLink's first value
            ps.setLong(++i, row.hallId());      // the transaction's hall (the key's)
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated id for the rating");
                }
                return new Stored(keys.getLong(1), row.level(), true);
            }
        } catch (SQLException e) {
            // SQL state class 23: integrity constraint violation (the unique key, or a foreign key)
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                Optional<Stored> stored = find(c, row.deviceKeyId(), row.clientRef(), row.hallId());
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            throw e;
        }
    }

    /** Writes the key's {@code last_used_at} ({@link #TOUCH_KEY}). */
    static void touchKey(Connection c, long deviceKeyId, LocalDateTime at, long hallId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TOUCH_KEY)) {
            ps.setObject(1, at);
            ps.setLong(2, deviceKeyId);
            ps.setLong(3, hallId);
            ps.executeUpdate();
        }
    }

    /** The rating stored before under this key and clientRef, if any. */
    static Optional<Stored> find(Connection c, long deviceKeyId, String clientRef, long hallId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setLong(1, deviceKeyId);
            ps.setString(2, clientRef);
            ps.setLong(3, hallId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getLong(1), RatingLevel.valueOf(rs.getString(2)), false)) : Optional.empty();
            }
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
