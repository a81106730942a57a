package cn.fuwukuaiche.honour.control;

/**
 * Fired (synchronously, inside the transaction) when a real-name objection to a 公示 is stored; the inbox tells the
 * leaders, who decide it.
 *
 * @param objectionId the {@code NoticeObjection}
 * @param noticeId    its notice
 * @param notice      the notice as people read it, e.g. "流动红旗（2026年10月）：A05 不动产登记"
 */
public record ObjectionFiled(long objectionId, long noticeId, String notice) {
}
