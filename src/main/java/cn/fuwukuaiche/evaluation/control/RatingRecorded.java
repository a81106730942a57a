package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;

import java.time.LocalDateTime;

/**
 * Fired (synchronously, inside the transaction that stored it) after a 好差评 rating is recorded: from a pad or the
 * rating API ({@code RatingIntake}) and from a case's 回访 ({@code RatingFollowUpObserver}). Observers that must
 * only see committed data use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. The display does not
 * observe it: ratings come many a minute, so the screens' 满意率 follows them at the board cache's age.
 *
 * @param ratingId the stored rating
 * @param windowId the window rated
 * @param level    the rating
 * @param channel  where it came from
 * @param at       when it was given
 */
public record RatingRecorded(long ratingId, long windowId, RatingLevel level, RatingChannel channel, LocalDateTime at) {

    static RatingRecorded of(Rating r) {
        return new RatingRecorded(r.getId(), r.getWindow().getId(), r.getLevel(), r.getChannel(), r.getRatedAt());
    }
}
