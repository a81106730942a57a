package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.control.scheme.BonusRule;
import cn.fuwukuaiche.evaluation.control.scheme.DeductionRule;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.VetoRule;

import java.util.Map;
import java.util.Optional;

/**
 * What staff may type into a sheet: counts for the version's manual deductions and bonuses (0–99), a veto
 * as 0 or 1, notes up to 500 characters — and nothing for a computed rule such as the 差评 count, which
 * comes from the ratings. The field of a problem is the rule's code, so the page shows it beside that row.
 */
public final class AssessmentFigureRules {

    public static final int MAX_TALLY = 99;

    private AssessmentFigureRules() {
    }

    public record Problem(String field, String message) {
    }

    public static Optional<Problem> check(SchemeInForce scheme, Map<String, AssessmentFigure> figures) {
        for (AssessmentFigure f : figures.values()) {
            String name = null;
            boolean veto = false;
            for (DeductionRule d : scheme.definition().deductions()) {
                if (d.code().equals(f.code())) {
                    if (scheme.feed(d.code()).computed()) {
                        return Optional.of(new Problem(f.code(), "“" + d.name() + "”由系统自动统计，不能手工填写"));
                    }
                    name = d.name();
                }
            }
            for (BonusRule b : scheme.definition().bonuses()) {
                if (b.code().equals(f.code())) {
                    name = b.name();
                }
            }
            for (VetoRule v : scheme.definition().vetoes()) {
                if (v.code().equals(f.code())) {
                    name = v.name();
                    veto = true;
                }
            }
            if (name == null) {
                return Optional.of(new Problem(f.code(), scheme.definition().title() + "中没有“" + f.code() + "”这一项"));
            }
            if (veto && f.tally() > 1) {
                return Optional.of(new Problem(f.code(), "“" + name + "”只能填“是”或“否”"));
            }
            if (f.tally() > MAX_TALLY) {
                return Optional.of(new Problem(f.code(), "“" + name + "”的次数须在 0–" + MAX_TALLY + " 之间"));
            }
            if (f.note() != null && f.note().length() > 500) {
                return Optional.of(new Problem(f.code(), "“" + name + "”的说明最多 500 字"));
            }
            if (veto && f.tally() == 1 && f.note() == null) {
                return Optional.of(new Problem(f.code(), "触发“" + name + "”须写明依据（如投诉件编号）"));
            }
        }
        return Optional.empty();
    }
}
