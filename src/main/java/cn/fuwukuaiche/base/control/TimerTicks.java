package cn.fuwukuaiche.base.control;

import cn.fuwukuaiche.base.time.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Each tick of a timer runs once, however many nodes share the database. Payara runs a non-persistent
 * {@code @Schedule} on every node of a cluster; before doing its work a timer asks {@link #claim} for the minute it
 * fired for, and only the node whose statement moves the timer's {@code timer_lease} row to that minute goes on
 * (one conditional UPDATE: the database decides, no clocks compared between nodes). On one node every claim
 * succeeds and costs one small statement. Each timer has its row from a migration ({@code V160__timer_lease.sql}).
 */
@Stateless
public class TimerTicks {

    private static final Logger LOG = Logger.getLogger(TimerTicks.class.getName());

    /** This JVM (pid@host), written with each claim so a log or a look at the table tells who ran a tick. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /** Claims the current minute of timer {@code name}: true for the one caller that runs it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name) {
        return move(name, Times.now().truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * Claims {@code tick} of timer {@code name}: true if no node has run this tick or a later one, false otherwise.
     * Its own transaction, committed before the timer's work starts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String name, LocalDateTime tick) {
        return move(name, tick);
    }

    private boolean move(String name, LocalDateTime tick) {
        LocalDateTime now = Times.now();
        int moved = em.createNativeQuery("update timer_lease set tick_at = ?, node = ?, claimed_at = ? where name = ? and tick_at < ?")
                .setParameter(1, tick).setParameter(2, NODE).setParameter(3, now).setParameter(4, name).setParameter(5, tick)
                .executeUpdate();
        if (moved == 1) {
            return true;
        }
        Number exists = (Number) em.createNativeQuery("select count(*) from timer_lease where name = ?").setParameter(1, name)
                .getSingleResult();
        if (exists.intValue() == 0) {
            throw new IllegalArgumentException("timer " + name + " has no row in timer_lease (add it in a migration)");
        }
        LOG.fine(() -> "定时任务 " + name + " " + tick + " 已由其他节点执行");
        return false;
    }
}
