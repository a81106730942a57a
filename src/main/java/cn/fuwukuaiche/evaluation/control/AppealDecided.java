package cn.fuwukuaiche.evaluation.control;

/**
 * Fired (synchronously, inside the transaction) when the leader decides a 差评 appeal; the inbox tells whoever filed
 * it.
 *
 * @param appealId   the {@code RatingAppeal}
 * @param appealedBy the account that filed it
 * @param windowId   the rating's window
 * @param upheld     申诉成立
 */
public record AppealDecided(long appealId, String appealedBy, long windowId, boolean upheld) {
}
