package cn.fuwukuaiche.evaluation.control;

/**
 * Fired (synchronously, inside the transaction) when a secretary or the leader returns a monthly sheet; the inbox
 * observes it and tells the window's staff (same transaction: a rolled-back return tells nobody).
 *
 * @param sheetId  the returned {@code MonthlyAssessment}
 * @param windowId the sheet's window (its staff fill it in again)
 * @param label    the sheet as people read it, e.g. "2026年11月 窗口 A05"
 * @param reason   the reason the staff will see
 */
public record SheetReturned(long sheetId, long windowId, String label, String reason) {
}
