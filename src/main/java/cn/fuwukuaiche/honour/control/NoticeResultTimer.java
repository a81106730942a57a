package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.base.control.TimerTicks;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Publishes the 公示结果 of notices whose period is over, every quarter of an hour (non-persistent: a timer that
 * was missed while the server was down simply runs at the next quarter).
 */
@Singleton
public class NoticeResultTimer {

    private static final Logger LOG = Logger.getLogger(NoticeResultTimer.class.getName());

    @Inject
    NoticeService notices;

    @Inject
    TimerTicks ticks;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void publishDue() {
        if (!ticks.claim("honour.notice-results")) {
            return; // another node of the cluster runs this quarter
        }
        HallScope.eachHall(() -> { // each hall in its own transaction (issue 23)
            int n = notices.publishDueResults();
            if (n > 0) {
                LOG.info(() -> "公示期满：已发布 " + n + " 条公示结果");
            }
        });
    }
}
