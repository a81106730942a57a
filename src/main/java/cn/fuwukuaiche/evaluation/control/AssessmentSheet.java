package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentAction;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A monthly sheet as its page shows it: the figures, the scheme version's rules, the score as it stands now
 * (with its place in the month), evidence, the flow's history and what the caller may do next.
 */
public record AssessmentSheet(long id, long entityVersion, int periodYm, AssessmentSubject kind, String subjectLabel,
                              long windowId, Long staffId, String branchName, AssessmentStatus status, String returnReason,
                              String selfNote, Map<String, AssessmentFigure> figures, SchemeInForce scheme,
                              Ranked<RankingRow> place, List<AssessmentEvidenceInfo> evidence,
                              List<AssessmentCorrection> corrections, String submittedBy, LocalDateTime submittedAt,
                              String reviewedBy, LocalDateTime reviewedAt, String confirmedBy, LocalDateTime confirmedAt,
                              Set<AssessmentAction> actions) {

    public String periodLabel() {
        return periodYm / 100 + "年" + periodYm % 100 + "月";
    }

    public boolean may(AssessmentAction action) {
        return actions.contains(action);
    }
}
