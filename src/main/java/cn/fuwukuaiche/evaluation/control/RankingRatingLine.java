package cn.fuwukuaiche.evaluation.control;

import java.time.LocalDateTime;

/** One rating behind a score, as the explanation lists it (no rater comment: that stays private). */
public record RankingRatingLine(long id, LocalDateTime ratedAt, String level, boolean bad, String channel, String staffName,
                                boolean excluded) {
}
