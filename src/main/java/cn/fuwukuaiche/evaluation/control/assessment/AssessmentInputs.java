package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.control.scheme.AssessmentInput;
import cn.fuwukuaiche.evaluation.control.scheme.BonusRule;
import cn.fuwukuaiche.evaluation.control.scheme.DeductionRule;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.VetoRule;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;

import java.util.Map;

/**
 * Builds the engine's input for one sheet: manual figures as filled in, computed ones from the records
 * (差评 count from the month's ratings), each with a reference to where it came from. Figures for codes
 * the sheet's version does not have are ignored (they can only be left over from a draft under an older
 * version), and a computed rule never takes a typed-in figure: nobody can "correct" the rating count by hand.
 */
public final class AssessmentInputs {

    private AssessmentInputs() {
    }

    /**
     * @param scheme        the sheet's scheme version
     * @param assessmentId  the sheet's id, or null for a subject without a sheet
     * @param figures       code → figure (manual rules and vetoes)
     * @param counts        the month's ratings (after upheld appeals), never null
     * @param ratingsSource reference to those ratings
     */
    public static AssessmentInput build(SchemeInForce scheme, Long assessmentId, Map<String, AssessmentFigure> figures,
                                        RatingCounts counts, String ratingsSource) {
        AssessmentInput.Builder in = AssessmentInput.builder();
        for (DeductionRule d : scheme.definition().deductions()) {
            SchemeRuleFeed feed = scheme.feed(d.code());
            if (feed == SchemeRuleFeed.BAD_RATINGS) {
                if (counts.bad() > 0) {
                    in.deduct(d.code(), counts.bad(), ratingsSource);
                }
            } else {
                AssessmentFigure f = figures.get(d.code());
                if (f != null && f.tally() > 0) {
                    in.deduct(d.code(), f.tally(), sheetSource(assessmentId, d.code()));
                }
            }
        }
        for (BonusRule b : scheme.definition().bonuses()) {
            AssessmentFigure f = figures.get(b.code());
            if (f != null && f.tally() > 0) {
                in.bonus(b.code(), f.tally(), sheetSource(assessmentId, b.code()));
            }
        }
        for (VetoRule v : scheme.definition().vetoes()) {
            AssessmentFigure f = figures.get(v.code());
            if (f != null && f.tally() > 0) {
                in.veto(v.code(), sheetSource(assessmentId, v.code()));
            }
        }
        in.ratings(counts, ratingsSource);
        return in.build();
    }

    private static String sheetSource(Long assessmentId, String code) {
        return assessmentId == null ? null : AssessmentSources.sheet(assessmentId, code);
    }
}
