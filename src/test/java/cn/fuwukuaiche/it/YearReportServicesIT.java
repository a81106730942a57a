package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.report.control.YearReportRules;
import cn.fuwukuaiche.partylife.report.control.YearReportService;
import cn.fuwukuaiche.partylife.report.control.YearTemplateService;
import cn.fuwukuaiche.partylife.report.entity.YearReportPart;
import cn.fuwukuaiche.partylife.report.entity.YearReportRevision;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The yearly 党建工作统计表 in the container (issue 19): a secretary fills only his branch, bad figures and figures typed
 * over the record are refused with nothing written, only the leader confirms, and a correction after the lock needs a
 * reason and keeps the earlier figures. Uses a year of its own (three years ago), so the demo's reports stay as seeded.
 */
abstract class YearReportServicesIT extends ActivityServicesIT {

    @Inject
    YearReportService yearReports;

    @Inject
    YearTemplateService yearTemplates;

    /** The secretary of 第一联合党支部, on a year of this test's own (three years ago). */
    @Test
    void yearreport_a_secretary_fills_only_his_branch_and_bad_figures_leave_nothing() throws Exception {
        int year = Times.today().getYear() - 3;
        Branch first = branchNamed("第一联合党支部");
        Branch second = branchNamed("第二联合党支部");
        signIn.as("secretary", () -> {
            assertEquals(List.of(first.getId()), yearReports.fillableParts());
            BusinessException other = assertThrows(BusinessException.class, () -> yearReports.part(year, second.getId()));
            assertEquals(YearReportService.MSG_OTHER_BRANCH, other.getMessage());
            assertThrows(BusinessException.class, () -> yearReports.save(year, second.getId(), -1, Map.of("study_sessions", "3"), Map.of()));
            // bad figures: refused on the item, nothing written
            BusinessException negative = assertThrows(BusinessException.class,
                    () -> yearReports.save(year, first.getId(), -1, Map.of("study_sessions", "-1"), Map.of()));
            assertEquals("study_sessions", negative.field());
            assertEquals(YearReportRules.MSG_NEGATIVE, negative.getMessage());
            assertEquals("请输入数字", assertThrows(BusinessException.class,
                    () -> yearReports.save(year, first.getId(), -1, Map.of("integrity_films", "两部"), Map.of())).getMessage());
            BusinessException record = assertThrows(BusinessException.class,
                    () -> yearReports.save(year, first.getId(), -1, Map.of(YearItems.PARTY_LECTURE, "9"), Map.of()));
            assertEquals(YearReportRules.MSG_FROM_RECORD, record.getMessage());
            assertTrue(yearReports.report(year).isEmpty(), "nothing half-written");
            // a rate over 100 %: more resolved than received is refused on submit
            var saved = yearReports.save(year, first.getId(), -1,
                    Map.of("study_sessions", "10", "visits_received", "4", "visits_resolved", "5"), Map.of("study_sessions", "学习记录本第 1–20 页"));
            BusinessException rate = assertThrows(BusinessException.class, () -> yearReports.submit(year, first.getId(), saved.version()));
            assertEquals("visits_resolved", rate.field());
            var fixed = yearReports.save(year, first.getId(), saved.version(), Map.of("visits_resolved", "3"), Map.of());
            assertEquals(new BigDecimal("75.0"), fixed.amounts().get("visits_rate"));
            // a stale save
            Exception stale = assertThrows(Exception.class, () -> yearReports.save(year, first.getId(), saved.version(),
                    Map.of("study_sessions", "11"), Map.of()));
            assertTrue(String.valueOf(rootCause(stale)).contains("已被他人修改"), String.valueOf(rootCause(stale)));
            var submitted = yearReports.submit(year, first.getId(), fixed.version());
            assertTrue(submitted.submitted());
            assertTrue(submitted.cells().stream().anyMatch(c -> c.fromRecord() && c.item().code().equals(YearItems.PARTY_LECTURE)
                    && c.evidenceRoute().contains("kind=LECTURE")), "the record's 党课 frozen with its evidence");
            assertEquals(YearReportService.MSG_SUBMITTED, assertThrows(BusinessException.class,
                    () -> yearReports.save(year, first.getId(), -1, Map.of("study_sessions", "12"), Map.of())).getMessage());
            // only the leader confirms and corrects
            assertThrows(EJBAccessException.class, () -> yearReports.confirm(year, -1));
            assertThrows(EJBAccessException.class, () -> yearReports.correct(year, first.getId(), -1, Map.of("study_sessions", "13"),
                    Map.of(), "想改"));
        });
    }

    static final byte[] PDF = "%PDF-1.4 学习记录本扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /**
     * Evidence files, refused across branches (on a year of this test's own, six years ago): another branch's secretary
     * can neither attach to nor read the first branch's part, and nothing is written.
     */
    @Test
    void yearreport_another_branchs_secretary_cannot_attach_evidence() throws Exception {
        int year = Times.today().getYear() - 6;
        Branch first = branchNamed("第一联合党支部");
        signIn.as("secretary2", () -> {
            BusinessException other = assertThrows(BusinessException.class,
                    () -> yearReports.attach(year, first.getId(), "study_sessions", "记录.pdf", PDF));
            assertEquals(YearReportService.MSG_OTHER_BRANCH, other.getMessage());
            assertThrows(BusinessException.class, () -> yearReports.attachment(year, first.getId(), "study_sessions"));
            assertTrue(yearReports.report(year).isEmpty(), "nothing written by the refused attachment");
        });
    }

    /**
     * Evidence files of the branch's own secretary (on a year of this test's own, five years ago): a file that is not
     * JPG/PNG/PDF is refused on the item with nothing attached; his PDF is attached (audited) and served back as he sent
     * it; a submitted part takes no more files.
     */
    @Test
    void yearreport_the_branchs_secretary_attaches_evidence_and_bad_files_are_refused() throws Exception {
        int year = Times.today().getYear() - 5;
        Branch first = branchNamed("第一联合党支部");
        signIn.as("secretary", () -> {
            BusinessException type = assertThrows(BusinessException.class,
                    () -> yearReports.attach(year, first.getId(), "study_sessions", "记录.exe", new byte[] {'M', 'Z', 1, 2}));
            assertEquals("study_sessions", type.field());
            assertEquals(cn.fuwukuaiche.partylife.report.control.AttachmentRules.MSG_TYPE, type.getMessage());
            assertEquals("只有填报项可附证明材料", assertThrows(BusinessException.class,
                    () -> yearReports.attach(year, first.getId(), YearItems.PARTY_LECTURE, "记录.pdf", PDF)).getMessage());
            assertTrue(yearReports.attachment(year, first.getId(), "study_sessions").isEmpty());
            var attached = yearReports.attach(year, first.getId(), "study_sessions", "学习记录本.pdf", PDF);
            assertEquals("学习记录本.pdf", attached.cells().stream().filter(c -> c.item().code().equals("study_sessions"))
                    .findFirst().orElseThrow().attachmentName());
            // the pipeline's and the activities' items come from the record (face YearFigureSource), each with the route
            // to exactly its records — also in a year without any (0, not a typed field)
            Map<String, String> routes = new java.util.HashMap<>();
            attached.cells().stream().filter(YearReportService.Cell::fromRecord).forEach(c -> routes.put(c.item().code(), c.evidenceRoute()));
            assertEquals("party-life/pipeline?year=" + year + "&branch=" + first.getId() + "&event=PROBATIONARY",
                    routes.get(YearItems.NEW_PROBATIONARY));
            assertEquals("party-life/pipeline?year=" + year + "&branch=" + first.getId() + "&event=FULL", routes.get(YearItems.PROBATION_CONFIRMED));
            assertTrue(String.valueOf(routes.get(YearItems.PLEDGES_DONE)).endsWith("&branch=" + first.getId() + "&item=" + YearItems.PLEDGES_DONE),
                    String.valueOf(routes.get(YearItems.PLEDGES_DONE)));
            assertTrue(String.valueOf(routes.get(YearItems.HEART_TALKS)).contains("kind=HEART_TALK"), String.valueOf(routes));
            var file = yearReports.attachment(year, first.getId(), "study_sessions").orElseThrow();
            assertEquals("application/pdf", file.contentType());
            assertEquals(new String(PDF, java.nio.charset.StandardCharsets.UTF_8), new String(file.content(), java.nio.charset.StandardCharsets.UTF_8));
            var saved = yearReports.save(year, first.getId(), attached.version(), Map.of("study_sessions", "8"), Map.of());
            yearReports.submit(year, first.getId(), saved.version());
            assertEquals(YearReportService.MSG_SUBMITTED, assertThrows(BusinessException.class,
                    () -> yearReports.attach(year, first.getId(), "study_sessions", "补充.pdf", PDF)).getMessage());
        });
        assertEquals(1, auditCount("secretary", AuditAction.UPDATE, "统计表附证明材料"));
    }

    /** After the lock (the demo's report of last year is confirmed): the secretary's change is refused. */
    @Test
    void yearreport_a_confirmed_report_refuses_the_secretarys_change() throws Exception {
        int year = Times.today().getYear() - 1;
        Branch first = branchNamed("第一联合党支部");
        signIn.as("secretary", () -> assertEquals(YearReportService.MSG_CONFIRMED, assertThrows(BusinessException.class,
                () -> yearReports.save(year, first.getId(), -1, Map.of("study_sessions", "13"), Map.of())).getMessage()));
    }

    /** The leader, on a year of this test's own (four years ago): every part in, confirm, correct with a reason. */
    @Test
    void yearreport_the_leader_confirms_once_every_part_is_in_and_corrects_only_with_a_reason() throws Exception {
        int year = Times.today().getYear() - 4;
        Branch first = branchNamed("第一联合党支部");
        signIn.as("leader", () -> {
            var p1 = yearReports.save(year, first.getId(), -1, Map.of("study_sessions", "10"), Map.of());
            yearReports.submit(year, first.getId(), p1.version());
            BusinessException missing = assertThrows(BusinessException.class, () -> yearReports.confirm(year, -1));
            assertTrue(missing.getMessage().startsWith("尚未提交") && missing.getMessage().contains("第二联合党支部"), missing.getMessage());
            for (long b : yearReports.fillableParts()) {
                if (b != first.getId()) {
                    var p = yearReports.save(year, b, -1, Map.of("study_sessions", "2"), Map.of());
                    yearReports.submit(year, b, p.version());
                }
            }
            var before = yearReports.rollUp(year);
            assertEquals(0, new BigDecimal(10 + 2 * (before.parts().size() - 1)).compareTo(before.total().get("study_sessions")));
            yearReports.confirm(year, before.version());
            assertTrue(yearReports.rollUp(year).confirmed());
            YearReportPart part = yearReports.report(year).orElseThrow().part(first.getId()).orElseThrow();
            assertEquals("reason", assertThrows(BusinessException.class, () -> yearReports.correct(year, first.getId(), part.getVersion(),
                    Map.of("study_sessions", "12"), Map.of(), " ")).field());
            yearReports.correct(year, first.getId(), part.getVersion(), Map.of("study_sessions", "12"), Map.of(), "漏记两次中心组学习");
            List<YearReportRevision> revisions = yearReports.revisions(year);
            assertEquals(1, revisions.size());
            assertEquals("leader", revisions.get(0).getChangedBy());
            assertTrue(revisions.get(0).getSnapshot().contains(first.getId() + "/study_sessions=10"), revisions.get(0).getSnapshot());
            assertEquals(0, new BigDecimal("12").compareTo(yearReports.part(year, first.getId()).amounts().get("study_sessions")));
            assertTrue(auditCount("leader", AuditAction.UPDATE, "党建工作统计表") >= 2, "confirm and correction audited");
            // only ADMIN edits the template
            assertThrows(EJBAccessException.class, () -> yearTemplates.dropItem(year + 20, "integrity_songs", "不再统计"));
        });
    }

    /** ADMIN: a reported year's form is fixed (the demo's last year); a later year's may drop an item. */
    @Test
    void yearreport_admin_edits_the_template_of_a_year_not_yet_reported() throws Exception {
        int year = Times.today().getYear() - 1;
        signIn.as("admin", () -> {
            assertEquals(YearTemplateService.MSG_REPORTED, assertThrows(BusinessException.class,
                    () -> yearTemplates.dropItem(year, "integrity_songs", "不再统计")).getMessage());
            yearTemplates.dropItem(year + 10, "integrity_songs", "不再统计");
            assertFalse(yearTemplates.items(year + 10).stream().anyMatch(i -> i.code().equals("integrity_songs")));
            assertTrue(yearTemplates.items(year).stream().anyMatch(i -> i.code().equals("integrity_songs")));
        });
    }
}
