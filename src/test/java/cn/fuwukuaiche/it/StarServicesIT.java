package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of the five stars and the 七一 commendation with its public notice. Part of {@link ServicesIT},
 * the one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy, so JUnit runs every
 * area's tests in that deployment, and a test may use what the classes above it declare. Run them with {@code
 * -Dit.test=ServicesIT}.
 */
abstract class StarServicesIT extends HonourServicesIT {

    // ---- stars ----------------------------------------------------------------------------------
    // The demo county: stars confirmed for 5–2 months ago, last month's proposals awaiting the leader, the 七一 list of
    // the last ended year approved. Periods are monthly unless a test switches (and switches back).

    @Inject
    cn.fuwukuaiche.honour.star.control.StarService starService;

    @Inject
    cn.fuwukuaiche.honour.commendation.control.CommendationService commendations;

    @Inject
    cn.fuwukuaiche.base.board.StarBoard starBoard;

    static cn.fuwukuaiche.honour.star.control.StarPeriod lastMonthStars() {
        return cn.fuwukuaiche.honour.star.control.StarPeriod.lastEnded(cn.fuwukuaiche.honour.star.entity.PeriodKind.MONTH, Times.today());
    }

    @Test
    void stars_last_months_proposal_names_the_expected_people_with_their_figures() throws Exception {
        var period = lastMonthStars();
        int ym = period.periodYms().get(0);
        List<cn.fuwukuaiche.honour.star.control.StarCandidate> all = signIn.as("leader", () -> starService.candidates(period));
        assertFalse(all.isEmpty());
        assertTrue(all.stream().allMatch(c -> c.verdict().evidenceText().contains("✓")), "each candidate shows the figures that met");

        // 业绩突出星: the person with the most rated services last month is first by volume
        Object[] top = (Object[]) em.createNativeQuery("select staff_id, count(*) from rating where period_ym = ? and excluded = false and hall_id = " + DEMO_HALL + " "
                + "and staff_id is not null group by staff_id order by count(*) desc").setParameter(1, ym).setMaxResults(1).getSingleResult();
        long topId = ((Number) top[0]).longValue();
        var perf = all.stream().filter(c -> c.person().staffId() == topId
                && c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.PERFORMANCE).findFirst().orElseThrow();
        assertTrue(perf.verdict().evidenceText().contains("办件量名次 1名"), perf.verdict().evidenceText());
        assertEquals(((Number) top[1]).longValue(), perf.figures().value(cn.fuwukuaiche.honour.star.entity.StarMetric.SERVICE_VOLUME,
                perf.star()).longValue());

        // 和谐服务星: each one's own ratings have no 差评 and at least 98 % satisfied
        var harmony = all.stream().filter(c -> c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.HARMONY).limit(5).toList();
        assertFalse(harmony.isEmpty(), "the demo has 和谐服务星 candidates last month");
        for (var c : harmony) {
            Object[] r = (Object[]) em.createNativeQuery("select count(*), sum(case when rating_level in ('DISSATISFIED','VERY_DISSATISFIED') "
                    + "then 1 else 0 end) from rating where period_ym = ? and excluded = false and staff_id = ?")
                    .setParameter(1, ym).setParameter(2, c.person().staffId()).getSingleResult();
            assertTrue(((Number) r[0]).longValue() >= 10, c.person().label());
            assertEquals(0L, ((Number) r[1]).longValue(), c.person().label());
        }
        // 爱岗敬业星: nobody late on their reviewed sheet
        List<?> late = em.createNativeQuery("select a.staff_id from monthly_assessment a join assessment_entry e on e.assessment_id = a.id "
                + "where a.period_ym = ? and a.subject_kind = 'STAFF' and e.rule_code = 'LATE' and e.tally > 0 and a.hall_id = " + DEMO_HALL).setParameter(1, ym).getResultList();
        assertFalse(late.isEmpty(), "the demo has late arrivals last month");
        for (Object id : late) {
            assertTrue(all.stream().noneMatch(c -> c.person().staffId() == ((Number) id).longValue()
                    && c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.DEDICATION), "late staff " + id + " proposed 爱岗敬业星");
        }
    }

    @Test
    void stars_the_leader_confirms_and_declines_with_a_reason_and_the_board_and_audit_show_it() throws Exception {
        var period = lastMonthStars();
        signIn.as("leader", () -> {
            List<cn.fuwukuaiche.honour.star.control.StarCandidate> pending = starService.candidates(period).stream()
                    .filter(cn.fuwukuaiche.honour.star.control.StarCandidate::pending)
                    .filter(c -> c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.LAW).toList();
            var yes = pending.get(0);
            var no = pending.get(1);
            assertEquals(1, starService.confirm(period, List.of(yes.key())));
            var award = em.createQuery("select a from StarAward a where a.staff.id = :s and a.star = :k and a.periodStart = :p",
                            cn.fuwukuaiche.honour.star.entity.StarAward.class).setParameter("s", yes.person().staffId())
                    .setParameter("k", yes.star()).setParameter("p", period.start()).getSingleResult();
            assertEquals(cn.fuwukuaiche.honour.star.entity.StarAwardStatus.CONFIRMED, award.getStatus());
            assertTrue(award.getEvidence().contains("DISCIPLINE_DEDUCTIONS=0"), award.getEvidence());
            assertTrue(award.getCriteriaText().contains("纪律扣分事项 0次"), award.getCriteriaText());
            assertEquals("leader", award.getDecidedBy());
            assertTrue(em.createQuery("select count(e) from AuditEntry e where e.entityType = '五星' and e.entityId = :id", Long.class)
                    .setParameter("id", String.valueOf(award.getId())).getSingleResult() >= 1);
            assertTrue(starBoard.stars().stream().anyMatch(h -> h.staffId() == yes.person().staffId() && h.star().equals("遵纪守法星")
                    && h.period().equals(period.label())), starBoard.stars().toString());
            // one star confirmed for the newest period does not take the other stars' current holders off the wall
            long starsWithConfirmed = em.createQuery("select count(distinct a.star) from StarAward a where a.status = :c", Long.class)
                    .setParameter("c", cn.fuwukuaiche.honour.star.entity.StarAwardStatus.CONFIRMED).getSingleResult();
            assertEquals(starsWithConfirmed, starBoard.stars().stream().map(h -> h.star()).distinct().count(),
                    "every star with a confirmed award keeps its own latest holders on the wall");

            BusinessException noReason = assertThrows(BusinessException.class, () -> starService.reject(period, no.key(), " "));
            assertEquals("请填写不予确认的原因", noReason.getMessage());
            starService.reject(period, no.key(), "本月有群众口头反映服务态度问题");
            BusinessException twice = assertThrows(BusinessException.class, () -> starService.confirm(period, List.of(no.key())));
            assertEquals(cn.fuwukuaiche.honour.star.control.StarService.STALE, twice.getMessage());
            var declined = starService.candidates(period).stream().filter(c -> c.key().equals(no.key())).findFirst().orElseThrow();
            assertEquals(cn.fuwukuaiche.honour.star.entity.StarAwardStatus.REJECTED, declined.status());
            assertEquals("本月有群众口头反映服务态度问题", declined.reason());

            BusinessException future = assertThrows(BusinessException.class, () -> starService.confirm(period.next(), List.of(yes.key())));
            assertTrue(future.getMessage().contains("尚未结束"), future.getMessage());
            return null;
        });
    }

    @Test
    void stars_staff_may_not_confirm_and_see_only_their_own_wall() throws Exception {
        var period = lastMonthStars();
        assertThrows(EJBAccessException.class, () -> signIn.as("staff", () -> starService.confirm(period, List.of("1:LAW"))));
        signIn.as("staff", () -> {
            long me = starService.myStaffId().orElseThrow();
            assertEquals(List.of(me), starService.wallPeople().stream().map(p -> p.staffId()).toList());
            starService.wall(me);
            long other = em.createQuery("select s.id from Staff s where s.id <> :me and s.window is not null", Long.class)
                    .setParameter("me", me).setMaxResults(1).getSingleResult();
            assertThrows(BusinessException.class, () -> starService.wall(other));
            assertThrows(EJBAccessException.class, () -> starService.reject(period, "1:LAW", "x"));
            return null;
        });
    }

    @Test
    void stars_a_secretary_may_not_confirm_and_sees_the_walls_of_the_branch() throws Exception {
        var period = lastMonthStars();
        signIn.as("secretary", () -> {
            assertThrows(EJBAccessException.class, () -> starService.confirm(period, List.of("1:LAW")));
            assertThrows(EJBAccessException.class, () -> starService.candidates(period));
            UserAccount me = em.createQuery("select u from UserAccount u where u.username = 'secretary'", UserAccount.class).getSingleResult();
            var people = starService.wallPeople();
            assertFalse(people.isEmpty());
            assertTrue(people.stream().allMatch(p -> me.getBranchId().equals(p.branchId())));
            var withStars = people.stream().filter(p -> !starService.wall(p.staffId()).isEmpty()).findFirst().orElseThrow();
            assertTrue(starService.wall(withStars.staffId()).stream().allMatch(a -> a.getStatus()
                    != cn.fuwukuaiche.honour.star.entity.StarAwardStatus.REJECTED), "declined stars are not on the wall");
            return null;
        });
    }

    @Test
    void stars_admin_switches_to_quarters_and_a_quarter_sums_its_months() throws Exception {
        signIn.as("admin", () -> {
            var s = starService.settings();
            try {
                s = starService.saveSettings(cn.fuwukuaiche.honour.star.entity.PeriodKind.QUARTER, 7, 1, s.getVersion());
                var q = starService.currentPeriod();
                assertEquals(cn.fuwukuaiche.honour.star.entity.PeriodKind.QUARTER, q.kind());
                assertTrue(q.label().contains("季度"), q.label());
                var months = q.months().stream().map(m -> starService.candidates(
                        cn.fuwukuaiche.honour.star.control.StarPeriod.containing(cn.fuwukuaiche.honour.star.entity.PeriodKind.MONTH, m.atDay(1))))
                        .toList();
                var quarter = starService.candidates(q);
                long volume = quarter.stream().filter(c -> c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.PERFORMANCE)
                        .mapToLong(c -> c.figures().value(cn.fuwukuaiche.honour.star.entity.StarMetric.RATED_SERVICES, c.star()).longValue())
                        .findFirst().orElse(-1);
                assertTrue(volume > 0);
                long monthly = months.stream().flatMap(List::stream)
                        .filter(c -> c.star() == cn.fuwukuaiche.honour.star.entity.StarKind.PERFORMANCE)
                        .mapToLong(c -> c.figures().value(cn.fuwukuaiche.honour.star.entity.StarMetric.RATED_SERVICES, c.star()).longValue())
                        .max().orElse(0);
                assertTrue(volume > monthly, "a quarter's top volume " + volume + " exceeds any single month's " + monthly);
                BusinessException bad = assertThrows(BusinessException.class,
                        () -> starService.saveSettings(cn.fuwukuaiche.honour.star.entity.PeriodKind.MONTH, 2, 30, starService.settings().getVersion()));
                assertEquals("表彰年度起始日期不存在：2月30日", bad.getMessage());
            } finally {
                starService.saveSettings(cn.fuwukuaiche.honour.star.entity.PeriodKind.MONTH, 7, 1, starService.settings().getVersion());
            }
            assertThrows(BusinessException.class, () -> starService.addCriterion(cn.fuwukuaiche.honour.star.entity.StarKind.HARMONY, 1,
                    cn.fuwukuaiche.honour.star.entity.StarMetric.SATISFACTION, cn.fuwukuaiche.honour.star.entity.Comparison.GE,
                    new BigDecimal("101"), Times.today(), null));
            return null;
        });
    }

    @Test
    void commendation_the_leader_compiles_selects_and_approves_a_year_from_stars_and_prizes() throws Exception {
        signIn.as("leader", () -> {
            var last = commendations.defaultYear();
            var demo = commendations.commendation(last.yearNo()).orElseThrow();
            assertEquals(cn.fuwukuaiche.honour.commendation.entity.CommendationStatus.APPROVED, demo.getStatus());
            assertFalse(commendations.entries(last.yearNo()).isEmpty());
            assertThrows(BusinessException.class, () -> commendations.select(last.yearNo(), List.of("PERSON:1"), demo.getVersion()));

            int year = last.yearNo() + 1;
            var candidates = commendations.candidates(year);
            assertTrue(candidates.stream().anyMatch(c -> c.honoursText().contains("星")), "stars of the year");
            assertTrue(candidates.stream().anyMatch(c -> c.honoursText().contains("等奖")), "contest prizes of the year");
            assertTrue(candidates.stream().anyMatch(c -> c.kind() == cn.fuwukuaiche.honour.commendation.entity.SubjectKind.WINDOW
                    && c.honoursText().contains("流动红旗")), "the year's flag windows");
            List<String> keys = candidates.stream().limit(3).map(c -> c.key()).toList();
            var list = commendations.select(year, keys, null);
            assertEquals(3, commendations.entries(year).size());
            assertEquals(candidates.get(0).honoursText(), commendations.entries(year).get(0).getHonours());
            assertThrows(BusinessException.class, () -> commendations.select(year, List.of("PERSON:999999"), list.getVersion()));
            // the year has not ended: the list is a draft that cannot be approved or printed
            var y = commendations.year(year);
            assertTrue(!y.end().isBefore(Times.today()), "the year after the last ended one is still running");
            BusinessException early = assertThrows(BusinessException.class,
                    () -> commendations.approve(year, commendations.commendation(year).orElseThrow().getVersion()));
            assertEquals(year + "年度尚未结束（" + Times.DATE_CN.format(y.end()) + "结束），不能批准表彰名单，名单仍为草稿", early.getMessage());
            assertEquals(cn.fuwukuaiche.honour.commendation.entity.CommendationStatus.DRAFT,
                    commendations.commendation(year).orElseThrow().getStatus());
            BusinessException print = assertThrows(BusinessException.class, () -> commendations.printable(year));
            assertTrue(print.getMessage().contains("不能打印表彰名单"), print.getMessage());
            long entry = commendations.entries(year).get(0).getId();
            assertThrows(BusinessException.class, () -> commendations.certificate(entry));
            assertTrue(commendations.export(year).length > 100);

            // a year that is over is approved, once
            int past = last.yearNo() - 5;
            commendationDrafts.draft(past);
            var approved = commendations.approve(past, commendations.commendation(past).orElseThrow().getVersion());
            assertEquals("leader", approved.getApprovedBy(), "the record keeps the account for the audit");
            assertThrows(BusinessException.class, () -> commendations.approve(past, commendations.commendation(past).orElseThrow().getVersion()));
            assertTrue(em.createQuery("select count(e) from AuditEntry e where e.entityType = '七一表彰'", Long.class).getSingleResult() >= 2);
            return null;
        });
    }

    @Test
    void commendation_staff_may_not_see_or_decide() {
        assertThrows(EJBAccessException.class, () -> signIn.as("staff2", () -> commendations.candidates(2026)));
    }

    // ---- honour-notice ---------------------------------------------------------------------------
    // 公示 of the 七一 list (each entry its own notice) and the per-address limit on public objections (5 an hour).

    @Inject
    cn.fuwukuaiche.it.incontainer.CommendationDrafts commendationDrafts;

    @Test
    void commendation_notice_the_approved_list_goes_to_notice_once_and_an_upheld_objection_withdraws_one_entry() throws Exception {
        int year = signIn.as("leader", () -> commendations.defaultYear().yearNo());
        List<cn.fuwukuaiche.honour.commendation.entity.CommendationEntry> entries = signIn.as("leader", () -> commendations.listed(year));
        assertTrue(entries.size() >= 2, "the demo's approved list");
        var target = entries.get(1);
        List<Long> noticeIds = new java.util.ArrayList<>();
        signIn.as("leader", () -> {
            var c = commendations.commendation(year).orElseThrow();
            var inNotice = commendations.putToNotice(year, c.getVersion(), 5);
            assertTrue(inNotice.isPutToNotice());
            var state = commendations.noticeState(year).orElseThrow();
            assertEquals(entries.size(), state.open());
            assertTrue(state.running());
            // the public page shows every entry, in list order, with its honour and the honours as the reason
            var lines = honourNotices.publicNotices().stream().filter(l -> l.honour().startsWith(inNotice.getTitle())).toList();
            assertEquals(entries.stream().map(e -> e.publicName()).toList(), lines.stream().map(l -> l.subject()).toList());
            assertEquals(inNotice.getTitle() + " · " + target.getTitle(), lines.get(1).honour());
            assertEquals(target.getHonours(), lines.get(1).reason());
            assertTrue(lines.stream().allMatch(l -> l.open()));
            entries.forEach(e -> noticeIds.add(state.byEntry().get(e.getId()).getId()));

            BusinessException twice = assertThrows(BusinessException.class,
                    () -> commendations.putToNotice(year, commendations.commendation(year).orElseThrow().getVersion(), 5));
            assertTrue(twice.getMessage().contains("不能重复公示"), twice.getMessage());

            var o = honourNotices.object("198.51.100.40", noticeIds.get(1), cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "孙丽",
                    null, "13500003333", "该同志本年度曾因服务态度被投诉查实，不应表彰");
            assertEquals(1, commendations.noticeState(year).orElseThrow().pendingObjections());
            honourNotices.decide(o.getId(), o.getVersion(), true, "经核实，投诉查实属实");

            var withdrawn = em.find(cn.fuwukuaiche.honour.commendation.entity.CommendationEntry.class, target.getId());
            assertTrue(withdrawn.isWithdrawn());
            assertTrue(withdrawn.getWithdrawReason().contains("经核实，投诉查实属实"), withdrawn.getWithdrawReason());
            assertEquals(entries.size() - 1, commendations.printable(year).entries().size(), "off the print list");
            assertTrue(commendations.printable(year).entries().stream().noneMatch(e -> e.getId().equals(target.getId())));
            BusinessException noCertificate = assertThrows(BusinessException.class, () -> commendations.certificate(target.getId()));
            assertTrue(noCertificate.getMessage().contains("不颁发奖状"), noCertificate.getMessage());
            commendations.certificate(entries.get(0).getId());
            assertEquals(entries.size(), commendations.entries(year).size(), "the page still lists it, marked withdrawn");
            var line = honourNotices.publicNotices().stream().filter(l -> l.id() == noticeIds.get(1)).findFirst().orElseThrow();
            assertFalse(line.open());
            assertTrue(line.result().contains("异议成立"), line.result());
            return null;
        });
        // the period ends: the system publishes each remaining entry's result
        noticeIds.forEach(noticeClock::endedYesterday);
        assertTrue(honourNotices.publishDueResults() >= entries.size() - 1);
        signIn.as("leader", () -> {
            var state = commendations.noticeState(year).orElseThrow();
            assertFalse(state.running());
            assertEquals(entries.size() - 1, state.confirmed());
            assertEquals(1, state.withdrawn());
            assertEquals("公示期满，无异议，予以确认。", state.byEntry().get(entries.get(0).getId()).getResult());
            return null;
        });
        assertEquals(1, read(() -> em.createQuery("select count(a) from AuditEntry a where a.entityType = :t and a.action = :a "
                        + "and a.actor = 'leader'", Long.class)
                .setParameter("t", cn.fuwukuaiche.honour.commendation.control.CommendationService.ENTRY_AUDIT_TYPE)
                .setParameter("a", AuditAction.REVOKE.name()).getSingleResult()));
        assertEquals(1, auditCount("leader", AuditAction.CREATE, "公示 " + year + "年度“七一”表彰名单"));
        assertEquals(entries.size(), (long) read(() -> em.createQuery("select count(a) from AuditEntry a where a.entityType = '公示' "
                + "and a.action = :a and a.summary like :s", Long.class).setParameter("a", AuditAction.CREATE.name())
                .setParameter("s", "公示 " + year + "年度“七一”表彰 · %").getSingleResult()));
    }

    @Test
    void commendation_notice_refuses_an_unapproved_or_missing_list_and_other_roles() throws Exception {
        int draftYear = signIn.as("leader", () -> commendations.defaultYear().yearNo()) - 6;
        commendationDrafts.draft(draftYear);
        signIn.as("leader", () -> {
            var draft = commendations.commendation(draftYear).orElseThrow();
            BusinessException unapproved = assertThrows(BusinessException.class,
                    () -> commendations.putToNotice(draftYear, draft.getVersion(), 5));
            assertEquals("表彰名单尚未批准，批准后才能公示", unapproved.getMessage());
            assertTrue(commendations.noticeState(draftYear).isEmpty());
            BusinessException missing = assertThrows(BusinessException.class, () -> commendations.putToNotice(draftYear - 1, 0, 5));
            assertTrue(missing.getMessage().contains("尚无表彰名单"), missing.getMessage());
            return null;
        });
    }

    @Test
    void commendation_notice_an_admin_reads_the_state_but_may_not_put_a_list_to_notice() throws Exception {
        signIn.as("admin", () -> {
            int year = commendations.defaultYear().yearNo();
            commendations.noticeState(year);
            long version = commendations.commendation(year).orElseThrow().getVersion();
            assertThrows(EJBAccessException.class, () -> commendations.putToNotice(year, version, 5));
            return null;
        });
    }

    @Test
    void commendation_notice_a_secretary_may_not_put_a_list_or_a_batch_to_notice() throws Exception {
        signIn.as("secretary", () -> {
            assertThrows(EJBAccessException.class, () -> commendations.putToNotice(2026, 0, 5));
            assertThrows(EJBAccessException.class, () -> honourNotices.openAll(List.of(
                    new cn.fuwukuaiche.honour.control.NoticeService.Draft("IT_PROBE", 9L, "测试", "测试", "测试公示")), 5));
            return null;
        });
    }
}
