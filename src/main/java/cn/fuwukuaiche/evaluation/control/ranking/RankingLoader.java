package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefinition;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleKind;
import cn.fuwukuaiche.org.control.OrgRows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what a month's ranking needs in four statements — scheme versions with their rules, the month's sheets with
 * their figures, the windows or staff (org's {@link OrgRows}), the ratings — and scores it in Java. The ratings are
 * counted by ONE grouped query over {@code rating} (the hall's month by subject and level, upheld appeals excluded),
 * which the index {@code ix_rating_hall_month} serves; it is skipped when every sheet of the month froze its counts
 * at confirmation. Everything else is a few hundred rows at most.
 */
public final class RankingLoader {

    /** The one grouped query over the ratings of a month, per window. */
    public static final String RATINGS_BY_WINDOW = "select window_id, rating_level, count(*) from rating "
            + "where hall_id = ? and period_ym = ? and excluded = false group by window_id, rating_level";

    /** The same per person. */
    public static final String RATINGS_BY_STAFF = "select staff_id, rating_level, count(*) from rating "
            + "where hall_id = ? and period_ym = ? and excluded = false and staff_id is not null group by staff_id, rating_level";

    /**
     * Every stored version of a subject kind's scheme with its rules, one row per rule (a version without rules: one row
     * with nulls from {@code r}), versions oldest first, rules in the scheme's order: one round trip instead of two.
     */
    static final String SCHEMES = "select v.id, s.name, v.version_no, v.effective_ym, v.bonus_cap, v.pts_very_satisfied, "
            + "v.pts_satisfied, v.pts_basic, v.pts_dissatisfied, v.pts_very_dissatisfied, v.weight_public, v.weight_peer, "
            + "v.weight_organisation, v.tie_breakers, v.change_note, "
            + "r.rule_kind, r.code, r.name, r.item_code, r.points, r.cap, r.feed, r.sort_order from scheme_version v "
            + "join scoring_scheme s on s.id = v.scheme_id left join scheme_rule r on r.scheme_version_id = v.id "
            + "where s.hall_id = ? and s.subject_kind = ? order by v.effective_ym, v.id, r.sort_order";

    /**
     * The month's sheets of a subject kind with their figures, one row per figure (a sheet without figures: one row
     * with nulls from {@code e}): one round trip instead of two.
     */
    static final String SHEETS = "select a.id, a.window_id, a.staff_id, a.scheme_version_id, a.status, a.counts_frozen, "
            + "a.cnt_very_satisfied, a.cnt_satisfied, a.cnt_basic, a.cnt_dissatisfied, a.cnt_very_dissatisfied, "
            + "e.rule_code, e.tally, e.note from monthly_assessment a left join assessment_entry e on e.assessment_id = a.id "
            + "where a.hall_id = ? and a.period_ym = ? and a.subject_kind = ?";

    private RankingLoader() {
    }

    /**
     * The month's ranking. Subjects: every active window (or person with a window) plus any inactive one that
     * has a sheet that month.
     *
     * @throws cn.fuwukuaiche.evaluation.control.scheme.SchemeNotInForceException when no version applies
     * @throws IllegalStateException when no scheme is stored for the subject kind
     */
    public static RankingMonth load(RankingSqlRunner sql, AssessmentSubject kind, int periodYm) {
        Map<Long, SchemeInForce> versions = schemes(sql, kind);
        if (versions.isEmpty()) {
            throw new IllegalStateException("尚未设置" + kind.label() + "评分方案");
        }
        SchemeDefinition monthDefinition = SchemeMapper.versions(versions.values()).forMonth(SchemeMapper.month(periodYm));
        SchemeInForce monthScheme = versions.values().stream()
                .filter(v -> v.versionNo() == monthDefinition.version()).findFirst().orElseThrow();

        record Sheet(long id, long windowId, Long staffId, long versionId, AssessmentStatus status, RatingCounts frozen) {
        }
        Map<Long, Sheet> sheetsBySubject = new HashMap<>();
        Map<Long, Map<String, AssessmentFigure>> figures = new HashMap<>();
        Set<Long> sheetIds = new HashSet<>();
        for (Object[] r : sql.rows(SHEETS, periodYm, kind.name())) {
            long id = lng(r[0]);
            if (r[11] != null) {
                figures.computeIfAbsent(id, k -> new HashMap<>())
                        .put((String) r[11], new AssessmentFigure((String) r[11], integer(r[12]), (String) r[13]));
            }
            if (!sheetIds.add(id)) {
                continue; // the sheet's next figure
            }
            RatingCounts frozen = bool(r[5]) ? RatingCounts.of(integer(r[6]), integer(r[7]), integer(r[8]), integer(r[9]),
                    integer(r[10])) : null;
            Sheet s = new Sheet(id, lng(r[1]), r[2] == null ? null : lng(r[2]), lng(r[3]),
                    AssessmentStatus.valueOf((String) r[4]), frozen);
            sheetsBySubject.put(kind == AssessmentSubject.STAFF ? s.staffId() : s.windowId(), s);
        }

        List<RankingSubject> subjects = new ArrayList<>();
        if (kind == AssessmentSubject.WINDOW) {
            for (Object[] r : sql.rows(OrgRows.WINDOWS)) {
                long windowId = lng(r[0]);
                Sheet s = sheetsBySubject.get(windowId);
                if (!bool(r[7]) && s == null) {
                    continue;
                }
                subjects.add(subject(kind, windowId, null, r[1] + " " + r[2], (String) r[1], unitName(r[3], r[4]),
                        r[5] == null ? null : lng(r[5]), (String) r[6], s == null ? null : s.id(), s == null ? null : s.status(),
                        s == null ? null : s.versionId(), s == null ? null : figures.get(s.id()), s == null ? null : s.frozen()));
            }
        } else {
            for (Object[] r : sql.rows(OrgRows.STAFF)) {
                long staffId = lng(r[0]);
                Sheet s = sheetsBySubject.get(staffId);
                if (!bool(r[9]) && s == null) {
                    continue;
                }
                subjects.add(subject(kind, lng(r[3]), staffId, r[1] + "（" + r[4] + "）", r[4] + "/" + r[2],
                        unitName(r[5], r[6]), r[7] == null ? null : lng(r[7]), (String) r[8], s == null ? null : s.id(),
                        s == null ? null : s.status(), s == null ? null : s.versionId(), s == null ? null : figures.get(s.id()),
                        s == null ? null : s.frozen()));
            }
        }

        boolean allFrozen = !subjects.isEmpty() && subjects.stream().allMatch(s -> s.frozenCounts() != null);
        Map<Long, RatingCounts> live = allFrozen ? Map.of() : ratingCounts(sql, kind, periodYm);

        List<RankingRow> rows = new ArrayList<>(subjects.size());
        for (RankingSubject s : subjects) {
            SchemeInForce scheme = s.schemeVersionId() == null ? monthScheme
                    : versions.getOrDefault(s.schemeVersionId(), monthScheme);
            rows.add(RankingCalculator.score(s, scheme, live.get(s.subjectId()), periodYm));
        }
        List<Ranked<RankingRow>> ranked = RankingCalculator.rank(rows, monthScheme.criteria());
        return new RankingMonth(kind, periodYm, monthScheme, ranked);
    }

    /** The month's rating counts per window (or person), from the one grouped query. */
    public static Map<Long, RatingCounts> ratingCounts(RankingSqlRunner sql, AssessmentSubject kind, int periodYm) {
        Map<Long, EnumMap<RatingLevel, Integer>> acc = new HashMap<>();
        for (Object[] r : sql.rows(kind == AssessmentSubject.STAFF ? RATINGS_BY_STAFF : RATINGS_BY_WINDOW, periodYm)) {
            acc.computeIfAbsent(lng(r[0]), k -> new EnumMap<>(RatingLevel.class))
                    .put(RatingLevel.valueOf((String) r[1]), integer(r[2]));
        }
        Map<Long, RatingCounts> result = new HashMap<>(acc.size() * 2);
        acc.forEach((id, m) -> result.put(id, new RatingCounts(m)));
        return result;
    }

    /** All stored versions of the kind's scheme, by version id, oldest first. */
    public static Map<Long, SchemeInForce> schemes(RankingSqlRunner sql, AssessmentSubject kind) {
        Map<Long, Object[]> versions = new LinkedHashMap<>();
        Map<Long, List<SchemeRuleSpec>> rules = new HashMap<>();
        for (Object[] r : sql.rows(SCHEMES, kind.name())) {
            long id = lng(r[0]);
            versions.putIfAbsent(id, r);
            List<SchemeRuleSpec> own = rules.computeIfAbsent(id, k -> new ArrayList<>());
            if (r[15] != null) {
                own.add(new SchemeRuleSpec(SchemeRuleKind.valueOf((String) r[15]), (String) r[16], (String) r[17],
                        (String) r[18], dec(r[19]), dec(r[20]), SchemeRuleFeed.valueOf((String) r[21]), integer(r[22])));
            }
        }
        Map<Long, SchemeInForce> result = new LinkedHashMap<>();
        versions.forEach((id, r) -> result.put(id, SchemeMapper.map(new SchemeSpec(id, (String) r[1], integer(r[2]),
                integer(r[3]), dec(r[4]), List.of(dec(r[5]), dec(r[6]), dec(r[7]), dec(r[8]), dec(r[9])), dec(r[10]),
                dec(r[11]), dec(r[12]), (String) r[13], (String) r[14], rules.get(id)))));
        return result;
    }

    private static RankingSubject subject(AssessmentSubject kind, long windowId, Long staffId, String label, String sortKey,
                                          String unit, Long branchId, String branchName, Long assessmentId,
                                          AssessmentStatus status, Long versionId, Map<String, AssessmentFigure> figures,
                                          RatingCounts frozen) {
        return new RankingSubject(kind, windowId, staffId, label, sortKey, unit, branchId, branchName, assessmentId, status,
                versionId, figures, frozen);
    }

    private static String unitName(Object name, Object shortName) {
        return shortName == null || shortName.toString().isBlank() ? (String) name : (String) shortName;
    }

    static long lng(Object o) {
        return ((Number) o).longValue();
    }

    static int integer(Object o) {
        return o == null ? 0 : ((Number) o).intValue();
    }

    static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o != null && ((Number) o).intValue() != 0;
    }

    static BigDecimal dec(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }
}
