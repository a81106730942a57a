package cn.fuwukuaiche.evaluation.control.tally;

import cn.fuwukuaiche.base.control.TimerTicks;
import cn.fuwukuaiche.base.time.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.logging.Logger;

/**
 * Every minute, on one node of a cluster ({@link TimerTicks}): one {@link RatingTally#step} in the timer's
 * transaction, across halls (the tally is the province's; its statements name hall_id but bind no hall).
 */
@Stateless
@PermitAll
public class RatingTallyTimer {

    static final String NAME = "evaluation.rating-tally";

    private static final Logger LOG = Logger.getLogger(RatingTallyTimer.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TimerTicks ticks;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (ticks.claim(NAME)) {
            RatingTally.Run r = RatingTally.step(new TallyJpaSql(em), Times.now());
            if (r.to() > r.from()) {
                LOG.fine(() -> "评价计数：评价 " + (r.from() + 1) + "–" + r.to() + " 计入 " + r.ratings() + " 条（" + r.rows() + " 行）");
            }
        }
    }
}
