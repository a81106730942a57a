package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.it.incontainer.SignIn;
import cn.fuwukuaiche.contest.control.ContestDemoSeeder;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.ParticipationService;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.it.incontainer.ContestClock;
import cn.fuwukuaiche.security.control.LoginOutcome;
import cn.fuwukuaiche.security.control.LoginService;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.io.File;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one in-container test class (each Arquillian deployment starts a Payara Micro): the real WAR on a
 * fresh database (in-memory H2, or MySQL/MariaDB with -Pmysql), checked through its services.
 * Features add their own test methods here, grouped by a comment, rather than new deployments.
 */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("app.war", "target/ROOT.war")))
                .as(WebArchive.class);
        war.addPackages(true, "cn.fuwukuaiche.it.incontainer");
        return war;
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    LoginService logins;

    @Inject
    UserService users;

    @Inject
    SignIn signIn;

    @Inject
    ParticipationService participation;

    @Inject
    ContestService contestService;

    @Inject
    ContestClock contestClock;

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
    void five_wrong_passwords_lock_the_account_even_against_the_right_one() {
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginOutcome.Status.INVALID, logins.attempt("secretary", "wrong").status());
        }
        LoginOutcome fifth = logins.attempt("secretary", "wrong");
        assertEquals(LoginOutcome.Status.LOCKED, fifth.status());
        assertEquals(LoginOutcome.Status.LOCKED, logins.attempt("secretary", "demo1234").status());
        assertTrue(logins.lockedUntil("secretary").isPresent());
        long locks = em.createQuery("select count(a) from AuditEntry a where a.actor = 'secretary' and a.action = 'ACCOUNT_LOCKED'",
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
        AuditEntry update = em.createQuery("select a from AuditEntry a where a.action = 'UPDATE' and a.entityId = :id",
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

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    // ---- contest -------------------------------------------------------------------------------

    private long contestId(String titlePart, ContestStatus status) {
        return em.createQuery("select c.id from Contest c where c.title like :t and c.status = :s order by c.id desc", Long.class)
                .setParameter("t", "%" + titlePart + "%").setParameter("s", status).setMaxResults(1).getSingleResult();
    }

    @Test
    void contest_a_late_submission_is_refused_and_auto_submitted_with_the_saved_answers_and_only_one_attempt_is_allowed() throws Exception {
        long id = contestId("业务知识大练兵", ContestStatus.OPEN);
        Attempt a = signIn.as("staff", () -> participation.start(id));
        ParticipationService.Paper paper = signIn.as("staff", () -> participation.paper(id));
        assertEquals(10, paper.questions().size());
        assertTrue(paper.questions().stream().allMatch(q -> q.key() == null), "no key before the contest closes");
        ParticipationService.PaperQuestion first = paper.questions().get(0);
        signIn.as("staff", () -> participation.saveAnswer(id, first.question().getId(), first.question().getAnswerKey()));

        contestClock.expire(a.getId(), 1);
        BusinessException late = assertThrows(BusinessException.class, () -> signIn.as("staff", () -> participation.submit(id)));
        assertEquals(ParticipationService.TIME_UP, late.getMessage());
        Attempt after = contestClock.attempt(a.getId());
        assertTrue(after.isSubmitted());
        assertTrue(after.isAutoSubmitted());
        assertEquals(1, after.getCorrectCount(), "the answer saved in time counts");
        assertEquals("10.00", after.getScore().toPlainString());

        assertEquals(a.getId(), signIn.as("staff", () -> participation.start(id)).getId(), "no second attempt");
        BusinessException again = assertThrows(BusinessException.class,
                () -> signIn.as("staff", () -> participation.saveAnswer(id, first.question().getId(), "B")));
        assertEquals("您已交卷，每人只能参加一次", again.getMessage());
    }

    @Test
    void contest_closing_and_publishing_ranks_and_the_first_prizes_are_star_candidates() throws Exception {
        long spot = em.createQuery("select c.id from Contest c where c.title = :t", Long.class)
                .setParameter("t", ContestDemoSeeder.SPOT_TEST_TITLE).getSingleResult();
        signIn.as("leader", () -> {
            Contest c = contestService.advance(spot, em.find(Contest.class, spot).getVersion(), ContestStatus.CLOSED);
            contestService.advance(spot, c.getVersion(), ContestStatus.PUBLISHED);
            List<ContestService.ResultRow> rows = contestService.results(spot);
            assertEquals(1, rows.size());
            assertEquals("未参加", rows.get(0).detail());
            assertEquals(null, rows.get(0).prize(), "a zero score wins nothing");

            long past = contestId("业务知识大练兵", ContestStatus.PUBLISHED);
            List<ContestService.ResultRow> ranking = contestService.results(past);
            assertEquals(1, ranking.get(0).place());
            assertEquals(Prize.FIRST, ranking.get(0).prize());
            List<ContestService.StarCandidate> stars = contestService.starCandidates(
                    cn.fuwukuaiche.base.time.Times.today().minusMonths(6), cn.fuwukuaiche.base.time.Times.today());
            assertTrue(stars.stream().anyMatch(s -> s.prize() == Prize.FIRST && "业绩突出星".equals(s.star())), stars.toString());
            return null;
        });
        assertThrows(BusinessException.class, () -> signIn.as("leader",
                () -> contestService.advance(spot, em.find(Contest.class, spot).getVersion(), ContestStatus.OPEN)));
    }

    @Test
    void contest_staff_may_not_run_contests() {
        assertThrows(EJBAccessException.class, () -> signIn.as("staff2", contestService::contests));
    }
}
