package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a county straight into the database over JDBC, with the real Flyway schema: windows (3 staff each),
 * the default schemes, monthly sheets with figures, and any number of ratings in a month. Used by the
 * ranking's SQL tests (a few windows) and the benchmark (300 windows, 1,000,000 ratings).
 */
final class RankingFixture {

    private final Connection c;
    final List<Long> windowIds = new ArrayList<>();
    final List<Long> staffIds = new ArrayList<>();
    long branchId;

    private long hallId;

    /** The one hall all rows belong to (V182: every hall-owned row names its hall). */
    long hallId() throws SQLException {
        if (hallId == 0) { // the hall V182 made for the empty database (it owns the rows the migrations wrote)
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select min(id) from hall")) {
                rs.next();
                hallId = rs.getLong(1);
            }
        }
        return hallId;
    }

    RankingFixture(Connection c) {
        this.c = c;
    }

    /** For one of several halls (the province benchmark): every row it writes belongs to {@code hallId}. */
    RankingFixture(Connection c, long hallId) {
        this.c = c;
        this.hallId = hallId;
    }

    static void migrate(String url, String user, String password) {
        Flyway.configure(RankingFixture.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
    }

    /** A hall with one floor, one branch, {@code windows} windows in units of four, three staff per window. */
    RankingFixture county(int windows) throws SQLException {
        long hall = hallId();
        long floor = insert("insert into hall_floor (hall_id, floor_no, name, version) values (" + hall + ", 1, '一楼', 0)");
        long general = insert("insert into general_branch (hall_id, name, version) values (" + hall + ", '测试总支', 0)");
        branchId = insert("insert into party_branch (hall_id, general_branch_id, name, kind, display_order, active, version) values (" + hallId() + ", "
                + general + ", '第一联合党支部', 'JOINT', 1, true, 0)");
        long unit = 0;
        try (PreparedStatement w = c.prepareStatement("insert into service_window (hall_id, window_no, name, unit_id, floor_id, active, "
                + "version) values (" + hallId() + ", ?, ?, ?, ?, true, 0)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement s = c.prepareStatement("insert into staff (hall_id, staff_no, name, gender, political_status, unit_id, "
                     + "window_id, active, version) values (" + hallId() + ", ?, ?, 'FEMALE', 'MASSES', ?, ?, true, 0)",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < windows; i++) {
                if (i % 4 == 0) {
                    unit = insert("insert into stationed_unit (hall_id, name, short_name, branch_id, display_order, active, "
                            + "version) values (" + hall + ", '单位" + (i / 4) + "', '单位" + (i / 4) + "', " + branchId + ", "
                            + i + ", true, 0)");
                }
                w.setString(1, String.format("W%03d", i + 1));
                w.setString(2, "窗口" + (i + 1));
                w.setLong(3, unit);
                w.setLong(4, floor);
                w.executeUpdate();
                long windowId = key(w);
                windowIds.add(windowId);
                for (int p = 0; p < 3; p++) {
                    s.setString(1, String.format("T%05d", i * 3 + p + 1));
                    s.setString(2, "员工" + (i * 3 + p + 1));
                    s.setLong(3, unit);
                    s.setLong(4, windowId);
                    s.executeUpdate();
                    staffIds.add(key(s));
                }
            }
        }
        return this;
    }

    /** The default window scheme v1 (from {@code v1Ym}) and v2 (from {@code v2Ym}), and the person scheme. */
    RankingFixture schemes(int v1Ym, int v2Ym) throws SQLException {
        long window = insert("insert into scoring_scheme (hall_id, name, subject_kind, version) values (" + hallId() + ", '"
                + SchemeDefaults.WINDOW_SCHEME + "', 'WINDOW', 0)");
        version(window, SchemeDefaults.window(1, v1Ym, "2", "首版"));
        version(window, SchemeDefaults.window(2, v2Ym, "3", "差评扣分由 2 分调为 3 分"));
        long staff = insert("insert into scoring_scheme (hall_id, name, subject_kind, version) values (" + hallId() + ", '"
                + SchemeDefaults.STAFF_SCHEME + "', 'STAFF', 0)");
        version(staff, SchemeDefaults.staff(1, v1Ym, "首版"));
        return this;
    }

    long version(long schemeId, SchemeSpec s) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("insert into scheme_version (hall_id, scheme_id, version_no, effective_ym, "
                + "bonus_cap, pts_very_satisfied, pts_satisfied, pts_basic, pts_dissatisfied, pts_very_dissatisfied, "
                + "weight_public, weight_peer, weight_organisation, tie_breakers, change_note, created_at, created_by, version) "
                + "values (" + hallId() + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'admin', 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, schemeId);
            ps.setInt(2, s.versionNo());
            ps.setInt(3, s.effectiveYm());
            ps.setBigDecimal(4, s.bonusCap());
            for (int i = 0; i < 5; i++) {
                ps.setBigDecimal(5 + i, s.ratingPoints().get(i));
            }
            ps.setBigDecimal(10, s.weightPublic());
            ps.setBigDecimal(11, s.weightPeer());
            ps.setBigDecimal(12, s.weightOrganisation());
            ps.setString(13, s.tieBreakers());
            ps.setString(14, s.changeNote());
            ps.setTimestamp(15, Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 9, 0)));
            ps.executeUpdate();
            id = key(ps);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into scheme_rule (hall_id, scheme_version_id, rule_kind, code, name, "
                + "item_code, points, cap, feed, sort_order, version) values (" + hallId() + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (SchemeRuleSpec r : s.rules()) {
                ps.setLong(1, id);
                ps.setString(2, r.kind().name());
                ps.setString(3, r.code());
                ps.setString(4, r.name());
                ps.setString(5, r.itemCode());
                ps.setBigDecimal(6, r.points());
                ps.setBigDecimal(7, r.cap());
                ps.setString(8, r.feed().name());
                ps.setInt(9, r.sortOrder());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    long versionId(String subjectKind, int versionNo) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select v.id from scheme_version v join "
                + "scoring_scheme s on s.id = v.scheme_id where s.subject_kind = '" + subjectKind + "' and v.version_no = "
                + versionNo)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One window sheet in {@code status}; figures as "LATE=2 PRAISE_LETTER=1". */
    long sheet(int periodYm, long windowId, long versionId, String status, String figures) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("insert into monthly_assessment (hall_id, period_ym, subject_kind, subject_key, "
                + "window_id, scheme_version_id, status, vetoed, counts_frozen, version) values (" + hallId() + ", ?, 'WINDOW', ?, ?, ?, ?, false, "
                + "false, 0)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setInt(1, periodYm);
            ps.setString(2, "W" + windowId);
            ps.setLong(3, windowId);
            ps.setLong(4, versionId);
            ps.setString(5, status);
            ps.executeUpdate();
            id = key(ps);
        }
        if (!figures.isBlank()) {
            try (PreparedStatement ps = c.prepareStatement("insert into assessment_entry (hall_id, assessment_id, rule_code, tally, note, "
                    + "version) values (" + hallId() + ", ?, ?, ?, ?, 0)")) {
                for (String f : figures.trim().split("\\s+")) {
                    String[] kv = f.split("=");
                    ps.setLong(1, id);
                    ps.setString(2, kv[0]);
                    ps.setInt(3, Integer.parseInt(kv[1]));
                    ps.setString(4, "测试");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return id;
    }

    /** Freezes a sheet's rating counts as confirmation does. */
    void freeze(long sheetId, int... counts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update monthly_assessment set counts_frozen = true, status = 'CONFIRMED', "
                + "cnt_very_satisfied = ?, cnt_satisfied = ?, cnt_basic = ?, cnt_dissatisfied = ?, cnt_very_dissatisfied = ? "
                + "where id = ?")) {
            for (int i = 0; i < 5; i++) {
                ps.setInt(i + 1, counts[i]);
            }
            ps.setLong(6, sheetId);
            ps.executeUpdate();
        }
    }

    /** Exactly these ratings for one window (levels best first); {@code excluded} more 差评 that an appeal removed. */
    void ratings(int periodYm, long windowId, Long staffId, int[] perLevel, int excluded) throws SQLException {
        try (PreparedStatement ps = ratingInsert()) {
            LocalDateTime at = LocalDateTime.of(periodYm / 100, periodYm % 100, 10, 10, 0);
            for (RatingLevel level : RatingLevel.values()) {
                for (int i = 0; i < perLevel[level.ordinal()]; i++) {
                    addRating(ps, windowId, staffId, level, at, periodYm, false);
                }
            }
            for (int i = 0; i < excluded; i++) {
                addRating(ps, windowId, staffId, RatingLevel.VERY_DISSATISFIED, at, periodYm, true);
            }
            ps.executeBatch();
        }
    }

    /**
     * {@code total} ratings spread over all windows of the fixture in one month, mostly satisfied, about
     * 1.5 % 差评 and 0.3 % excluded by an upheld appeal; committed in batches.
     */
    void bulkRatings(int periodYm, long total, Random random) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        RatingLevel[] levels = RatingLevel.values();
        try (PreparedStatement ps = ratingInsert()) {
            for (long i = 0; i < total; i++) {
                int w = random.nextInt(windowIds.size());
                int r = random.nextInt(1000);
                RatingLevel level = r < 700 ? levels[0] : r < 930 ? levels[1] : r < 985 ? levels[2] : r < 995 ? levels[3] : levels[4];
                LocalDateTime at = LocalDateTime.of(periodYm / 100, periodYm % 100, 1 + random.nextInt(28),
                        8 + random.nextInt(9), random.nextInt(60));
                addRating(ps, windowIds.get(w), staffIds.get(w * 3 + random.nextInt(3)), level, at, periodYm,
                        random.nextInt(1000) < 3);
                if ((i + 1) % 5_000 == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private PreparedStatement ratingInsert() throws SQLException {
        return c.prepareStatement("insert into rating (hall_id, window_id, staff_id, rating_level, channel, rated_at, period_ym, "
                + "excluded, version) values (" + hallId() + ", ?, ?, ?, 'PAD', ?, ?, ?, 0)");
    }

    private static void addRating(PreparedStatement ps, long windowId, Long staffId, RatingLevel level, LocalDateTime at,
                                  int periodYm, boolean excluded) throws SQLException {
        ps.setLong(1, windowId);
        if (staffId == null) {
            ps.setNull(2, java.sql.Types.BIGINT);
        } else {
            ps.setLong(2, staffId);
        }
        ps.setString(3, level.name());
        ps.setTimestamp(4, Timestamp.valueOf(at));
        ps.setInt(5, periodYm);
        ps.setBoolean(6, excluded);
        ps.addBatch();
    }

    private long insert(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            return key(st);
        }
    }

    private static long key(Statement st) throws SQLException {
        try (ResultSet rs = st.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
