package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;

/**
 * Fired (synchronously, inside the transaction) when a month's ranking is stored: the leader's confirmation, and a
 * correction of a confirmed sheet that stores a new revision. The display observes it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so the screens show the confirmed ranking at once.
 *
 * @param kind       windows or staff
 * @param periodYm   the month ranked, e.g. 202610
 * @param snapshotId the stored {@code RankingSnapshot}
 * @param correction true for a new revision after a correction, false for the confirmation
 */
public record RankingConfirmed(AssessmentSubject kind, int periodYm, long snapshotId, boolean correction) {
}
