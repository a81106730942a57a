package cn.fuwukuaiche.evaluation.control.scheme;

import java.time.YearMonth;

/**
 * Thrown when a month predates the first version of a scheme. Scoring such a month with the first
 * version anyway would apply rules that were not yet published, so we refuse and say so.
 */
public final class SchemeNotInForceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String schemeName;
    private final YearMonth month;

    public SchemeNotInForceException(String schemeName, YearMonth month, YearMonth firstEffective) {
        super("评分方案“" + schemeName + "”自" + SchemeVersions.format(firstEffective) + "起施行，"
              + SchemeVersions.format(month) + "没有适用的版本");
        this.schemeName = schemeName;
        this.month = month;
    }

    public String schemeName() {
        return schemeName;
    }

    public YearMonth month() {
        return month;
    }
}
