package cn.fuwukuaiche.base.control;

import cn.fuwukuaiche.base.db.SchemaMigrator;
import cn.fuwukuaiche.base.time.Times;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How many of each timer's last claims this node remembers ({@link #recentClaims}). */
    static final int REMEMBERED = 10;

    /** Per timer, this node's last claims as "tick=won" or "tick=lost", oldest first (for operators and ClusterIT). */
    private static final Map<String, Deque<String>> RECENT = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /**
     * This node's last claims per timer, e.g. {@code contest.attempt-sweep → [2026-12-07T06:40=won, 2026-12-07T06:41=lost]}:
     * with two nodes every tick shows "won" on one of them and "lost" on the other (GET /api/health for an operator).
     */
    public static Map<String, List<String>> recentClaims() {
        Map<String, List<String>> out = new TreeMap<>();
        RECENT.forEach((name, claims) -> {
            synchronized (claims) {
                out.put(name, List.copyOf(claims));
            }
        });
        return out;
    }

    private static void remember(String name, LocalDateTime tick, boolean won) {
        Deque<String> claims = RECENT.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (claims) {
            claims.addLast(tick + "=" + (won ? "won" : "lost"));
            while (claims.size() > REMEMBERED) {
                claims.pollFirst();
            }
        }
    }

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
        if (!SchemaMigrator.migrated()) {
            // the first minute of a start: the timers run as soon as the module is deployed, the migrations may not have
            LOG.fine(() -> "定时任务 " + name + " " + tick + " 跳过：数据库结构尚未就绪");
            return false;
        }
        LocalDateTime now = Times.now();
        int moved = em.createNativeQuery("update timer_lease set tick_at = ?, node = ?, claimed_at = ? where name = ? and tick_at < ?")
                .setParameter(1, tick).setParameter(2, NODE).setParameter(3, now).setParameter(4, name).setParameter(5, tick)
                .executeUpdate();
        if (moved == 1) {
            remember(name, tick, true);
            return true;
        }
        Number exists = (Number) em.createNativeQuery("select count(*) from timer_lease where name = ?").setParameter(1, name)
                .getSingleResult();
        if (exists.intValue() == 0) {
            throw new IllegalArgumentException("timer " + name + " has no row in timer_lease (add it in a migration)");
        }
        remember(name, tick, false);
        LOG.fine(() -> "定时任务 " + name + " " + tick + " 已由其他节点执行");
        return false;
    }
}
