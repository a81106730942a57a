package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.control.AssessmentSheet;
import cn.fuwukuaiche.evaluation.control.RankingExplanation;
import cn.fuwukuaiche.evaluation.control.RankingPlace;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.SchemeService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentAction;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshotLine;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.it.incontainer.AssessmentFixtures;
import cn.fuwukuaiche.it.incontainer.SignIn;
import cn.fuwukuaiche.security.control.LoginOutcome;
import cn.fuwukuaiche.security.control.LoginService;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
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

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Inject
    LoginService logins;

    @Inject
    UserService users;

    @Inject
    SignIn signIn;

    // ---- foundation -------------------------------------------------------------------------

    @Test
    void flyway_migrated_the_empty_database_at_startup() {
        @SuppressWarnings("unchecked")
        List<Object> versions = em.createNativeQuery(
                "select \"version\" from \"flyway_schema_history\" where \"success\" = true order by \"installed_rank\"")
                .getResultList();
        assertTrue(versions.stream().map(String::valueOf).toList().contains("1"), versions.toString());
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

    // ---- evaluation-assessment ----------------------------------------------------------------
    // Months: the demo county has sheets for the last 5 months and this one (older ones confirmed, last month
    // approved, this month draft); the window scheme v1 starts 6 months ago, so that month is free for fixtures.

    @Inject
    AssessmentService assessments;

    @Inject
    RankingService rankings;

    @Inject
    SchemeService schemeService;

    @Inject
    AssessmentFixtures fixtures;

    static YearMonth monthsAgo(int n) {
        return YearMonth.from(Times.today()).minusMonths(n);
    }

    static Map<String, AssessmentFigure> figures(String... codeTallyNote) {
        Map<String, AssessmentFigure> m = new LinkedHashMap<>();
        for (String s : codeTallyNote) {
            String[] p = s.split(":", 3);
            m.put(p[0], new AssessmentFigure(p[0], Integer.parseInt(p[1]), p.length > 2 ? p[2] : null));
        }
        return m;
    }

    long auditCount(String actor, AuditAction action, String summaryPart) {
        return em.createQuery("select count(a) from AuditEntry a where a.actor = :actor and a.action = :action "
                + "and a.summary like :s", Long.class).setParameter("actor", actor).setParameter("action", action.name())
                .setParameter("s", "%" + summaryPart + "%").getSingleResult();
    }

    @Test
    void staff_fill_in_their_own_windows_sheet_with_evidence_and_submit_it() throws Exception {
        long a05 = fixtures.windowId("A05");
        signIn.as("staff", () -> {
            long id = assessments.open(AssessmentSubject.WINDOW, YearMonth.from(Times.today()), a05, null);
            AssessmentSheet sheet = assessments.sheet(id);
            assertTrue(sheet.may(AssessmentAction.EDIT) && sheet.may(AssessmentAction.SUBMIT), sheet.actions().toString());

            BusinessException computed = assertThrows(BusinessException.class, () -> assessments.save(id, sheet.entityVersion(),
                    figures("UNSATISFIED:3"), null));
            assertEquals("UNSATISFIED", computed.field());
            assertTrue(computed.getMessage().contains("自动统计"), computed.getMessage());

            assessments.save(id, sheet.entityVersion(), figures("LATE:2:11月3日、17日迟到", "PRAISE_LETTER:1:群众来信表扬"),
                    "本月无违规收费");
            BusinessException fake = assertThrows(BusinessException.class, () -> assessments.addEvidence(id, null, "表扬信.pdf",
                    new byte[] {'M', 'Z', 0, 0}));
            assertEquals("evidence", fake.field());
            assessments.addEvidence(id, "PRAISE_LETTER", "表扬信.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

            AssessmentSheet saved = assessments.sheet(id);
            assertEquals(2, saved.figures().get("LATE").tally());
            assertEquals(1, saved.evidence().size());
            assessments.submit(id, saved.entityVersion());
            AssessmentSheet submitted = assessments.sheet(id);
            assertEquals(AssessmentStatus.SUBMITTED, submitted.status());
            assertEquals("staff", submitted.submittedBy());
            assertTrue(submitted.actions().isEmpty(), "nothing left for staff to do: " + submitted.actions());
            RankingExplanation why = rankings.explain(AssessmentSubject.WINDOW, YearMonth.from(Times.today()), a05);
            assertTrue(why.place().item().score().lines().stream().anyMatch(l -> l.explanation().startsWith("迟到 2 次")));
        });
        assertEquals(1, auditCount("staff", AuditAction.UPDATE, "提交考评表"));
        assertEquals(1, auditCount("staff", AuditAction.CREATE, "表扬信.pdf"));
    }

    @Test
    void staff_of_another_window_are_refused_its_sheet() throws Exception {
        long a05 = fixtures.windowId("A05");
        long sheet = fixtures.sheet("A05", monthsAgo(6), AssessmentStatus.DRAFT, null);
        signIn.as("staff2", () -> {
            BusinessException open = assertThrows(BusinessException.class,
                    () -> assessments.open(AssessmentSubject.WINDOW, YearMonth.from(Times.today()), a05, null));
            assertEquals("只能填报本人所在窗口的考评表", open.getMessage());
            assertThrows(BusinessException.class, () -> assessments.sheet(sheet));
            assertThrows(BusinessException.class, () -> assessments.save(sheet, 0, figures("LATE:0"), null));
            assertThrows(BusinessException.class, () -> rankings.explain(AssessmentSubject.WINDOW, monthsAgo(6), a05));
            assertThrows(EJBAccessException.class, () -> rankings.confirmMonth(AssessmentSubject.WINDOW, monthsAgo(1)));
            // the ranking list itself is open to everyone in the hall
            assertFalse(rankings.month(AssessmentSubject.WINDOW, monthsAgo(1)).rows().isEmpty());
        });
        assertEquals(AssessmentStatus.DRAFT, fixtures.status(sheet));
    }

    @Test
    void a_secretary_of_another_branch_is_refused_the_review() throws Exception {
        long b01 = fixtures.sheet("B01", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        signIn.as("secretary2", () -> {
            BusinessException e = assertThrows(BusinessException.class, () -> assessments.approve(b01,
                    versionOf(b01)));
            assertEquals("只能审核本支部窗口的考评表", e.getMessage());
            assertThrows(BusinessException.class, () -> assessments.returnSheet(b01, versionOf(b01), "不应被允许"));
        });
        assertEquals(AssessmentStatus.SUBMITTED, fixtures.status(b01));
    }

    @Test
    void the_secretary_returns_a_sheet_only_with_a_reason_the_staff_can_see() throws Exception {
        long a06 = fixtures.sheet("A06", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        String secretary = fixtures.secretaryOf("A06");
        signIn.as(secretary, () -> {
            AssessmentSheet s = assessments.sheet(a06);
            assertTrue(s.may(AssessmentAction.APPROVE) && s.may(AssessmentAction.RETURN));
            BusinessException none = assertThrows(BusinessException.class, () -> assessments.returnSheet(a06, s.entityVersion(), " "));
            assertEquals("reason", none.field());
            assessments.returnSheet(a06, s.entityVersion(), "迟到次数与考勤机记录不符，请核对");
        });
        assertEquals(AssessmentStatus.RETURNED, fixtures.status(a06));
        assertEquals("迟到次数与考勤机记录不符，请核对", fixtures.returnReason(a06));
        AuditEntry entry = em.createQuery("select a from AuditEntry a where a.actor = :who and a.action = :r "
                + "and a.entityId = :id", AuditEntry.class).setParameter("who", secretary).setParameter("r", AuditAction.REVIEW.name())
                .setParameter("id", String.valueOf(a06)).getSingleResult();
        assertEquals("迟到次数与考勤机记录不符，请核对", entry.getReason());
    }

    @Test
    void staff_see_the_return_reason_correct_the_sheet_and_submit_it_again() throws Exception {
        long a05 = fixtures.sheet("A05", monthsAgo(6), AssessmentStatus.RETURNED, "请补充迟到的具体日期");
        signIn.as("staff", () -> {
            AssessmentSheet s = assessments.sheet(a05);
            assertEquals("请补充迟到的具体日期", s.returnReason());
            assertTrue(s.may(AssessmentAction.EDIT) && s.may(AssessmentAction.SUBMIT));
            assessments.save(a05, s.entityVersion(), figures("LATE:1:5月6日迟到"), null);
            assessments.submit(a05, assessments.sheet(a05).entityVersion());
        });
        assertEquals(AssessmentStatus.SUBMITTED, fixtures.status(a05));
    }

    @Test
    void the_secretary_approves_a_submitted_sheet_of_the_branch() throws Exception {
        long a07 = fixtures.sheet("A07", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        String secretary = fixtures.secretaryOf("A07");
        signIn.as(secretary, () -> assessments.approve(a07, versionOf(a07)));
        assertEquals(AssessmentStatus.APPROVED, fixtures.status(a07));
        assertEquals(1, auditCount(secretary, AuditAction.REVIEW, "审核通过"));
    }

    @Test
    void the_leader_confirms_last_month_which_locks_it_and_stores_the_ranking_as_it_stood() throws Exception {
        YearMonth last = monthsAgo(1);
        RankingSnapshot snapshot = signIn.as("leader", () -> {
            List<RankingPlace> places = rankings.windowRanking(last);
            assertFalse(places.stream().filter(p -> p.windowLabel().startsWith("E03")).findFirst().orElseThrow()
                    .eligibleForRedFlag(), "E03's veto keeps it from the red flag");
            RankingSnapshot s = rankings.confirmMonth(AssessmentSubject.WINDOW, last);
            BusinessException twice = assertThrows(BusinessException.class,
                    () -> rankings.confirmMonth(AssessmentSubject.WINDOW, last));
            assertTrue(twice.getMessage().contains("已确认"), twice.getMessage());
            assertTrue(rankings.month(AssessmentSubject.WINDOW, last).confirmed());
            return rankings.confirmedRanking(AssessmentSubject.WINDOW, last).orElseThrow();
        });
        assertEquals(1, snapshot.getRevision());
        assertEquals(36, snapshot.getLines().size());
        assertTrue(snapshot.getSchemeLabel().contains("第2版"), snapshot.getSchemeLabel());
        assertEquals("总分 › 满意率（无评价者居后） › 差评数（少者优先）", snapshot.getTieBreakers());
        RankingSnapshotLine b03 = snapshot.getLines().stream().filter(l -> l.getSubjectLabel().startsWith("B03")).findFirst()
                .orElseThrow();
        RankingSnapshotLine d02 = snapshot.getLines().stream().filter(l -> l.getSubjectLabel().startsWith("D02")).findFirst()
                .orElseThrow();
        assertEquals(b03.getPlaceNo(), d02.getPlaceNo(), "equal on every criterion: one shared place");
        assertTrue(b03.isTied() && d02.isTied());
        assertFalse(snapshot.getLines().stream().filter(l -> l.getSubjectLabel().startsWith("E03")).findFirst().orElseThrow()
                .isEligible());
        long unlocked = em.createQuery("select count(a) from MonthlyAssessment a where a.periodYm = :p and a.subjectKind = :k "
                        + "and (a.status <> :c or a.countsFrozen = false)", Long.class)
                .setParameter("p", SchemeMapper.period(last)).setParameter("k", AssessmentSubject.WINDOW)
                .setParameter("c", AssessmentStatus.CONFIRMED).getSingleResult();
        assertEquals(0, unlocked);
        assertEquals(1, auditCount("leader", AuditAction.DECISION, "排名"));
    }

    @Test
    void a_confirmed_month_refuses_staff_edits() throws Exception {
        long a05 = fixtures.windowId("A05");
        YearMonth confirmed = monthsAgo(3);
        signIn.as("staff", () -> {
            RankingExplanation why = rankings.explain(AssessmentSubject.WINDOW, confirmed, a05);
            long id = why.place().item().subject().assessmentId();
            AssessmentSheet s = assessments.sheet(id);
            assertEquals(AssessmentStatus.CONFIRMED, s.status());
            assertTrue(s.actions().isEmpty());
            BusinessException e = assertThrows(BusinessException.class, () -> assessments.save(id, s.entityVersion(),
                    figures("LATE:0"), null));
            assertEquals("本月考评已确认锁定，如需更正须由中心领导填写更正原因", e.getMessage());
            assertThrows(BusinessException.class, () -> assessments.addEvidence(id, null, "a.pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)));
            assertThrows(EJBAccessException.class, () -> assessments.correct(id, s.entityVersion(), figures("LATE:0"), null, "想改"));
        });
    }

    @Test
    void the_leader_corrects_a_confirmed_sheet_only_with_a_recorded_reason() throws Exception {
        YearMonth confirmed = monthsAgo(3);
        long a06 = fixtures.windowId("A06");
        signIn.as("leader", () -> {
            long id = rankings.explain(AssessmentSubject.WINDOW, confirmed, a06).place().item().subject().assessmentId();
            AssessmentSheet s = assessments.sheet(id);
            assertTrue(s.may(AssessmentAction.CORRECT));
            BusinessException none = assertThrows(BusinessException.class,
                    () -> assessments.correct(id, s.entityVersion(), figures("LATE:3:考勤复核"), s.selfNote(), ""));
            assertEquals("reason", none.field());
            Map<String, AssessmentFigure> f = new LinkedHashMap<>(s.figures());
            f.put("BANNER", new AssessmentFigure("BANNER", 1, "群众赠送锦旗（补录）"));
            assessments.correct(id, s.entityVersion(), f, s.selfNote(), "漏报锦旗，经核实补录");
            AssessmentSheet after = assessments.sheet(id);
            assertEquals(AssessmentStatus.CONFIRMED, after.status());
            assertEquals(1, after.corrections().size());
            assertEquals("漏报锦旗，经核实补录", after.corrections().get(0).getReason());
            List<RankingSnapshot> revisions = rankings.snapshots(AssessmentSubject.WINDOW, confirmed);
            assertEquals(2, revisions.size(), "the correction stores a new revision; the first stays as confirmed");
            assertTrue(revisions.get(1).getReason().contains("漏报锦旗"));
        });
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.actor = 'leader' and a.action = :u "
                + "and a.reason = '漏报锦旗，经核实补录'", Long.class).setParameter("u", AuditAction.UPDATE.name()).getSingleResult());
    }

    @Test
    void an_upheld_appeal_takes_the_bad_rating_out_of_every_score() throws Exception {
        YearMonth now = YearMonth.from(Times.today());
        long f04 = fixtures.windowId("F04");
        long rating = fixtures.addBadRating("F04", now);
        RankingRow before = signIn.as("admin", () -> rankings.month(AssessmentSubject.WINDOW, now).find(f04).orElseThrow().item());
        fixtures.exclude(rating);
        RankingRow after = signIn.as("admin", () -> rankings.month(AssessmentSubject.WINDOW, now).find(f04).orElseThrow().item());
        assertEquals(before.badCount() - 1, after.badCount());
        assertEquals(0, before.total().add(new BigDecimal("3")).compareTo(after.total()),
                before.total() + " → " + after.total() + " (差评 −3 under v2)");
    }

    @Test
    void admin_adds_a_scheme_version_only_from_an_unscored_month_and_open_sheets_move_to_it() throws Exception {
        YearMonth now = YearMonth.from(Times.today());
        long a05 = fixtures.windowId("A05");
        signIn.as("admin", () -> {
            // the mapping from the entities and the ranking's SQL loader give the same rules
            assertEquals(schemeService.inForce(AssessmentSubject.WINDOW, monthsAgo(1)).definition(),
                    rankings.month(AssessmentSubject.WINDOW, monthsAgo(1)).scheme().definition());
            assertEquals(now, schemeService.firstOpenMonth(AssessmentSubject.WINDOW).orElseThrow());
            SchemeSpec v2 = schemeService.template(AssessmentSubject.WINDOW);
            List<SchemeRuleSpec> rules = new ArrayList<>(v2.rules());
            rules.replaceAll(r -> r.code().equals("LATE") ? new SchemeRuleSpec(r.kind(), r.code(), r.name(), r.itemCode(),
                    new BigDecimal("2"), r.cap(), r.feed(), r.sortOrder()) : r);
            SchemeSpec past = new SchemeSpec(null, v2.schemeName(), 0, SchemeMapper.period(monthsAgo(1)), v2.bonusCap(),
                    v2.ratingPoints(), v2.weightPublic(), v2.weightPeer(), v2.weightOrganisation(), v2.tieBreakers(),
                    "迟到每次扣 2 分", rules);
            BusinessException e = assertThrows(BusinessException.class,
                    () -> schemeService.createVersion(AssessmentSubject.WINDOW, past, null));
            assertEquals("effectiveYm", e.field());
            assertTrue(e.getMessage().contains("已按原方案评分"), e.getMessage());

            SchemeVersion v3 = schemeService.createVersion(AssessmentSubject.WINDOW,
                    past.asNewVersion(0, SchemeMapper.period(now), "迟到每次扣 2 分"), "中心办公会议决定");
            assertEquals(3, v3.getVersionNo());
            RankingExplanation why = rankings.explain(AssessmentSubject.WINDOW, now, a05);
            assertEquals(3, why.place().item().scheme().versionNo(), "this month's open sheet moved to v3");
            assertEquals(2, rankings.explain(AssessmentSubject.WINDOW, monthsAgo(1), a05).place().item().scheme().versionNo(),
                    "last month keeps the version it was scored under");

            SchemeService.VersionInfo newest = schemeService.versions(AssessmentSubject.WINDOW).get(0);
            assertTrue(newest.deletable());
            schemeService.deleteVersion(newest.id(), newest.entityVersion(), "测试完毕，撤回");
            assertEquals(2, rankings.explain(AssessmentSubject.WINDOW, now, a05).place().item().scheme().versionNo());
        });
        assertEquals(1, auditCount("admin", AuditAction.CREATE, "第3版"));
        assertEquals(1, auditCount("admin", AuditAction.DELETE, "第3版"));
    }

    long versionOf(long sheetId) {
        return em.find(MonthlyAssessment.class, sheetId).getVersion();
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
