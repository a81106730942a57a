package cn.fuwukuaiche.evaluation.control;

/**
 * Fired (synchronously, inside the transaction) when staff submit a monthly sheet for review, first or again after a
 * return; the inbox tells the secretaries of the window's branch (工作台: the sheet to review appears on their open
 * workbench).
 *
 * @param sheetId  the submitted {@code MonthlyAssessment}
 * @param windowId the sheet's window
 * @param label    the sheet as people read it, e.g. "2026年11月 窗口 A05"
 */
public record SheetSubmitted(long sheetId, long windowId, String label) {
}
