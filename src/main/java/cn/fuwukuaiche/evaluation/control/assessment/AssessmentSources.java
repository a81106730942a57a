package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

import java.util.Optional;

/**
 * The references a score line carries to the record it came from ("为什么是这个分数"): a figure on a sheet
 * (with its note and evidence files), or the month's ratings of a window or person. Kept as short strings
 * in {@link cn.fuwukuaiche.evaluation.control.scheme.ScoreLine#source()}; the page turns them into links.
 */
public final class AssessmentSources {

    public enum Type { SHEET, RATINGS }

    /**
     * @param type          what the line came from
     * @param assessmentId  the sheet (SHEET)
     * @param code          the rule code on the sheet (SHEET)
     * @param subject       window or person (RATINGS)
     * @param subjectId     window id or staff id (RATINGS)
     * @param periodYm      the month (RATINGS)
     */
    public record Source(Type type, Long assessmentId, String code, AssessmentSubject subject, Long subjectId,
                         Integer periodYm) {
    }

    private AssessmentSources() {
    }

    public static String sheet(long assessmentId, String code) {
        return "sheet:" + assessmentId + ":" + code;
    }

    public static String ratings(AssessmentSubject subject, long subjectId, int periodYm) {
        return "ratings:" + subject.name() + ":" + subjectId + ":" + periodYm;
    }

    /** Empty for null, free text or anything malformed: such a line simply has no link. */
    public static Optional<Source> parse(String source) {
        if (source == null) {
            return Optional.empty();
        }
        String[] p = source.split(":", -1);
        try {
            if (p.length == 3 && p[0].equals("sheet")) {
                return Optional.of(new Source(Type.SHEET, Long.parseLong(p[1]), p[2], null, null, null));
            }
            if (p.length == 4 && p[0].equals("ratings")) {
                return Optional.of(new Source(Type.RATINGS, null, null, AssessmentSubject.valueOf(p[1]),
                        Long.parseLong(p[2]), Integer.parseInt(p[3])));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
