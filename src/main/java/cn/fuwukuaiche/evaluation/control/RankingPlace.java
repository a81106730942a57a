package cn.fuwukuaiche.evaluation.control;

import java.math.BigDecimal;

/**
 * One window's place in a month's ranking, for other areas (the red flag): rank with ties (1, 2, 2, 4), what
 * decided it, the total and whether a veto (一票否决) makes it ineligible for the flag that month.
 */
public record RankingPlace(int rank, boolean tied, String decidedBy, long windowId, String windowLabel, BigDecimal total,
                           boolean vetoed, boolean eligibleForRedFlag, String status) {
}
