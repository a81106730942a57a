package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of honours: the red flag, public notices and objections, model posts. Part of {@link
 * ServicesIT}, the one Arquillian deployment (one Payara Micro start): each area is a class of one hierarchy, so
 * JUnit runs every area's tests in that deployment, and a test may use what the classes above it declare. Run them
 * with {@code -Dit.test=ServicesIT}.
 */
abstract class HonourServicesIT extends ContestServicesIT {

    // ---- honour ---------------------------------------------------------------------------------
    // The demo county has the 流动红旗 for every confirmed month (5 … 2 months ago), an open notice on the latest
    // award, a 党员示范岗 and a 巾帼建功岗; last month is approved but not confirmed, so it cannot be awarded yet.

    @Inject
    cn.fuwukuaiche.honour.control.FlagService flags;

    @Inject
    cn.fuwukuaiche.honour.control.NoticeService honourNotices;

    @Inject
    cn.fuwukuaiche.honour.control.PostService honourPosts;

    @Inject
    cn.fuwukuaiche.base.board.HonourBoard honourBoard;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService honourExecutor;

    @Test
    void two_concurrent_flag_awards_for_one_month_exactly_one_succeeds() throws Exception {
        YearMonth month = monthsAgo(2);
        signIn.as("leader", () -> {
            flags.standing(month).ifPresent(a -> flags.revoke(a.getId(), a.getVersion(), "测试：重新授予"));
            var view = flags.month(month);
            assertNull(view.blocked(), view.blocked());
            long windowId = view.proposal().orElseThrow().windowId();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<String> award = () -> {
                start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                try {
                    flags.award(month, windowId, null);
                    return "ok";
                } catch (Exception e) {
                    Throwable c = e;
                    while (c != null && !(c instanceof BusinessException)) {
                        c = c.getCause();
                    }
                    return c == null ? "error: " + e : "refused: " + c.getMessage();
                }
            };
            var first = honourExecutor.submit(award);
            var second = honourExecutor.submit(award);
            List<String> results = List.of(first.get(60, java.util.concurrent.TimeUnit.SECONDS),
                    second.get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(1, results.stream().filter("ok"::equals).count(), results.toString());
            String refused = results.stream().filter(r -> !r.equals("ok")).findFirst().orElseThrow();
            // which refusal the loser gets depends on timing: if it starts after the winner committed it reads
            // the standing award ("已授予 … 每月只能授予一次"), otherwise the unique key stops it ("不能重复授予")
            assertTrue(refused.startsWith("refused: ")
                    && (refused.contains("不能重复授予") || refused.contains("每月只能授予一次")), refused);
            assertEquals(1L, em.createQuery("select count(a) from RedFlagAward a where a.activeYm = :m", Long.class)
                    .setParameter("m", cn.fuwukuaiche.honour.entity.RedFlagAward.ym(month)).getSingleResult());
            // a third, later attempt reads the standing award and says who has it
            BusinessException again = assertThrows(BusinessException.class, () -> flags.award(month, windowId, null));
            assertTrue(again.getMessage().contains("已授予"), again.getMessage());
            return null;
        });
        String label = month.getYear() + "年" + month.getMonthValue() + "月流动红旗";
        assertEquals(1, auditCount("leader", AuditAction.REVOKE, "撤销" + label));
        assertEquals(1, auditCount("leader", AuditAction.AWARD, "授予" + label));
    }

    @Test
    void the_flag_follows_the_confirmed_ranking_and_another_window_needs_a_reason() throws Exception {
        YearMonth month = monthsAgo(4);
        signIn.as("leader", () -> {
            var last = flags.month(monthsAgo(1));
            if (last.snapshot() == null) {
                assertTrue(last.blocked().contains("确认"), last.blocked());
            }
            assertTrue(flags.month(YearMonth.from(Times.today())).blocked().contains("尚未结束"));

            var standing = flags.standing(month).orElseThrow();
            BusinessException noReason = assertThrows(BusinessException.class,
                    () -> flags.revoke(standing.getId(), standing.getVersion(), " "));
            assertEquals("reason", noReason.field());
            flags.revoke(standing.getId(), standing.getVersion(), "考评数据复核，重新授予");
            var view = flags.month(month);
            var proposal = view.proposal().orElseThrow();
            view.places().stream().filter(p -> !p.eligible()).forEach(p ->
                    assertTrue(view.whyNot().get(p.windowId()).contains("一票否决")));
            var other = view.places().stream().filter(p -> p.eligible() && p.windowId() != proposal.windowId()).findFirst()
                    .orElseThrow();
            BusinessException needsReason = assertThrows(BusinessException.class, () -> flags.award(month, other.windowId(), ""));
            assertEquals("reason", needsReason.field());
            var a = flags.award(month, other.windowId(), "该窗口本月获群众锦旗三面，经总支研究改授");
            assertEquals(proposal.windowId(), a.getProposedWindowId());
            assertEquals(proposal.rank(), a.getProposedRank());
            assertEquals(other.rank(), a.getAwardedRank());
            assertEquals(view.snapshot().getId(), a.getSnapshotId());
            return null;
        });
        assertEquals(1, auditCount("leader", AuditAction.AWARD, "授予" + month.getYear() + "年" + month.getMonthValue()
                + "月流动红旗"));
    }

    @Test
    void every_awarded_rank_equals_the_rankings_recomputation() throws Exception {
        signIn.as("secretary", () -> {
            int checked = 0;
            for (var a : flags.standingAwards()) {
                var latest = rankings.confirmedRanking(AssessmentSubject.WINDOW, a.getMonth()).orElseThrow();
                if (latest.getRevision() != a.getSnapshotRevision()) {
                    continue; // corrected after the award: the award keeps the ranking as it stood
                }
                assertEquals(java.util.Optional.of(a.getAwardedRank()), flags.recomputedRank(a), a.monthLabel() + " " + a.getWindowLabel());
                var place = rankings.windowRanking(a.getMonth()).stream().filter(p -> p.windowId() == a.getWindowId())
                        .findFirst().orElseThrow();
                assertEquals(0, place.total().compareTo(a.getAwardedScore()), a.monthLabel());
                checked++;
            }
            assertTrue(checked >= 2, "demo months checked: " + checked);
            return null;
        });
    }

    @Test
    void a_notice_refuses_anonymous_objections_and_an_upheld_one_withdraws_the_award() throws Exception {
        YearMonth month = monthsAgo(5);
        long upheldBefore = auditCount("leader", AuditAction.DECISION, "异议成立："); // other tests uphold objections too
        signIn.as("leader", () -> {
            var award = flags.standing(month).orElseThrow();
            var n = honourNotices.open(cn.fuwukuaiche.honour.control.FlagService.SUBJECT, award.getId(),
                    "流动红旗（" + award.monthLabel() + "）", award.getWindowLabel(), "根据月度考评确认排名授予");
            assertTrue(n.getClosesOn().isAfter(n.getOpenedOn()));
            assertTrue(honourNotices.publicNotices().stream().anyMatch(l -> l.id() == n.getId() && l.open()));
            BusinessException anonymous = assertThrows(BusinessException.class, () -> honourNotices.object("198.51.100.1", n.getId(),
                    cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "匿名", null, "13800138000", "该窗口经常有人离岗，群众等候很久"));
            assertEquals("name", anonymous.field());
            BusinessException noPhone = assertThrows(BusinessException.class, () -> honourNotices.object("198.51.100.2", n.getId(),
                    cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "刘明", null, "", "该窗口经常有人离岗，群众等候很久"));
            assertEquals("phone", noPhone.field());
            var o = honourNotices.object("198.51.100.3", n.getId(), cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "刘明", null,
                    "13912345678", "该窗口本月有两次无人值守，群众等候超过一小时");
            assertEquals("13912345678", honourNotices.objections(n.getId()).get(0).phone(), "the leader sees the phone");
            BusinessException early = assertThrows(BusinessException.class, () -> honourNotices.publishResult(n.getId(),
                    n.getVersion()));
            assertTrue(early.getMessage().contains("期满"), early.getMessage());
            honourNotices.decide(o.getId(), o.getVersion(), true, "经调取监控核实，情况属实");
            assertFalse(flags.standing(month).isPresent(), "the award was withdrawn");
            var line = honourNotices.publicNotices().stream().filter(l -> l.id() == n.getId()).findFirst().orElseThrow();
            assertFalse(line.open());
            assertTrue(line.result().contains("异议成立"), line.result());
            return null;
        });
        assertEquals(upheldBefore + 1, auditCount("leader", AuditAction.DECISION, "异议成立："));
    }

    @Inject
    cn.fuwukuaiche.it.incontainer.NoticeClock noticeClock;

    @Test
    void when_a_notice_period_is_over_the_system_publishes_the_result_unless_an_objection_waits() throws Exception {
        YearMonth month = monthsAgo(3);
        long[] ids = new long[2];
        signIn.as("leader", () -> {
            var award = flags.standing(month).orElseThrow();
            ids[0] = honourNotices.open(cn.fuwukuaiche.honour.control.FlagService.SUBJECT, award.getId(),
                    "流动红旗（" + award.monthLabel() + "）", award.getWindowLabel(), "根据月度考评确认排名授予").getId();
            // a second notice, of a subject no module confirms or withdraws, which will have an objection waiting
            ids[1] = honourNotices.open("IT_PROBE", 1L, "测试荣誉", "测试对象", "测试用公示：期满时有异议未核实").getId();
            honourNotices.object("198.51.100.4", ids[1], cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "王芳", null, "13700001111",
                    "公示的事迹与实际不符，请核实");
            assertEquals(0, honourNotices.publishDueResults(), "nothing is due while the periods run");
            return null;
        });
        noticeClock.endedYesterday(ids[0]);
        noticeClock.endedYesterday(ids[1]);
        // what the quarter-hourly timer does, with no one signed in
        assertTrue(honourNotices.publishDueResults() >= 1);
        var quiet = em.find(cn.fuwukuaiche.honour.entity.PublicNotice.class, ids[0]);
        assertEquals(cn.fuwukuaiche.honour.entity.NoticeStatus.CLOSED, quiet.getStatus());
        assertEquals("公示期满，无异议，予以确认。", quiet.getResult());
        var waiting = em.find(cn.fuwukuaiche.honour.entity.PublicNotice.class, ids[1]);
        assertEquals(cn.fuwukuaiche.honour.entity.NoticeStatus.OPEN, waiting.getStatus(), "an objection waits for the leader");
        assertEquals(1, auditCount(cn.fuwukuaiche.audit.control.AuditService.SYSTEM, AuditAction.DECISION, "公示结果：流动红旗（"
                + month.getYear() + "年" + month.getMonthValue() + "月）"));
    }

    @Inject
    cn.fuwukuaiche.honour.star.control.StarService noticeStars;

    @Test
    void a_star_goes_to_public_notice_and_an_upheld_objection_takes_it_back() throws Exception {
        var star = em.createQuery("select a from StarAward a join fetch a.staff where a.status = :c order by a.id",
                        cn.fuwukuaiche.honour.star.entity.StarAward.class)
                .setParameter("c", cn.fuwukuaiche.honour.star.entity.StarAwardStatus.CONFIRMED).setMaxResults(1).getSingleResult();
        signIn.as("leader", () -> {
            var n = noticeStars.putToNotice(star.getId(), star.getVersion(), star.getStar().label() + "：本期满意率 100%，无差评");
            assertEquals("STAR", n.getSubjectType());
            var line = honourNotices.publicNotices().stream().filter(l -> l.id() == n.getId()).findFirst().orElseThrow();
            assertTrue(line.honour().contains(star.getStar().label()) && line.subject().contains(star.getStaff().getName()),
                    line.toString());
            BusinessException twice = assertThrows(BusinessException.class, () -> noticeStars.putToNotice(star.getId(),
                    star.getVersion(), "再公示一次"));
            assertTrue(twice.getMessage().contains("正在公示"), twice.getMessage());
            var o = honourNotices.object("198.51.100.5", n.getId(), cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "赵强", null,
                    "13600002222", "该同志本期曾因服务态度被群众投诉，不符合条件");
            honourNotices.decide(o.getId(), o.getVersion(), true, "经核实投诉属实");
            return null;
        });
        assertEquals(cn.fuwukuaiche.honour.star.entity.StarAwardStatus.REVOKED,
                read(() -> em.find(cn.fuwukuaiche.honour.star.entity.StarAward.class, star.getId()).getStatus()));
        assertEquals(1, auditCount("leader", AuditAction.REVOKE, "公示异议成立，撤回 " + star.auditLabel()));
    }

    @Test
    void the_secretary_sees_objectors_phones_masked() throws Exception {
        // an objection from the public (nobody signed in) to a notice of its own, so there is a phone to mask
        long noticeId = noticeClock.openedToday("IT_PROBE_MASK", "测试荣誉", "测试对象");
        honourNotices.object("198.51.100.6", noticeId, cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "钱文", null, "13912345678",
                "公示的事迹与实际不符，请核实");
        signIn.as("secretary", () -> {
            var lines = honourNotices.objections(noticeId);
            assertEquals(1, lines.size());
            assertEquals("钱文", lines.get(0).name());
            assertEquals("139****5678", lines.get(0).phone(), "the secretary sees the phone masked");
            // and so every objection's phone (an objection always has one)
            for (var n : honourNotices.all()) {
                honourNotices.objections(n.getId()).forEach(o -> assertTrue(o.phone().contains("****"), o.phone()));
            }
            assertThrows(EJBAccessException.class, () -> flags.award(monthsAgo(2), 1L, null));
            return null;
        });
    }

    @Test
    void the_leader_designates_posts_only_for_eligible_staff_and_the_board_shows_them() throws Exception {
        signIn.as("leader", () -> {
            // a man who is not the leader himself (that would be refused as a decision on oneself, before his gender)
            var man = em.createQuery("select s from Staff s where s.gender = :g and s.active = true and s.id not in "
                            + "(select a.staffId from UserAccount a where a.username = 'leader' and a.staffId is not null) order by s.id",
                            cn.fuwukuaiche.org.entity.Staff.class)
                    .setParameter("g", cn.fuwukuaiche.org.entity.Gender.MALE).setMaxResults(1).getSingleResult();
            BusinessException notAWoman = assertThrows(BusinessException.class, () -> honourPosts.designate(
                    cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT, man.getId(), "微笑服务", Times.today(), null, null));
            assertEquals("staff", notAWoman.field());
            var woman = honourPosts.candidates(cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT).stream()
                    .filter(s -> honourBoard.modelPosts().stream().noneMatch(p -> p.staffId() == s.getId())).findFirst().orElseThrow();
            var d = honourPosts.designate(cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT, woman.getId(),
                    "带头微笑服务、帮办代办", Times.today(), null, "支部推荐");
            assertTrue(honourBoard.modelPosts().stream().anyMatch(p -> p.designationId() == d.getId()));
            assertTrue(honourBoard.currentFlag().isPresent());
            BusinessException noReason = assertThrows(BusinessException.class, () -> honourPosts.end(d.getId(), d.getVersion(), false, ""));
            assertEquals("reason", noReason.field());
            return null;
        });
        assertEquals(1, auditCount("leader", AuditAction.AWARD, "设立巾帼建功岗"));
    }

    /**
     * Issue 12: the input normaliser holds in the container. A NUL in a free-text reason (which no form check looks
     * at) is refused by the default entity listener (orm.xml) as a BusinessException; a designation for 1900 is refused
     * as implausible; nothing is stored.
     */
    @Test
    void control_characters_and_implausible_dates_are_refused_before_anything_is_stored() throws Exception {
        signIn.as("leader", () -> {
            var woman = honourPosts.candidates(cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT).stream()
                    .filter(s -> honourBoard.modelPosts().stream().noneMatch(p -> p.staffId() == s.getId())).findFirst().orElseThrow();
            long before = em.createQuery("select count(d) from PostDesignation d", Long.class).getSingleResult();
            BusinessException nul = assertThrows(BusinessException.class, () -> honourPosts.designate(
                    cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT, woman.getId(), "微笑服务", Times.today(), null, "支部\u0000推荐"));
            assertTrue(nul.getMessage().contains("控制字符"), nul.getMessage());
            BusinessException old = assertThrows(BusinessException.class, () -> honourPosts.designate(
                    cn.fuwukuaiche.honour.entity.PostKind.WOMEN_MERIT, woman.getId(), "微笑服务", java.time.LocalDate.of(1900, 1, 1),
                    java.time.LocalDate.of(1900, 12, 31), null));
            assertEquals("from", old.field());
            assertEquals(before, em.createQuery("select count(d) from PostDesignation d", Long.class).getSingleResult());
            return null;
        });
    }

    // ---- integrity (issue 13): nobody decides about himself; names, not logins ------------------------------

    @Test
    void integrity_nobody_designates_himself_to_a_post_the_person_above_does() throws Exception {
        Long leader = personOf("leader");
        assertNotNull(leader, "the leader account is bound to a person");
        signIn.as("leader", () -> {
            BusinessException own = assertThrows(BusinessException.class, () -> honourPosts.designate(
                    cn.fuwukuaiche.honour.entity.PostKind.PARTY_MODEL, leader, "带头做好窗口服务", Times.today(), null, null));
            assertEquals("不能为本人设岗，请由其他中心领导或上级党组织设岗", own.getMessage());
            return null;
        });
        assertEquals(0L, em.createQuery("select count(d) from PostDesignation d where d.staffId = :s and d.duties = '带头做好窗口服务'",
                Long.class).setParameter("s", leader).getSingleResult(), "nothing was stored");
    }

    @Test
    void objections_are_limited_to_five_an_hour_per_client_address_and_a_refusal_stores_nothing() throws Exception {
        long noticeId = signIn.as("leader", () -> honourNotices.open("IT_PROBE_LIMIT", 1L, "测试荣誉", "测试对象", "测试用公示：异议次数限制").getId());
        var person = cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON;
        // a refused (anonymous) objection does not use up the allowance
        assertThrows(BusinessException.class, () -> honourNotices.object("203.0.113.99", noticeId, person, "匿名", null, "13800138000",
                "公示的事迹与实际不符，请核实"));
        for (int i = 0; i < 5; i++) {
            honourNotices.object("203.0.113.99", noticeId, person, "周" + i, null, "1380013800" + i, "公示的事迹与实际不符，请核实（第 " + i + " 件）");
        }
        var limited = assertThrows(cn.fuwukuaiche.honour.control.ObjectionLimitException.class, () -> honourNotices.object("203.0.113.99",
                noticeId, person, "周六", null, "13800138006", "公示的事迹与实际不符，请核实（第 6 件）"));
        assertEquals(5, limited.maxPerHour());
        assertTrue(limited.retryAt().isAfter(Times.now().plusMinutes(59)), limited.retryAt().toString());
        honourNotices.object("203.0.113.100", noticeId, person, "吴七", null, "13800138007", "另一个地址的群众也认为事迹与实际不符");
        assertEquals(6L, (long) em.createQuery("select count(o) from NoticeObjection o where o.noticeId = :n", Long.class)
                .setParameter("n", noticeId).getSingleResult());
    }
}
