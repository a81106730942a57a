package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.calendar.control.CalendarService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.demo.ContestDemoSeeder;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.ParticipationService;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Prize;
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
import cn.fuwukuaiche.it.incontainer.ContestClock;
import cn.fuwukuaiche.it.incontainer.OrgTestData;
import cn.fuwukuaiche.it.incontainer.RatingFixtures;
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
import cn.fuwukuaiche.org.control.ImportKind;
import cn.fuwukuaiche.org.control.ImportPreview;
import cn.fuwukuaiche.org.control.OrgRules;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.control.OrgTreeNode;
import cn.fuwukuaiche.org.control.RosterSheets;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.LoginOutcome;
import cn.fuwukuaiche.security.control.LoginService;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Branch life in the container (issue 17): a meeting's record, its lock and its correction with a reason (留痕), make-ups,
 * the rights of a secretary on his own branch only, and a new member's membership period. Part of the one deployment
 * ({@link ServicesIT}).
 */
abstract class PartyLifeServicesIT extends AppraisalServicesIT {

    // ==== partylife: meetings (issue 17) — a separate block; move it to the area's own IT class once ServicesIT is split ====

    @Inject
    cn.fuwukuaiche.partylife.meeting.control.MeetingService partyMeetings;

    @Inject
    cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService partyMeetingAttendance;

    private cn.fuwukuaiche.partylife.meeting.entity.MeetingKind meetingKind(String code) {
        return em.createQuery("select k from MeetingKind k where k.code = :c", cn.fuwukuaiche.partylife.meeting.entity.MeetingKind.class)
                .setParameter("c", code).getSingleResult();
    }

    private cn.fuwukuaiche.partylife.meeting.control.MeetingService.PlanForm assembly(Branch b, java.time.LocalDateTime at) {
        return new cn.fuwukuaiche.partylife.meeting.control.MeetingService.PlanForm(meetingKind("ASSEMBLY").getId(), b.getId(), null, at,
                "中心三楼党员活动室", b.getSecretary().getId(), null, "1. 通报工作\n2. 讨论事项", null, null);
    }

    @Test
    void partylife_the_secretary_records_and_submits_and_a_correction_needs_a_reason_and_keeps_the_earlier_version() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        Staff outsider = staffNamed("张伟"); // 共青团员 at A05: no member of any branch
        signIn.as("secretary", () -> {
            var m = partyMeetings.plan(null, 0, assembly(first, Times.now().minusHours(2)));
            List<Staff> expected = partyMeetings.expected(m);
            assertTrue(expected.size() >= 3, "应到 " + expected.size());
            List<cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine> lines = new java.util.ArrayList<>();
            for (int i = 0; i < expected.size(); i++) {
                var status = i == 0 ? cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.EXCUSED
                        : i == 1 ? cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.ABSENT
                        : cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.PRESENT;
                lines.add(new cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine(expected.get(i).getId(), status,
                        i == 0 ? "因公出差" : null));
            }
            long id = m.getId();
            long version = m.getVersion();
            // someone who is no member of the branch that day
            List<cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine> withOutsider = new java.util.ArrayList<>(lines);
            withOutsider.add(new cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine(outsider.getId(),
                    cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.PRESENT, null));
            BusinessException notMember = assertThrows(BusinessException.class, () -> partyMeetings.record(id, version,
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(withOutsider, "纪要", null), true, null));
            assertEquals("attendance", notMember.field());
            assertTrue(notMember.getMessage().contains("张伟") && notMember.getMessage().contains("不是本支部"), notMember.getMessage());
            // 请假 without a reason
            List<cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine> noReason = new java.util.ArrayList<>(lines);
            noReason.set(0, new cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine(expected.get(0).getId(),
                    cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.EXCUSED, " "));
            assertEquals("attendance", assertThrows(BusinessException.class, () -> partyMeetings.record(id, version,
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(noReason, "纪要", null), true, null)).field());
            assertTrue(partyMeetings.meeting(id).getAttendance().isEmpty(), "nothing half-written");

            var submitted = partyMeetings.record(id, version,
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(lines, "传达上级精神，讨论窗口服务。", "通过整改清单"),
                    true, null);
            assertEquals(cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus.SUBMITTED, submitted.getStatus());
            assertEquals(2L, em.createQuery("select count(u) from MakeUp u where u.meeting.id = :m", Long.class).setParameter("m", id)
                    .getSingleResult(), "the excused and the absent make the 党员大会 up");

            // locked: a change without a reason is refused beside the reason field, and nothing changes
            List<cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine> corrected = new java.util.ArrayList<>(lines);
            corrected.set(1, new cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine(expected.get(1).getId(),
                    cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.PRESENT, null));
            long v2 = submitted.getVersion();
            BusinessException locked = assertThrows(BusinessException.class, () -> partyMeetings.record(id, v2,
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(corrected, "改过的纪要", "通过整改清单"), true, ""));
            assertEquals("reason", locked.field());
            assertEquals(cn.fuwukuaiche.partylife.meeting.control.MeetingService.MSG_LOCKED, locked.getMessage());
            assertEquals("传达上级精神，讨论窗口服务。", partyMeetings.meeting(id).getMinutes());

            var fixed = partyMeetings.record(id, v2, new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(corrected,
                    "改过的纪要", "通过整改清单"), true, "签到表核对：" + expected.get(1).getName() + "实际出席");
            assertEquals(1, fixed.getRevision());
            var revisions = partyMeetings.revisions(id);
            assertEquals(1, revisions.size());
            assertTrue(revisions.get(0).getEarlier().contains("传达上级精神，讨论窗口服务。"), revisions.get(0).getEarlier());
            assertTrue(revisions.get(0).getReason().startsWith("签到表核对"));
            assertEquals(1L, em.createQuery("select count(u) from MakeUp u where u.meeting.id = :m", Long.class).setParameter("m", id)
                    .getSingleResult(), "one now present owes no make-up");

            // a meeting still to come cannot be recorded as held
            var future = partyMeetings.plan(null, 0, assembly(first, Times.now().plusDays(3)));
            BusinessException early = assertThrows(BusinessException.class, () -> partyMeetings.record(future.getId(), future.getVersion(),
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(lines, "纪要", null), true, null));
            assertEquals("startsAt", early.field());
        });
        List<AuditEntry> lines = em.createQuery("select a from AuditEntry a where a.entityType = '组织生活会议' and a.actor = 'secretary'",
                AuditEntry.class).getResultList();
        assertTrue(lines.stream().anyMatch(a -> a.getReason() != null && a.getReason().startsWith("签到表核对")), "the correction is audited");
        assertTrue(lines.stream().anyMatch(a -> a.getSummary().startsWith("提交会议记录")), "the submission is audited");
    }

    @Test
    void partylife_a_secretary_may_not_plan_or_record_for_another_branch() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        long demoMeeting = em.createQuery("select m.id from PartyMeeting m where m.branchId = :b order by m.id", Long.class)
                .setParameter("b", first.getId()).setMaxResults(1).getSingleResult();
        long before = em.createQuery("select count(m) from PartyMeeting m", Long.class).getSingleResult();
        signIn.as("secretary2", () -> {
            BusinessException plan = assertThrows(BusinessException.class,
                    () -> partyMeetings.plan(null, 0, assembly(first, Times.now().minusDays(1))));
            assertEquals("branch", plan.field());
            assertEquals(cn.fuwukuaiche.partylife.meeting.control.MeetingService.MSG_OTHER_BRANCH, plan.getMessage());
            assertThrows(BusinessException.class, () -> partyMeetings.record(demoMeeting, 0,
                    new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(List.of(), "x", null), true, "越权"));
            assertThrows(BusinessException.class, () -> partyMeetings.meetings(first.getId(), Times.today().getYear()));
            assertEquals(1, partyMeetings.managedBranches().size());
        });
        assertEquals(before, em.createQuery("select count(m) from PartyMeeting m", Long.class).getSingleResult());
    }

    @Test
    void partylife_window_staff_may_not_manage_meetings_and_a_member_sees_his_own() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        signIn.as("member", () -> {
            assertThrows(EJBAccessException.class, () -> partyMeetings.plan(null, 0, assembly(first, Times.now().minusDays(1))));
            var mine = partyMeetingAttendance.mine();
            assertTrue(mine.year() != null, "the member has a year");
            assertTrue(mine.upcoming().stream().anyMatch(m -> m.getKind().getCode().equals("THEME_DAY")), "next week's 主题党日");
        });
    }

    @Test
    void partylife_a_new_member_counts_from_the_day_the_roster_says_so() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        Staff newcomer = em.createQuery("select s from Staff s where s.politicalStatus = :p and s.unit.branch = :b and s.active = true "
                + "order by s.staffNo", Staff.class).setParameter("p", PoliticalStatus.MASSES).setParameter("b", first).setMaxResults(1)
                .getSingleResult();
        signIn.as("admin", () -> {
            StaffService.StaffForm f = formOf(newcomer, newcomer.getPost());
            staffService.updateStaff(newcomer.getId(), newcomer.getVersion(), new StaffService.StaffForm(f.staffNo(), f.name(), f.gender(),
                    PoliticalStatus.PROBATIONARY_MEMBER, f.unitId(), f.windowId(), first.getId(), null, f.post(), f.duties(), f.phone(),
                    f.idCardNo(), true), "确定为预备党员");
        });
        var period = em.createQuery("select m from MembershipPeriod m where m.staffId = :s",
                cn.fuwukuaiche.partylife.meeting.entity.MembershipPeriod.class).setParameter("s", newcomer.getId()).getSingleResult();
        assertEquals(Times.today(), period.getValidFrom());
        assertEquals(first.getId(), period.getBranchId());
        assertEquals(null, period.getValidTo());
    }

    // ==== lifegaps: the gaps ====

    @Inject
    cn.fuwukuaiche.partylife.meeting.control.CadenceService partyCadence;

    @Test
    void partylife_the_demo_matrix_shows_all_three_colours_today_and_a_kinds_lead_is_checked() throws Exception {
        signIn.as("leader", () -> {
            java.util.Set<cn.fuwukuaiche.partylife.meeting.control.CadenceLight> seen = java.util.EnumSet.noneOf(
                    cn.fuwukuaiche.partylife.meeting.control.CadenceLight.class);
            LocalDate today = Times.today();
            for (int y : new int[]{today.getYear() - 1, today.getYear()}) {
                partyCadence.matrix(y, null).forEach(r -> r.cells().forEach(c -> seen.add(c.light())));
            }
            assertTrue(seen.containsAll(List.of(cn.fuwukuaiche.partylife.meeting.control.CadenceLight.GREEN,
                    cn.fuwukuaiche.partylife.meeting.control.CadenceLight.YELLOW,
                    cn.fuwukuaiche.partylife.meeting.control.CadenceLight.RED)), "the demo on " + today + ": " + seen);
            var group = meetingKind("GROUP");
            assertEquals(23, group.getWarnWorkingDays(), "the demo hall's lead for its monthly 党小组会");
            BusinessException tooLong = assertThrows(BusinessException.class,
                    () -> partyCadence.setWarnDays(group.getId(), group.getVersion(), 200, "试一试"));
            assertEquals("warnDays", tooLong.field());
            assertEquals(23, meetingKind("GROUP").getWarnWorkingDays(), "nothing changed");
        });
    }

    @Inject
    cn.fuwukuaiche.it.incontainer.PartyLifeFixtures partyLifeFixtures;

    @Test
    void partylife_the_branchs_secretary_downloads_an_attachment_byte_for_byte() throws Exception {
        long fixture = partyLifeFixtures.attachment();
        Branch first = branchNamed("第一联合党支部");
        byte[] photo = new byte[70_000];
        new java.util.Random(17).nextBytes(photo);
        photo[0] = (byte) 0x89; // what he uploads comes back unchanged, every byte
        signIn.as("secretary", () -> {
            assertTrue(Arrays.equals(cn.fuwukuaiche.it.incontainer.PartyLifeFixtures.SHEET, partyMeetings.attachmentContent(fixture)));
            var m = partyMeetings.plan(null, 0, assembly(first, Times.now().minusHours(1)));
            var a = partyMeetings.attach(m.getId(), "会场照片.png", "image/png", photo);
            assertTrue(partyMeetings.attachments(m.getId()).stream().anyMatch(x -> x.getId().equals(a.getId())));
            assertTrue(Arrays.equals(photo, partyMeetings.attachmentContent(a.getId())));
        });
    }

    @Test
    void partylife_another_branchs_secretary_may_not_download_an_attachment() throws Exception {
        long fixture = partyLifeFixtures.attachment();
        signIn.as("secretary2", () -> {
            BusinessException refused = assertThrows(BusinessException.class, () -> partyMeetings.attachmentContent(fixture));
            assertEquals("branch", refused.field());
            assertEquals(cn.fuwukuaiche.partylife.meeting.control.MeetingService.MSG_OTHER_BRANCH, refused.getMessage());
        });
    }

    @Test
    void partylife_a_plain_member_of_another_branch_may_not_download_an_attachment() throws Exception {
        long fixture = partyLifeFixtures.attachment();
        signIn.as(partyLifeFixtures.otherBranchMember(), () -> {
            assertThrows(EJBAccessException.class, () -> partyMeetings.attachmentContent(fixture));
        });
    }

    @Inject
    cn.fuwukuaiche.partylife.meeting.control.MeetingTodoProvider meetingTodos;

    @Test
    void partylife_the_secretarys_meeting_todos_are_his_branchs_with_their_lights() throws Exception {
        LocalDate today = Times.today();
        var todos = meetingTodos.todos(viewer("secretary"), today);
        var toHold = todos.stream().filter(t -> t.what().startsWith("召开")).toList();
        assertFalse(toHold.isEmpty(), "this period's meetings still to hold: " + todos);
        assertTrue(toHold.stream().allMatch(t -> t.whose().equals("第一联合党支部") && t.deadline() != null
                && !t.deadline().isBefore(today) && t.route().equals("party-life/meetings")), toHold.toString());
        // the demo hall flags its monthly 党小组会 from the month's first day: yellow, with the groups still to meet
        assertTrue(toHold.stream().anyMatch(t -> t.what().startsWith("召开党小组会") && t.light() == cn.fuwukuaiche.base.work.Todo.Light.YELLOW
                && t.what().contains("党小组")), toHold.toString());
        assertTrue(meetingTodos.todos(viewer("secretary2"), today).stream().noneMatch(t -> t.whose().equals("第一联合党支部")),
                "another branch's secretary sees none of this branch's");
    }

    @Test
    void partylife_a_member_sees_his_next_meetings_and_make_ups_and_a_non_member_nothing() throws Exception {
        LocalDate today = Times.today();
        var todos = meetingTodos.todos(viewer("member"), today);
        assertTrue(todos.stream().anyMatch(t -> t.what().startsWith("参加主题党日") && t.route().equals("party-life/my")), todos.toString());
        assertTrue(todos.stream().noneMatch(t -> t.what().startsWith("召开")), "a member plans nothing: " + todos);
        long openMakeUps = em.createQuery("select count(u) from MakeUp u where u.staffId = :s and u.doneOn is null", Long.class)
                .setParameter("s", personOf("member")).getSingleResult();
        assertEquals(openMakeUps, todos.stream().filter(t -> t.what().startsWith("补学")).count());
        assertEquals(List.of(), meetingTodos.todos(viewer("staff2"), today), "群众: no party life");
    }

    @Inject
    cn.fuwukuaiche.display.control.DisplayContent partyLifeScreens;

    @Inject
    cn.fuwukuaiche.display.control.BoardCache partyLifeBoardCache;

    /** The hall screen's 本月组织生活 as its feed carries it: branch → "kind count, …". */
    private java.util.Map<String, java.util.Map<String, Integer>> partyLifeOnTheHallScreen(boolean fresh) {
        if (fresh) {
            partyLifeBoardCache.invalidate(); // earlier tests of the chain may have written meetings without the services
        }
        var hall = partyLifeScreens.screen(cn.fuwukuaiche.display.demo.DisplayDemoSeeder.HALL_KEY).orElseThrow();
        assertTrue(hall.panels().contains(cn.fuwukuaiche.display.entity.Panel.PARTY_LIFE), "the hall screen rotates 本月组织生活");
        var feed = partyLifeScreens.feed(hall);
        assertTrue(feed.boards().contains("meetings"), feed.boards().toString());
        java.util.Map<String, java.util.Map<String, Integer>> shown = new java.util.LinkedHashMap<>();
        feed.partyLife().branches().forEach(b -> {
            java.util.Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
            b.held().forEach(k -> kinds.put(k.kind(), k.count()));
            assertEquals(kinds.values().stream().mapToInt(Integer::intValue).sum(), b.total(), b.branch());
            shown.put(b.branch(), kinds);
        });
        return shown;
    }

    @Test
    void partylife_the_screens_count_the_months_held_meetings_by_kind_without_a_name_and_a_submission_shows_at_once() throws Exception {
        java.time.YearMonth month = java.time.YearMonth.from(Times.today());
        java.util.Map<String, java.util.Map<String, Integer>> held = new java.util.HashMap<>();
        java.util.Map<Long, String> branchNames = new java.util.HashMap<>();
        em.createQuery("select b from Branch b where b.active = true", Branch.class).getResultList()
                .forEach(b -> branchNames.put(b.getId(), b.getName()));
        em.createQuery("select m.branchId, k.name, count(m) from PartyMeeting m join m.kind k where m.status = :s "
                        + "and m.startsAt >= :from and m.startsAt < :until group by m.branchId, k.name", Object[].class)
                .setParameter("s", cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus.SUBMITTED)
                .setParameter("from", month.atDay(1).atStartOfDay()).setParameter("until", month.plusMonths(1).atDay(1).atStartOfDay())
                .getResultList().forEach(r -> held.computeIfAbsent(branchNames.get((Long) r[0]), b -> new java.util.HashMap<>())
                        .put((String) r[1], ((Long) r[2]).intValue()));
        var shown = partyLifeOnTheHallScreen(true);
        assertEquals(new java.util.HashSet<>(branchNames.values()), shown.keySet(), "every branch, also one that held nothing yet");
        shown.forEach((branch, kinds) -> assertEquals(held.getOrDefault(branch, java.util.Map.of()), kinds, branch));
        if (Times.today().getDayOfMonth() >= 6) { // the demo's central and second joint branches hold in a period's first days
            assertTrue(shown.values().stream().mapToInt(k -> k.values().stream().mapToInt(Integer::intValue).sum()).sum() > 0,
                    "the demo held meetings this month: " + shown);
        }
        // no name of anyone — present, excused or absent — in the panel's part of the feed
        var hall = partyLifeScreens.screen(cn.fuwukuaiche.display.demo.DisplayDemoSeeder.HALL_KEY).orElseThrow();
        String json = cn.fuwukuaiche.display.control.FeedJson.write(partyLifeScreens.feed(hall));
        String part = json.substring(json.indexOf("\"partyLife\":"));
        List<String> names = em.createQuery("select s.name from Staff s where s.politicalStatus in :p", String.class)
                .setParameter("p", List.of(cn.fuwukuaiche.org.entity.PoliticalStatus.PARTY_MEMBER,
                        cn.fuwukuaiche.org.entity.PoliticalStatus.PROBATIONARY_MEMBER)).getResultList();
        assertTrue(names.size() > 20, "the demo's members: " + names.size());
        assertEquals(List.of(), names.stream().filter(part::contains).toList(), part);
        assertFalse(part.contains("缺席") || part.contains("请假") || part.contains("staffId"), part);

        // the first joint branch's secretary holds a 主题党日 and submits it: the screens' count goes up at once (the
        // record's BoardChanged empties the screens' cache; no explicit refresh here)
        Branch first = branchNamed("第一联合党支部");
        int before = shown.get(first.getName()).getOrDefault("主题党日", 0);
        java.time.LocalDateTime at = Times.now().minusMinutes(5);
        if (!java.time.YearMonth.from(at).equals(month)) {
            at = Times.today().atStartOfDay();
        }
        java.time.LocalDateTime startsAt = at;
        signIn.as("secretary", () -> {
            var m = partyMeetings.plan(null, 0, new cn.fuwukuaiche.partylife.meeting.control.MeetingService.PlanForm(
                    meetingKind("THEME_DAY").getId(), first.getId(), null, startsAt, "中心三楼党员活动室", first.getSecretary().getId(), null,
                    "重温入党誓词", null, null));
            var lines = partyMeetings.expected(m).stream().map(s -> new cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine(
                    s.getId(), cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus.PRESENT, null)).toList();
            partyMeetings.record(m.getId(), m.getVersion(), new cn.fuwukuaiche.partylife.meeting.control.MeetingService.RecordForm(lines,
                    "重温入党誓词，开展志愿服务。", null), true, null);
        });
        assertEquals(before + 1, partyLifeOnTheHallScreen(false).get(first.getName()).get("主题党日"), "shown at once after the submission");
    }
}
