package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.util.List;

/**
 * "为什么是这个分数": one window's (or person's) place in the month, every score line with the record it came
 * from, what separated it from the place above, the evidence files and any corrections.
 *
 * @param kind           window or person
 * @param periodYm       the month
 * @param schemeLabel    the scheme version the score was computed with
 * @param criteria       the ranking criteria in order (总分, then the tie-breakers)
 * @param place          rank, tie, decided-by and the scored row
 * @param neighbourAbove the subject listed just above, or null for the first place
 * @param evidence       the sheet's evidence files
 * @param corrections    recorded corrections of the confirmed sheet
 */
public record RankingExplanation(AssessmentSubject kind, int periodYm, String schemeLabel, List<String> criteria,
                                 Ranked<RankingRow> place, String neighbourAbove, List<AssessmentEvidenceInfo> evidence,
                                 List<AssessmentCorrection> corrections) {

    public RankingExplanation {
        criteria = List.copyOf(criteria);
        evidence = List.copyOf(evidence);
        corrections = List.copyOf(corrections);
    }

    public String periodLabel() {
        return periodYm / 100 + "年" + periodYm % 100 + "月";
    }
}
