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
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of evaluation: monthly assessments, rankings, schemes and the 三评. Part of {@link ServicesIT},
 * the one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy, so JUnit runs every
 * area's tests in that deployment, and a test may use what the classes above it declare. Run them with {@code
 * -Dit.test=ServicesIT}.
 */
abstract class AssessmentServicesIT extends RatingServicesIT {

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
    AssessmentFixtures assessmentFixtures;


    static Map<String, AssessmentFigure> figures(String... codeTallyNote) {
        Map<String, AssessmentFigure> m = new LinkedHashMap<>();
        for (String s : codeTallyNote) {
            String[] p = s.split(":", 3);
            m.put(p[0], new AssessmentFigure(p[0], Integer.parseInt(p[1]), p.length > 2 ? p[2] : null));
        }
        return m;
    }


    @Test
    void staff_fill_in_their_own_windows_sheet_with_evidence_and_submit_it() throws Exception {
        long a05 = assessmentFixtures.windowId("A05");
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
            assertEquals("张伟", submitted.submittedBy(), "the sheet names the person, not the login");
            assertTrue(submitted.actions().isEmpty(), "nothing left for staff to do: " + submitted.actions());
            RankingExplanation why = rankings.explain(AssessmentSubject.WINDOW, YearMonth.from(Times.today()), a05);
            assertTrue(why.place().item().score().lines().stream().anyMatch(l -> l.explanation().startsWith("迟到 2 次")));
        });
        assertEquals(1, auditCount("staff", AuditAction.UPDATE, "提交考评表"));
        assertEquals(1, auditCount("staff", AuditAction.CREATE, "表扬信.pdf"));
    }

    @Test
    void staff_of_another_window_are_refused_its_sheet() throws Exception {
        long a05 = assessmentFixtures.windowId("A05");
        long sheet = assessmentFixtures.sheet("A05", monthsAgo(6), AssessmentStatus.DRAFT, null);
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
        assertEquals(AssessmentStatus.DRAFT, assessmentFixtures.status(sheet));
    }

    @Test
    void a_secretary_of_another_branch_is_refused_the_review() throws Exception {
        long b01 = assessmentFixtures.sheet("B01", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        signIn.as("secretary2", () -> {
            BusinessException e = assertThrows(BusinessException.class, () -> assessments.approve(b01,
                    versionOf(b01)));
            assertEquals("只能审核本支部窗口的考评表", e.getMessage());
            assertThrows(BusinessException.class, () -> assessments.returnSheet(b01, versionOf(b01), "不应被允许"));
        });
        assertEquals(AssessmentStatus.SUBMITTED, assessmentFixtures.status(b01));
    }

    @Test
    void the_secretary_returns_a_sheet_only_with_a_reason_the_staff_can_see() throws Exception {
        long a06 = assessmentFixtures.sheet("A06", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        String secretary = assessmentFixtures.secretaryOf("A06");
        signIn.as(secretary, () -> {
            AssessmentSheet s = assessments.sheet(a06);
            assertTrue(s.may(AssessmentAction.APPROVE) && s.may(AssessmentAction.RETURN));
            BusinessException none = assertThrows(BusinessException.class, () -> assessments.returnSheet(a06, s.entityVersion(), " "));
            assertEquals("reason", none.field());
            assessments.returnSheet(a06, s.entityVersion(), "迟到次数与考勤机记录不符，请核对");
        });
        assertEquals(AssessmentStatus.RETURNED, assessmentFixtures.status(a06));
        assertEquals("迟到次数与考勤机记录不符，请核对", assessmentFixtures.returnReason(a06));
        AuditEntry entry = em.createQuery("select a from AuditEntry a where a.actor = :who and a.action = :r "
                + "and a.entityType = '窗口月度考评' and a.entityId = :id", AuditEntry.class).setParameter("who", secretary).setParameter("r", AuditAction.REVIEW.name())
                .setParameter("id", String.valueOf(a06)).getSingleResult();
        assertEquals("迟到次数与考勤机记录不符，请核对", entry.getReason());
    }

    @Test
    void staff_see_the_return_reason_correct_the_sheet_and_submit_it_again() throws Exception {
        long a05 = assessmentFixtures.sheet("A05", monthsAgo(6), AssessmentStatus.RETURNED, "请补充迟到的具体日期");
        signIn.as("staff", () -> {
            AssessmentSheet s = assessments.sheet(a05);
            assertEquals("请补充迟到的具体日期", s.returnReason());
            assertTrue(s.may(AssessmentAction.EDIT) && s.may(AssessmentAction.SUBMIT));
            assessments.save(a05, s.entityVersion(), figures("LATE:1:5月6日迟到"), null);
            assessments.submit(a05, assessments.sheet(a05).entityVersion());
        });
        assertEquals(AssessmentStatus.SUBMITTED, assessmentFixtures.status(a05));
    }

    @Test
    void the_secretary_approves_a_submitted_sheet_of_the_branch() throws Exception {
        long a07 = assessmentFixtures.sheet("A07", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        String secretary = assessmentFixtures.secretaryOf("A07");
        signIn.as(secretary, () -> assessments.approve(a07, versionOf(a07)));
        assertEquals(AssessmentStatus.APPROVED, assessmentFixtures.status(a07));
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
        long a05 = assessmentFixtures.windowId("A05");
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
        long a06 = assessmentFixtures.windowId("A06");
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
        long f04 = assessmentFixtures.windowId("F04");
        long rating = assessmentFixtures.addBadRating("F04", now);
        RankingRow before = signIn.as("admin", () -> rankings.month(AssessmentSubject.WINDOW, now).find(f04).orElseThrow().item());
        assessmentFixtures.exclude(rating);
        RankingRow after = signIn.as("admin", () -> rankings.month(AssessmentSubject.WINDOW, now).find(f04).orElseThrow().item());
        assertEquals(before.badCount() - 1, after.badCount());
        assertEquals(0, before.total().add(new BigDecimal("3")).compareTo(after.total()),
                before.total() + " → " + after.total() + " (差评 −3 under v2)");
    }

    @Test
    void admin_adds_a_scheme_version_only_from_an_unscored_month_and_open_sheets_move_to_it() throws Exception {
        YearMonth now = YearMonth.from(Times.today());
        long a05 = assessmentFixtures.windowId("A05");
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

    // ---- evaluation-three-by-three --------------------------------------------------------------
    // Last month: the demo county has every branch's 三评 except a few of the first joint branch's (secretary's), its first full member among them.

    @Inject
    cn.fuwukuaiche.evaluation.control.ThreeByThreeService threes;

    /** The branch's first Party member who is not a demo account's person (nobody scores himself). */
    Staff partyMemberOf(String branchName) {
        return em.createQuery("select s from Staff s where s.branch.name = :b and s.active = true"
                              + " and s.politicalStatus = cn.fuwukuaiche.org.entity.PoliticalStatus.PARTY_MEMBER"
                              + " and not exists (select u from UserAccount u where u.staffId = s.id) order by s.staffNo",
                Staff.class).setParameter("b", branchName).setMaxResults(1).getSingleResult();
    }


    @Test
    void integrity_a_secretary_may_not_score_herself_and_the_refusal_says_who_does() throws Exception {
        YearMonth month = YearMonth.from(Times.today()).minusMonths(3);
        long herself = personOf("secretary");
        signIn.as("secretary", () -> {
            var row = threes.sheet(month).rows().stream().filter(r -> r.item().staffId() == herself).findFirst().orElseThrow().item();
            assertTrue(row.self(), "her own row is marked");
            assertFalse(row.editable(), "and offers no 录入");
            BusinessException own = assertThrows(BusinessException.class,
                    () -> threes.save(herself, month, new BigDecimal("99"), new BigDecimal("99"), "自评", row.entityVersion()));
            assertEquals("不能评价本人，请由总支领导录入", own.getMessage());
            return null;
        });
        assertEquals(0L, em.createQuery("select count(a) from AuditEntry a where a.entityType = '三评' and a.actor = 'secretary'"
                + " and a.reason like '%自评%'", Long.class).getSingleResult(), "nothing was written");
    }

    @Test
    void integrity_the_leader_scores_the_secretary_and_the_page_names_him() throws Exception {
        YearMonth month = YearMonth.from(Times.today()).minusMonths(3);
        long secretary = personOf("secretary");
        long scoreId = signIn.as("leader", () -> {
            var row = threes.sheet(month).rows().stream().filter(r -> r.item().staffId() == secretary).findFirst().orElseThrow().item();
            assertFalse(row.self());
            assertTrue(row.editable(), "the person above enters it");
            long saved = threes.save(secretary, month, new BigDecimal("90"), new BigDecimal("91"), "由总支录入", row.entityVersion()).getId();
            var after = threes.sheet(month).rows().stream().filter(r -> r.item().staffId() == secretary).findFirst().orElseThrow().item();
            assertEquals(new BigDecimal("91.00"), after.organisation());
            assertEquals("王建国", after.enteredBy(), "the person, not the login");
            return saved;
        });
        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.entityType = '三评' and a.actor = 'leader'"
                + " and a.entityId = :id", Long.class).setParameter("id", String.valueOf(scoreId)).getSingleResult(),
                "the audit keeps the account");
    }

    @Test
    void integrity_a_secretary_does_not_review_her_own_windows_sheet_and_a_returned_sheet_names_her() throws Exception {
        Long unit = em.createQuery("select x.unit.id from ServiceWindow x where x.windowNo = 'B01'", Long.class).getSingleResult();
        String sameUnit = em.createQuery("select w.windowNo from ServiceWindow w where w.unit.id = :u and w.windowNo <> 'B01' "
                + "order by w.windowNo", String.class).setParameter("u", unit).setMaxResults(1).getSingleResult();
        long own = assessmentFixtures.sheet("B01", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        long other = assessmentFixtures.sheet(sameUnit, monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        signIn.as("secretary", () -> {
            AssessmentSheet mine = assessments.sheet(own);
            assertFalse(mine.may(AssessmentAction.APPROVE) || mine.may(AssessmentAction.RETURN), mine.actions().toString());
            BusinessException refused = assertThrows(BusinessException.class, () -> assessments.approve(own, versionOf(own)));
            assertEquals("不能审核本人的考评表，请由总支领导审核", refused.getMessage());
            assertThrows(BusinessException.class, () -> assessments.returnSheet(own, versionOf(own), "不应被允许"));

            assessments.returnSheet(other, versionOf(other), "请补充迟到的具体日期");
            AssessmentSheet returned = assessments.sheet(other);
            assertEquals("李秀英", returned.reviewedBy(), "已被退回（李秀英）, not （secretary）");
            return null;
        });
        assertEquals(AssessmentStatus.SUBMITTED, assessmentFixtures.status(own));
        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.actor = 'secretary' and a.action = :r"
                + " and a.entityId = :id", Long.class).setParameter("r", AuditAction.REVIEW.name())
                .setParameter("id", String.valueOf(other)).getSingleResult());
    }

    @Test
    void integrity_the_leader_reviews_the_secretarys_window_sheet() throws Exception {
        long own = assessmentFixtures.sheet("B01", monthsAgo(6), AssessmentStatus.SUBMITTED, null);
        signIn.as("leader", () -> assessments.approve(own, versionOf(own)));
        assertEquals(AssessmentStatus.APPROVED, assessmentFixtures.status(own));
    }

    @Test
    void three_by_three_the_secretary_enters_her_branch_and_the_combined_score_uses_the_schemes_weights() throws Exception {
        YearMonth last = YearMonth.from(Times.today()).minusMonths(1);
        Staff mine = partyMemberOf("第一联合党支部");
        Staff other = partyMemberOf("第二联合党支部");
        signIn.as("secretary", () -> {
            cn.fuwukuaiche.evaluation.control.ThreeByThreeService.Sheet sheet = threes.sheet(last);
            assertFalse(sheet.rows().isEmpty());
            assertTrue(sheet.rows().stream().allMatch(r -> "第一联合党支部".equals(r.item().branchName())),
                    "a secretary sees only her branch's Party members");
            var row = sheet.rows().stream().filter(r -> r.item().staffId() == mine.getId()).findFirst().orElseThrow().item();
            assertNull(row.peer(), "last month is not entered yet for the first branch");
            assertNull(row.combined());

            BusinessException range = assertThrows(BusinessException.class,
                    () -> threes.save(mine.getId(), last, new BigDecimal("101"), new BigDecimal("90"), null, -1));
            assertEquals("peerScore", range.field());
            assertEquals("党员评须在 0 到 100 分之间", range.getMessage());
            BusinessException missing = assertThrows(BusinessException.class,
                    () -> threes.save(mine.getId(), last, new BigDecimal("90"), null, null, -1));
            assertEquals("organisationScore", missing.field());
            BusinessException foreign = assertThrows(BusinessException.class,
                    () -> threes.save(other.getId(), last, new BigDecimal("90"), new BigDecimal("90"), null, -1));
            assertEquals("只能录入本支部党员的三评", foreign.getMessage());

            var saved = threes.save(mine.getId(), last, new BigDecimal("92.5"), new BigDecimal("88"), "支部大会互评", -1);
            var weights = sheet.weights();
            var after = threes.sheet(last).rows().stream().filter(r -> r.item().staffId() == mine.getId()).findFirst()
                    .orElseThrow().item();
            assertEquals(new BigDecimal("92.50"), after.peer());
            assertEquals(new BigDecimal("88.00"), after.organisation());
            if (after.publicScore() != null) {
                BigDecimal expected = after.publicScore().multiply(weights.publicWeight())
                        .add(new BigDecimal("92.50").multiply(weights.peerWeight()))
                        .add(new BigDecimal("88.00").multiply(weights.organisationWeight()))
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                assertEquals(expected, after.combined(), after.explanation());
                assertEquals(expected, saved.getCombinedScore(), "the stored result is the one shown");
            } else {
                assertNull(after.combined(), "without ratings there is no 群众评 and no combined score");
            }
            assertEquals("李秀英", after.enteredBy(), "the page names the person; the audit keeps the account");

            // a second editor working from the same page is refused, not silently overwritten
            Throwable stale = assertThrows(Exception.class,
                    () -> threes.save(mine.getId(), last, new BigDecimal("60"), new BigDecimal("60"), null, -1));
            assertTrue(String.valueOf(rootCause(stale)).contains("已被他人修改"), String.valueOf(rootCause(stale)));
            threes.save(mine.getId(), last, new BigDecimal("93"), new BigDecimal("88"), null, saved.getVersion());
            return null;
        });
        List<AuditEntry> audit = em.createQuery("select a from AuditEntry a where a.entityType = '三评' and a.actor = 'secretary'"
                                                + " order by a.id", AuditEntry.class).getResultList();
        assertEquals(2, audit.size(), "one line per save");
        assertTrue(audit.get(0).getReason().contains("党员评 92.5 × "), audit.get(0).getReason());
    }

    @Test
    void three_by_three_staff_may_not_see_it() {
        YearMonth last = YearMonth.from(Times.today()).minusMonths(1);
        assertThrows(EJBAccessException.class, () -> signIn.as("staff", () -> threes.sheet(last)));
    }

    @Test
    void three_by_three_admin_may_only_read() throws Exception {
        YearMonth last = YearMonth.from(Times.today()).minusMonths(1);
        Staff someone = partyMemberOf("第二联合党支部");
        signIn.as("admin", () -> {
            assertTrue(threes.sheet(last).rows().stream().anyMatch(r -> r.item().branchName().equals("第二联合党支部")));
            assertThrows(EJBAccessException.class,
                    () -> threes.save(someone.getId(), last, new BigDecimal("90"), new BigDecimal("90"), null, -1));
            return null;
        });
    }
}
