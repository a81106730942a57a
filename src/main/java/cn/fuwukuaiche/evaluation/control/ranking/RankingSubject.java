package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.util.Map;

/**
 * A window or person in a month's ranking, with its sheet's figures if it has a sheet.
 *
 * @param kind            window or person
 * @param windowId        the window (for a person: the window they work at)
 * @param staffId         the person, or null for a window
 * @param label           "A05 户籍业务" or "张伟（A05）"
 * @param sortKey         stable order among equals ("A05", "A05/QS0017"): ties keep this order
 * @param unitName        the stationed unit's short name
 * @param branchId        the branch the window's results roll up to (scope checks)
 * @param branchName      its name
 * @param assessmentId    the month's sheet, or null when none was opened
 * @param status          the sheet's status, or null without a sheet ("未填报")
 * @param schemeVersionId the version the sheet is scored under, or null (then the month's version)
 * @param figures         the sheet's figures, code → figure
 * @param frozenCounts    rating counts frozen at confirmation, or null to use the live counts
 */
public record RankingSubject(AssessmentSubject kind, long windowId, Long staffId, String label, String sortKey,
                             String unitName, Long branchId, String branchName, Long assessmentId,
                             AssessmentStatus status, Long schemeVersionId, Map<String, AssessmentFigure> figures,
                             RatingCounts frozenCounts) {

    public RankingSubject {
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }

    /** The id ratings are grouped by: the staff id for a person, the window id for a window. */
    public long subjectId() {
        return kind == AssessmentSubject.STAFF ? staffId : windowId;
    }

    public String statusLabel() {
        return status == null ? "未填报" : status.label();
    }
}
