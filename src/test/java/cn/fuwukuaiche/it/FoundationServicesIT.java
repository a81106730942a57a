package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.TimerTicks;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.security.control.LoginOutcome;
import cn.fuwukuaiche.security.control.LoginService;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of the foundation (migrations, sign-in, accounts). Part of {@link ServicesIT}, the one
 * Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy, so JUnit runs every area's
 * tests in that deployment, and a test may use what the classes above it declare. Run them with {@code
 * -Dit.test=ServicesIT}.
 */
abstract class FoundationServicesIT extends ServicesITBase {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    LoginService logins;

    @Inject
    UserService users;

    // ---- foundation -------------------------------------------------------------------------

    @Test
    void flyway_migrated_the_empty_database_at_startup() {
        MigrationInfo[] applied = Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info().applied();
        List<String> versions = Arrays.stream(applied).filter(m -> m.getState().isApplied())
                .map(m -> m.getVersion().getVersion()).toList();
        assertTrue(versions.contains("1"), versions.toString());
        assertEquals(0, Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info().pending().length, "nothing left to migrate");
        Number users = (Number) em.createNativeQuery("select count(*) from app_user").getSingleResult();
        assertTrue(users.intValue() >= 5, "demo accounts, one per role");
    }

    @Test
    void a_login_succeeds_or_fails_and_both_are_in_the_audit_trail() {
        assertTrue(logins.attempt("leader", "demo1234").success());
        LoginOutcome wrong = logins.attempt("leader", "nope");
        assertEquals(LoginOutcome.Status.INVALID, wrong.status());

        List<AuditEntry> entries = em.createQuery(
                "select a from AuditEntry a where a.actor = 'leader' order by a.id", AuditEntry.class).getResultList();
        assertTrue(entries.stream().anyMatch(a -> a.getAction() == AuditAction.LOGIN));
        assertTrue(entries.stream().anyMatch(a -> a.getAction() == AuditAction.LOGIN_FAILED
                && a.getSummary().contains("密码错误")));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() throws Exception {
        // an account of its own, so no other test finds a demo account locked
        String password = signIn.as("admin", () -> users.create(
                new UserService.UserForm("it.locked", "锁定测试", EnumSet.of(Role.LEADER), true, null, null, null)));
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.Status.INVALID, logins.attempt("it.locked", "wrong").status());
        }
        LoginOutcome fifth = logins.attempt("it.locked", "wrong");
        assertEquals(LoginOutcome.Status.LOCKED, fifth.status());
        assertEquals(LoginOutcome.Status.LOCKED, logins.attempt("it.locked", password).status());
        assertTrue(logins.lockedUntil("it.locked").isPresent());
        long locks = em.createQuery("select count(a) from AuditEntry a where a.actor = 'it.locked' and a.action = 'ACCOUNT_LOCKED'",
                Long.class).getSingleResult();
        assertEquals(1, locks);
    }

    @Test
    void staff_is_refused_an_admin_service() {
        assertThrows(EJBAccessException.class, () -> signIn.as("staff", users::list));
    }

    @Test
    void admin_may_use_the_admin_service() throws Exception {
        assertFalse(signIn.as("admin", users::list).isEmpty());
    }

    @Test
    void creating_and_changing_a_user_is_audited_and_stale_edits_are_refused() throws Exception {
        UserService.UserForm form = new UserService.UserForm("it.user", "测试用户", EnumSet.of(Role.LEADER), true, null, null, null);
        String oneTimePassword = signIn.as("admin", () -> users.create(form));
        assertEquals(12, oneTimePassword.length());
        UserAccount created = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", "it.user").getSingleResult();
        assertTrue(created.isMustChangePassword());

        signIn.as("admin", () -> users.update(created.getId(), created.getVersion(),
                new UserService.UserForm("it.user", "测试用户二", EnumSet.of(Role.LEADER), true, null, null, null), "改名"));
        AuditEntry update = em.createQuery("select a from AuditEntry a where a.action = 'UPDATE' and a.entityType = '用户' and a.entityId = :id",
                AuditEntry.class).setParameter("id", String.valueOf(created.getId())).getSingleResult();
        assertEquals("姓名：测试用户 → 测试用户二", update.getChanges());
        assertEquals("改名", update.getReason());

        // the same stale version again: someone else saved in between
        Exception stale = assertThrows(Exception.class, () -> signIn.as("admin", () -> users.update(created.getId(), created.getVersion(),
                new UserService.UserForm("it.user", "第三个名字", EnumSet.of(Role.LEADER), true, null, null, null), null)));
        assertTrue(String.valueOf(rootCause(stale)).contains("已被他人修改"), String.valueOf(rootCause(stale)));

        BusinessException bad = assertThrows(BusinessException.class, () -> signIn.as("admin", () -> users.create(
                new UserService.UserForm("x", "", EnumSet.noneOf(Role.class), true, null, null, null))));
        assertEquals("username", bad.field());
    }

    @Inject
    TimerTicks ticks;

    /**
     * Several nodes on one database (here: eight callers at once) claim the same minute of a timer: exactly one runs
     * it; the next minute is claimed again; a node whose clock lags cannot run a minute already passed; a timer
     * without its row is a programming error, not a silent skip.
     */
    @Test
    void a_timer_tick_runs_once_however_many_nodes_claim_it() throws Exception {
        String name = "test.once-" + System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into timer_lease (name, tick_at, node, claimed_at) values (?, '2000-01-01 00:00:00', '-', '2000-01-01 00:00:00')")) {
            ps.setString(1, name);
            ps.executeUpdate();
        }
        LocalDateTime tick = LocalDateTime.of(2031, 1, 1, 7, 0);
        ExecutorService nodes = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(nodes.submit(() -> {
                    start.await();
                    return ticks.claim(name, tick);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, won, "one of eight claims of the same minute runs it");
        } finally {
            nodes.shutdownNow();
        }
        assertFalse(ticks.claim(name, tick), "the same minute again");
        assertFalse(ticks.claim(name, tick.minusMinutes(1)), "a lagging node's earlier minute");
        assertTrue(ticks.claim(name, tick.plusMinutes(1)), "the next minute");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select tick_at from timer_lease where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(tick.plusMinutes(1), rs.getTimestamp(1).toLocalDateTime(), "the lease holds the last minute run");
            }
        }
        assertThrows(Exception.class, () -> ticks.claim("test.no-such-timer", tick), "a timer without its row");
    }
}
