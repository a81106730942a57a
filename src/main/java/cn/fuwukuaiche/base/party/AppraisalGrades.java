package cn.fuwukuaiche.base.party;

import java.time.LocalDate;
import java.util.Map;

/**
 * A face (docs/architecture.md): the grades of 民主评议党员 that stand, as evidence for the honours (the 七一
 * commendation, the stars). Implemented by {@code partylife.appraisal.control.AppraisalGradesProvider}; asked through
 * {@code Instance<AppraisalGrades>}, so without the party-life area the honours simply show none.
 */
public interface AppraisalGrades {

    /**
     * Each member's latest grade put to 公示 on or before {@code day} and not withdrawn by an upheld objection, by
     * staff id, as people read it: e.g. "2025年度民主评议：优秀".
     */
    Map<Long, String> latestGrades(LocalDate day);
}
