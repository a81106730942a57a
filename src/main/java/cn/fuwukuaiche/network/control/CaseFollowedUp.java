package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.rating.RatingLevel;

import java.time.LocalDateTime;

/**
 * Fired (synchronously, inside the transaction that recorded it) after a case's follow-up (回访) has
 * recorded the applicant's satisfaction. The satisfaction counts as a 好差评 rating: the evaluation area
 * observes this event and keeps the rating; an observer that must only see committed data uses
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param caseId   the case ({@code ServiceCase})
 * @param nodeId   the node that handled the case (办理), i.e. whose service is rated
 * @param windowId the item's 承办 window when the county hall handled the case; null when a township or
 *                 village handled it or the item names no window
 * @param level    the applicant's satisfaction
 * @param at       when the follow-up was recorded
 */
public record CaseFollowedUp(long caseId, long nodeId, Long windowId, RatingLevel level, LocalDateTime at) {
}
