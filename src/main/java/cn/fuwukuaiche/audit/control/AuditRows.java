package cn.fuwukuaiche.audit.control;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An audit line written in plain JDBC on the connection of the caller's transaction: for a write path that stores its
 * own row with JDBC (the rating intake, issue 21) and must not pay EclipseLink's unit of work for the line that goes
 * with it. The same line as {@link AuditService#eventAs}: who, when, what, committed or rolled back with the change.
 * {@link #COLUMNS} must name every column the {@link AuditEntry} entity maps except its id ({@code AuditRowsTest}).
 */
public final class AuditRows {

    /** Every column of {@code audit_entry} the entity maps, except the generated {@code id}. */
    public static final List<String> COLUMNS = List.of("occurred_at", "actor", "action", "entity_type", "entity_id", "summary",
            "changes", "reason", "hall_id");

    static final String INSERT = "insert into audit_entry (" + String.join(", ", COLUMNS) + ") values ("
            + String.join(", ", COLUMNS.stream().map(c -> "?").toList()) + ")";

    private AuditRows() {
    }

    /** One event line (no field changes, no reason) by {@code actor}, e.g. a device. */
    public static void eventAs(Connection c, Long hallId, LocalDateTime at, String actor, AuditAction action, String entityType,
                               Object entityId, String summary) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, at);
            ps.setString(2, truncate(actor, 64));
            ps.setString(3, action.name());
            ps.setString(4, entityType);
            ps.setString(5, entityId == null ? null : String.valueOf(entityId));
            ps.setString(6, truncate(summary, 500));
            ps.setNull(7, Types.VARCHAR);
            ps.setNull(8, Types.VARCHAR);
            if (hallId == null) {
                ps.setNull(9, Types.BIGINT);
            } else {
                ps.setLong(9, hallId);
            }
            ps.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
