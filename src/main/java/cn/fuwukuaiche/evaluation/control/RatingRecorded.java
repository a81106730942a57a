package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;

import java.time.LocalDateTime;

/**
 * Fired (synchronously) after a 好差评 rating is recorded: from a pad or the rating API ({@code RatingIntake}) and
 * from a case's 回访 ({@code RatingFollowUpObserver}). A 差评 and a 回访's rating fire it inside the JTA transaction
 * that stores them; a good rating from a pad or the API fires it after its own JDBC commit, with no transaction active
 * ({@code RatingIntake} is {@code NOT_SUPPORTED}). Observers that must only see committed data use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}: inside a transaction they are called after its commit,
 * without one at once — after the good rating's commit either way. An observer without a phase must not count on a
 * transaction to join. Observed by {@code display.control.RatingsOnScreens} (after success): the screens' 满意率
 * follows new ratings within a moment.
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
