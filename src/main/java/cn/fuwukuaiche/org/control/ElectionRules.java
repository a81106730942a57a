package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.org.entity.Branch;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 党组织换届 from a branch's committee term (plain Java, {@code ElectionRulesTest}): a branch elected in a year
 * (its term starts then) has 换届 that year; a branch is due in a year when it was elected then or its term ends in or
 * before that year (overdue terms stay due until the election). Only the current term is kept, so a past year's
 * figure is as the current term tells it.
 */
public final class ElectionRules {

    /** A 支部委员会's term is at most five years (党章 3–5 years). */
    public static final int MAX_YEARS = 5;

    private ElectionRules() {
    }

    public static Optional<String> termProblem(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return Optional.empty();
        }
        if (start == null || end == null) {
            return Optional.of("任期须填写起止日期");
        }
        if (!end.isAfter(start)) {
            return Optional.of("任期结束须晚于开始");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS).plusDays(1))) {
            return Optional.of("任期不超过 5 年");
        }
        return Optional.empty();
    }

    public static boolean elected(LocalDate termStart, int year) {
        return termStart != null && termStart.getYear() == year;
    }

    public static boolean due(LocalDate termStart, LocalDate termEnd, int year) {
        return elected(termStart, year) || (termEnd != null && termEnd.getYear() <= year
                && (termStart == null || termStart.getYear() < year));
    }

    public static boolean due(Branch b, int year) {
        return due(b.getTermStart(), b.getTermEnd(), year);
    }
}
