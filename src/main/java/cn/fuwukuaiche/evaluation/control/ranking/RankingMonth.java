package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A month's ranking of windows (or persons), best first, with ties sharing a rank (1, 2, 2, 4), computed
 * from the records: confirmed sheets with the rating counts frozen at confirmation, others with the live
 * counts.
 *
 * @param kind     windows or persons
 * @param periodYm the month, e.g. 202610
 * @param scheme   the scheme version in force that month (its tie-breakers order the list)
 * @param rows     the ranking
 */
public record RankingMonth(AssessmentSubject kind, int periodYm, SchemeInForce scheme, List<Ranked<RankingRow>> rows) {

    public RankingMonth {
        rows = List.copyOf(rows);
    }

    /** Every subject has a confirmed sheet: the month is locked. */
    public boolean confirmed() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.item().subject().status() == AssessmentStatus.CONFIRMED);
    }

    /** Every subject has an approved sheet: the leader may confirm. */
    public boolean readyToConfirm() {
        return !rows.isEmpty() && rows.stream().allMatch(r -> r.item().subject().status() == AssessmentStatus.APPROVED);
    }

    /** How many sheets are in each status; subjects without a sheet are counted under null. */
    public Map<AssessmentStatus, Long> statusCounts() {
        Map<AssessmentStatus, Long> m = new EnumMap<>(AssessmentStatus.class);
        rows.forEach(r -> {
            AssessmentStatus s = r.item().subject().status();
            if (s != null) {
                m.merge(s, 1L, Long::sum);
            }
        });
        return m;
    }

    public long withoutSheet() {
        return rows.stream().filter(r -> r.item().subject().status() == null).count();
    }

    public Optional<Ranked<RankingRow>> find(long subjectId) {
        return rows.stream().filter(r -> r.item().subject().subjectId() == subjectId).findFirst();
    }
}
