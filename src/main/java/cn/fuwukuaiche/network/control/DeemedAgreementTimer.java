package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.base.control.TimerTicks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deemed agreement is a matter of time, not of someone opening the page: at startup (after the demo data)
 * and every hour the due tasks are recorded. Non-persistent: a missed run is simply caught up by the next.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeemedAgreementTimer {

    private static final Logger LOG = Logger.getLogger(DeemedAgreementTimer.class.getName());

    @Inject
    DeemedAgreement deemed;

    @Inject
    TimerTicks ticks;

    @PostConstruct
    void atStartup() {
        HallScope.eachHall(this::sweep);
    }

    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (ticks.claim("network.deemed-agreement")) {
            HallScope.eachHall(this::sweep); // each hall in its own transaction (issue 23)
        }
    }

    private void sweep() {
        try {
            int n = deemed.recordDue();
            if (n > 0) {
                LOG.info(() -> "并联审批：" + n + " 个超期未答复的部门已记录为视为同意");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "并联审批：记录超时视为同意失败，下一小时重试", e);
        }
    }
}
