package cn.fuwukuaiche.it;

import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.control.CalendarService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.DeviceKeyService;
import cn.fuwukuaiche.evaluation.control.RatingIntake;
import cn.fuwukuaiche.evaluation.control.RatingQueryService;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException;
import cn.fuwukuaiche.evaluation.control.RatingRequest;
import cn.fuwukuaiche.evaluation.control.RatingSettingsService;
import cn.fuwukuaiche.evaluation.control.RectificationService;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.AppealStatus;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingAppeal;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.evaluation.entity.RectificationStatus;
import cn.fuwukuaiche.it.incontainer.RatingFixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of evaluation: ratings, rectification, appeals, device keys and the work calendar. Part of
 * {@link ServicesIT}, the one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy,
 * so JUnit runs every area's tests in that deployment, and a test may use what the classes above it declare. Run
 * them with {@code -Dit.test=ServicesIT}.
 */
abstract class RatingServicesIT extends NetworkServicesIT {

    // ---- evaluation: ratings, rectification, appeals, calendar ---------------------------------

    @Inject
    RatingIntake intake;

    @Inject
    RectificationService rectifications;

    @Inject
    RatingQueryService ratingQuery;

    @Inject
    DeviceKeyService deviceKeys;

    @Inject
    RatingSettingsService ratingSettings;

    @Inject
    CalendarService calendarService;

    @Inject
    RatingFixtures fixtures;

    @Inject
    cn.fuwukuaiche.display.control.DisplayContent ratingScreens;

    private static RatingRequest rating(String clientId, RatingLevel level) {
        return new RatingRequest(clientId, level, null, null, null, null, 2, "窗口无人，等了很久", null);
    }

    @Test
    void a_bad_rating_from_a_pad_opens_a_rectification_with_deadlines_from_the_admins_calendar() {
        RatingIntake.Submission s = intake.submit("demo-pad-B06", rating("it-b06-1", RatingLevel.VERY_DISSATISFIED), RatingChannel.PAD);
        assertTrue(s.created());
        Rectification r = em.find(Rectification.class, s.rectificationId());
        WorkCalendar cal = calendars.current();
        LocalDate today = Times.today();
        assertEquals(RectificationStatus.WAITING_CALLBACK, r.getStatus());
        assertEquals(cal.plusWorkingDays(today, 1), r.getCallbackDue());
        assertEquals(cal.plusWorkingDays(today, 5), r.getFixDue());

        // the same clientId again: the same rating, nothing new
        RatingIntake.Submission again = intake.submit("demo-pad-B06", rating("it-b06-1", RatingLevel.VERY_DISSATISFIED), RatingChannel.PAD);
        assertFalse(again.created());
        assertEquals(s.ratingId(), again.ratingId());
        assertEquals(1L, em.createQuery("select count(r) from Rating r where r.clientRef = 'it-b06-1'", Long.class).getSingleResult());

        // a different rating right away: the key must wait
        RatingRefusedException tooMany = assertThrows(RatingRefusedException.class,
                () -> intake.submit("demo-pad-B06", rating("it-b06-2", RatingLevel.SATISFIED), RatingChannel.PAD));
        assertEquals(RatingRefusedException.Kind.TOO_MANY, tooMany.kind());
        assertTrue(tooMany.getMessage().startsWith("评价过于频繁"), tooMany.getMessage());

        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.entityType = '好差评' and a.entityId = :id", Long.class)
                .setParameter("id", String.valueOf(s.ratingId())).getSingleResult());
    }

    @Inject
    cn.fuwukuaiche.it.incontainer.RatingRecordedProbe recordedProbe;

    /**
     * A good rating runs without a JTA transaction (issue 21: its own JDBC commit is all it needs) and tells its observers
     * after that commit: at the event no transaction is active and the rating is already readable on another
     * connection. A 差评 still runs in a transaction (its rectification), and fires the event inside it.
     */
    @Test
    void a_good_rating_is_recorded_without_a_jta_transaction_and_announced_after_its_commit() {
        RatingIntake.Submission good = intake.submit(cn.fuwukuaiche.evaluation.demo.RatingDemoSeeder.PLATFORM_KEY,
                rating("it-notx-good", RatingLevel.SATISFIED), RatingChannel.PAD);
        assertTrue(good.created());
        var seen = recordedProbe.of(good.ratingId()).orElseThrow(() -> new AssertionError("no RatingRecorded for the good rating"));
        assertEquals(jakarta.transaction.Status.STATUS_NO_TRANSACTION, seen.transactionStatus(), "a good rating ran in a JTA transaction");
        assertTrue(seen.rowReadable(), "RatingRecorded was fired before the good rating's commit");

        RatingIntake.Submission bad = intake.submit(cn.fuwukuaiche.evaluation.demo.RatingDemoSeeder.PLATFORM_KEY,
                rating("it-notx-bad", RatingLevel.VERY_DISSATISFIED), RatingChannel.PAD);
        assertTrue(bad.created());
        assertTrue(bad.rectificationId() != null, "a 差评 opens its rectification");
        assertEquals(jakarta.transaction.Status.STATUS_ACTIVE, recordedProbe.of(bad.ratingId()).orElseThrow().transactionStatus(),
                "a 差评 and its rectification are stored in one JTA transaction");
    }

    /**
     * A citizen's rating is on the screens' 满意率 at once (the rating's commit tells the screens, RatingsOnScreens),
     * not after the board cache's 50 s: the hall screen's count of the month's ratings becomes the database's count.
     */
    @Test
    void a_new_rating_reaches_the_screens_count_at_once_not_after_the_cache_age() throws Exception {
        var hall = ratingScreens.screen(cn.fuwukuaiche.display.demo.DisplayDemoSeeder.HALL_KEY).orElseThrow();
        ratingScreens.feed(hall); // fills the screens' shared cache: without a push the next reads would show it for 50 s
        RatingIntake.Submission s = intake.submit("demo-pad-A03", rating("it-screen-1", RatingLevel.SATISFIED), RatingChannel.PAD);
        assertTrue(s.created());
        java.time.YearMonth month = java.time.YearMonth.from(Times.today());
        long stored = ((Number) em.createNativeQuery("select count(*) from rating where period_ym = ? and excluded = false and hall_id = " + DEMO_HALL)
                .setParameter(1, cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper.period(month)).getSingleResult()).longValue();
        long deadline = System.nanoTime() + 5_000_000_000L;
        long shown = ratingScreens.feed(hall).satisfaction().ratings();
        while (shown != stored && System.nanoTime() < deadline) {
            Thread.sleep(20); // polling the feed as a screen would, until the push has dropped the cache
            shown = ratingScreens.feed(hall).satisfaction().ratings();
        }
        assertEquals(stored, shown, "the hall screen's ratings this month (with the new one), within 5 s of the rating");
    }

    @Test
    void unknown_and_revoked_keys_are_refused_with_a_clear_message() {
        RatingRefusedException revoked = assertThrows(RatingRefusedException.class,
                () -> intake.submit("demo-pad-revoked", rating("it-rev-1", RatingLevel.SATISFIED), RatingChannel.PAD));
        assertEquals(RatingRefusedException.Kind.REVOKED_KEY, revoked.kind());
        assertTrue(revoked.getMessage().contains("停用"), revoked.getMessage());
        RatingRefusedException unknown = assertThrows(RatingRefusedException.class,
                () -> intake.padInfo("no-such-key-at-all"));
        assertEquals(RatingRefusedException.Kind.UNKNOWN_KEY, unknown.kind());
        RatingRefusedException staff = assertThrows(RatingRefusedException.class, () -> intake.submit("demo-pad-B07",
                new RatingRequest("it-b07-1", RatingLevel.SATISFIED, "QS0001", null, null, null, null, null, null), RatingChannel.PAD));
        assertEquals("staffNo", staff.errors().get(0).field());
    }

    @Test
    void staff_record_the_call_back_the_fix_with_evidence_and_one_follow_up() throws Exception {
        RatingFixtures.Made made = fixtures.badRating("A05", "it-flow", false);
        signIn.as("staff", () -> {
            Rectification r = em.find(Rectification.class, made.rectificationId());
            BusinessException fixFirst = assertThrows(BusinessException.class,
                    () -> rectifications.recordFix(r.getId(), r.getVersion(), "先整改", List.of()));
            assertEquals("请先记录回访，再记录整改", fixFirst.getMessage());
            Rectification called = rectifications.recordCallback(r.getId(), r.getVersion(), "已电话联系评价人并致歉", List.of());
            assertEquals(RectificationStatus.FIXING, called.getStatus());

            BusinessException noEvidence = assertThrows(BusinessException.class,
                    () -> rectifications.recordFix(called.getId(), called.getVersion(), "已整改", List.of()));
            assertEquals("evidence", noEvidence.field());
            BusinessException badType = assertThrows(BusinessException.class, () -> rectifications.recordFix(called.getId(),
                    called.getVersion(), "已整改", List.of(new RectificationService.EvidenceFile("a.exe", "application/x-msdownload", new byte[] {1}))));
            assertTrue(badType.getMessage().contains("格式不支持"), badType.getMessage());
            Rectification fixed = rectifications.recordFix(called.getId(), called.getVersion(), "已优化叫号流程",
                    List.of(new RectificationService.EvidenceFile("整改记录.pdf", "application/pdf", "%PDF-1.4".getBytes())));
            assertEquals(RectificationStatus.FIXED, fixed.getStatus());
            assertEquals(1, rectifications.evidence(fixed.getId()).size());

            Rectification followed = rectifications.recordFollowUp(fixed.getId(), fixed.getVersion(), RatingLevel.SATISFIED);
            BusinessException second = assertThrows(BusinessException.class,
                    () -> rectifications.recordFollowUp(followed.getId(), followed.getVersion(), RatingLevel.VERY_SATISFIED));
            assertTrue(second.getMessage().startsWith("每条差评只允许一次复评"), second.getMessage());
        });
        long steps = em.createQuery("select count(a) from AuditEntry a where a.entityType = '差评整改' and a.entityId = :id and a.actor = 'staff'",
                Long.class).setParameter("id", String.valueOf(made.rectificationId())).getSingleResult();
        assertEquals(3, steps, "call-back, fix and follow-up are each in the audit trail");
    }

    @Test
    void staff_of_another_window_may_neither_see_nor_handle_a_rectification() throws Exception {
        RatingFixtures.Made made = fixtures.badRating("A05", "it-other-window", false);
        Rectification r = em.find(Rectification.class, made.rectificationId());
        signIn.as("staff2", () -> {
            BusinessException refused = assertThrows(BusinessException.class,
                    () -> rectifications.recordCallback(r.getId(), r.getVersion(), "不是我的窗口", List.of()));
            assertEquals("只有 A05 窗口的工作人员可以办理此事项", refused.getMessage());
            assertThrows(BusinessException.class, () -> rectifications.appeal(made.ratingId(), "这不是我的窗口的评价"));
            assertThrows(BusinessException.class, () -> rectifications.get(r.getId()));
            assertTrue(rectifications.list(new RectificationService.RectificationFilter(null, false, null)).stream()
                    .allMatch(row -> row.rectification().getWindow().getWindowNo().equals("C05")));
            List<Rating> seen = ratingQuery.find(RatingQueryService.RatingFilter.all(), 0, 50);
            assertFalse(seen.isEmpty(), "C05's own ratings");
            assertTrue(seen.stream().allMatch(x -> x.getWindow().getWindowNo().equals("C05")));
        });
        assertEquals(RectificationStatus.WAITING_CALLBACK, em.find(Rectification.class, r.getId()).getStatus());
    }

    @Test
    void the_branch_secretary_sees_the_branchs_rectifications_with_lights() throws Exception {
        // secretary2 (第二联合党支部: 市场监管, 税务, 卫健, 交通 on the second floor); "secretary" is locked by a foundation test
        fixtures.badRating("C05", "it-secretary", false);
        fixtures.badRating("A05", "it-secretary-other", false);
        signIn.as("secretary2", () -> {
            List<RectificationService.Row> rows = rectifications.list(new RectificationService.RectificationFilter(null, true, null));
            assertFalse(rows.isEmpty());
            assertTrue(rows.stream().anyMatch(row -> "it-secretary".equals(row.rectification().getRating().getComment())));
            assertTrue(rows.stream().allMatch(row -> row.rectification().getWindow().getWindowNo().matches("[CD].*")),
                    "only the second joint branch's windows");
            assertTrue(rows.stream().allMatch(row -> row.light() != null || row.deadlineProblem() != null));
            // red first
            List<DeadlineLight> lights = rows.stream().map(RectificationService.Row::light).filter(java.util.Objects::nonNull).toList();
            assertTrue(lights.size() >= 2, "an order needs two lights: " + lights);
            for (int i = 1; i < lights.size(); i++) {
                assertTrue(lights.get(i - 1).ordinal() >= lights.get(i).ordinal(), lights.toString());
            }
        });
    }

    @Test
    void staff_appeal_a_bad_rating_once() throws Exception {
        RatingFixtures.Made made = fixtures.badRating("A05", "it-appeal", false);
        signIn.as("staff", () -> {
            BusinessException tooShort = assertThrows(BusinessException.class, () -> rectifications.appeal(made.ratingId(), "误评"));
            assertEquals("appealReason", tooShort.field());
            RatingAppeal a = rectifications.appeal(made.ratingId(), "回访时评价人表示误按了按键");
            assertEquals(AppealStatus.PENDING, a.getStatus());
            BusinessException twice = assertThrows(BusinessException.class, () -> rectifications.appeal(made.ratingId(), "再申诉一次试试"));
            assertTrue(twice.getMessage().contains("只能申诉一次"), twice.getMessage());
            assertThrows(jakarta.ejb.EJBAccessException.class, () -> rectifications.decide(a.getId(), a.getVersion(), true, "自己裁定"));
        });
    }

    @Test
    void the_leader_upholds_an_appeal_with_a_reason_and_the_rating_leaves_every_score() throws Exception {
        RatingFixtures.Made made = fixtures.badRating("C05", "it-uphold", true);
        RatingFixtures.Made other = fixtures.badRating("C05", "it-reject", true);
        signIn.as("leader", () -> {
            RatingQueryService.RatingStats before = ratingQuery.stats(RatingQueryService.RatingFilter.all());
            RatingAppeal a = em.find(RatingAppeal.class, made.appealId());
            BusinessException noReason = assertThrows(BusinessException.class, () -> rectifications.decide(a.getId(), a.getVersion(), true, " "));
            assertEquals("decisionReason", noReason.field());
            RatingAppeal decided = rectifications.decide(a.getId(), a.getVersion(), true, "经调取录像核实，确属误评");
            assertEquals(AppealStatus.UPHELD, decided.getStatus());
            RatingQueryService.RatingStats after = ratingQuery.stats(RatingQueryService.RatingFilter.all());
            assertEquals(before.excluded() + 1, after.excluded());
            assertEquals(before.bad() - 1, after.bad());

            RatingAppeal b = em.find(RatingAppeal.class, other.appealId());
            assertEquals(AppealStatus.REJECTED, rectifications.decide(b.getId(), b.getVersion(), false, "经核查确有告知不到位").getStatus());
            assertThrows(Exception.class, () -> rectifications.decide(b.getId(), b.getVersion() + 1, true, "再裁定"));
        });
        assertTrue(em.find(Rating.class, made.ratingId()).isExcluded());
        assertEquals(RectificationStatus.VOIDED, em.find(Rectification.class, made.rectificationId()).getStatus());
        assertFalse(em.find(Rating.class, other.ratingId()).isExcluded());
        assertEquals(RectificationStatus.WAITING_CALLBACK, em.find(Rectification.class, other.rectificationId()).getStatus());
        String reason = em.createQuery("select a.reason from AuditEntry a where a.action = 'DECISION' and a.entityType = '评价申诉'"
                                       + " and a.entityId = :id", String.class)
                .setParameter("id", String.valueOf(made.appealId())).getSingleResult();
        assertEquals("经调取录像核实，确属误评", reason);
    }

    @Test
    void the_admin_issues_and_revokes_a_device_key_and_changes_the_fix_deadline() throws Exception {
        signIn.as("admin", () -> {
            var window = em.createNamedQuery(cn.fuwukuaiche.org.entity.ServiceWindow.BY_NO, cn.fuwukuaiche.org.entity.ServiceWindow.class)
                    .setParameter("windowNo", "D01").getSingleResult();
            DeviceKeyService.IssuedKey issued = deviceKeys.issue(window.getId(), "D01 新评价器");
            assertTrue(issued.key().startsWith("pad_"));
            assertFalse(issued.record().getKeyHash().contains(issued.key()));
            assertEquals("D01", intake.padInfo(issued.key()).windowNo());
            deviceKeys.revoke(issued.record().getId(), issued.record().getVersion(), "设备丢失");
            RatingRefusedException e = assertThrows(RatingRefusedException.class, () -> intake.padInfo(issued.key()));
            assertEquals(RatingRefusedException.Kind.REVOKED_KEY, e.kind());

            var s = ratingSettings.current();
            BusinessException seven = assertThrows(BusinessException.class, () -> ratingSettings.update(s.getVersion(), 7, 1, null));
            assertEquals("整改期限只能是 5、10 或 15 个工作日", seven.getMessage());
            var ten = ratingSettings.update(s.getVersion(), 10, 2, "本地规定 10 个工作日");
            assertEquals(10, ten.getFixWorkingDays());
            ratingSettings.update(ten.getVersion(), 5, 1, "恢复默认");
        });
        assertEquals(2L, em.createQuery("select count(a) from AuditEntry a where a.entityType = '评价器密钥' and a.actor = 'admin'", Long.class)
                .getSingleResult());
    }

    @Test
    void staff_may_not_issue_device_keys() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> signIn.as("staff", () -> deviceKeys.list()));
    }

    @Test
    void the_calendar_comes_from_the_admins_table_and_does_not_guess_unknown_years() {
        WorkCalendar cal = calendars.current();
        assertTrue(cal.knowsYear(2025) && cal.knowsYear(2026));
        assertFalse(cal.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2026, 10, 10)), "调休上班 Saturday");
        assertEquals("国庆节", cal.holidayName(LocalDate.of(2026, 10, 2)).orElseThrow());
        UnknownYearException e = assertThrows(UnknownYearException.class, () -> cal.plusWorkingDays(LocalDate.of(2027, 3, 1), 1));
        assertEquals("尚未录入2027年的节假日安排，请管理员先维护工作日历", e.getMessage());
    }

    @Test
    void the_admin_enters_a_year_and_every_deadline_knows_it_at_once() throws Exception {
        assertFalse(calendars.current().knowsYear(2030));
        signIn.as("admin", () -> {
            var y = calendarService.addYear(2030, "测试通知");
            BusinessException dup = assertThrows(BusinessException.class, () -> calendarService.addYear(2030, null));
            assertEquals("year", dup.field());
            calendarService.addHoliday(2030, "元旦", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), y.getVersion());
            var y2 = calendarService.years().stream().filter(c -> c.getCalendarYear() == 2030).findFirst().orElseThrow();
            BusinessException weekday = assertThrows(BusinessException.class,
                    () -> calendarService.addMakeUpDay(2030, LocalDate.of(2030, 1, 2), y2.getVersion()));
            assertEquals("调休上班日 2030-01-02 不是周六或周日，请核对通知原文", weekday.getMessage());
            BusinessException both = assertThrows(BusinessException.class,
                    () -> calendarService.addHoliday(2030, "元旦", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1), y2.getVersion()));
            assertEquals("2030-01-01 已录入，请先删除原记录", both.getMessage());
            calendarService.addMakeUpDay(2030, LocalDate.of(2030, 1, 5), y2.getVersion());
        });
        WorkCalendar cal = calendars.current();
        assertTrue(cal.knowsYear(2030));
        assertFalse(cal.isWorkingDay(LocalDate.of(2030, 1, 1)));
        assertTrue(cal.isWorkingDay(LocalDate.of(2030, 1, 5)));
        assertEquals(LocalDate.of(2030, 1, 2), cal.plusWorkingDays(LocalDate.of(2029, 12, 31).plusDays(1), 1));
        assertEquals(3L, em.createQuery("select count(a) from AuditEntry a where a.entityType like '工作日历%' and a.actor = 'admin'", Long.class)
                .getSingleResult());
    }
}
