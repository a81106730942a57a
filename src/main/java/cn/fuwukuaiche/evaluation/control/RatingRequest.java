package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;

import java.time.LocalDateTime;

/**
 * A rating as a pad or another platform submits it, already checked by {@link RatingRequestRules}.
 *
 * @param clientId the client's own id for it: a repeat with the same id is the same rating (idempotent)
 * @param staffNo  the serving staff member's 工号, if known; must work at the key's window
 * @param ratedAt  when the citizen rated (Asia/Shanghai); null means "now"
 */
public record RatingRequest(String clientId, RatingLevel level, String staffNo, Integer overall, Integer efficiency,
                            Integer competence, Integer attitude, String comment, LocalDateTime ratedAt) {
}
