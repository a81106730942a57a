package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.it.incontainer.AppraisalFixtures;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalService;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalStatus;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 民主评议党员 in the container (issue 17): the secret ballot as stored — read straight from the database after
 * four members voted, nothing links a vote to its voter — and the rights and refusals of the flow, each refusal
 * naming its field and leaving nothing half-written. The methods run in order on one appraisal
 * ({@link AppraisalFixtures}); each signs in one account (a Payara request keeps its first caller).
 * Part of the one in-container deployment ({@link ServicesIT}): its methods carry {@code @Order} and so run first,
 * in that order; the other areas' methods keep their usual order after them (the orderer's sort is stable).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AppraisalServicesIT extends StarServicesIT {

    /** Voter i (1-based) gives every other member grade i: four voters, four different grades. */
    private static final AppraisalGrade[] PATTERN = AppraisalGrade.values();

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AppraisalService appraisals;

    @Inject
    AppraisalFixtures fixtures;

    @Test
    @Order(1)
    void voter_1_votes() throws Exception {
        vote(1);
    }

    @Test
    @Order(2)
    void voter_2_votes() throws Exception {
        vote(2);
    }

    @Test
    @Order(3)
    void voter_3_votes() throws Exception {
        vote(3);
    }

    @Test
    @Order(4)
    void voter_4_votes() throws Exception {
        vote(4);
    }

    private void vote(int voter) throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        assertEquals(AppraisalFixtures.VOTERS, f.staffIds().size(), "the fixture needs four members of the branch without an account");
        long me = f.staffIds().get(voter - 1);
        Map<Long, AppraisalGrade> ballot = new HashMap<>();
        f.staffIds().stream().filter(id -> id != me).forEach(id -> ballot.put(id, PATTERN[voter - 1]));
        signIn.as(f.usernames().get(voter - 1), () -> appraisals.vote(f.appraisalId(), ballot));
        // the turnout of this appraisal (mine() shows a member's newest appraisal, which is the demo's, not this one)
        assertEquals(1L, em.createQuery("select count(t) from AppraisalTurnout t where t.appraisalId = :a and t.voterId = :v", Long.class)
                .setParameter("a", f.appraisalId()).setParameter("v", me).getSingleResult(), "that he voted is recorded, once");
    }

    @Test
    @Order(10)
    void the_database_holds_no_link_between_a_voter_and_his_vote() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        try (Connection c = dataSource.getConnection()) {
            // 1. no column: the ballot table knows no voter and no time; the turnout table no grade and no ballot key
            // (hall_id: the hall every record belongs to, issue 23 — the same for every ballot of an appraisal)
            assertEquals(Set.of("ID", "APPRAISAL_ID", "SUBJECT_STAFF_ID", "GRADE", "HALL_ID"), columns(c, "appraisal_ballot"));
            assertEquals(Set.of("ID", "APPRAISAL_ID", "VOTER_ID", "VOTED_AT", "HALL_ID"), columns(c, "appraisal_turnout"));

            List<Long> turnoutIds = new ArrayList<>();
            List<Long> voters = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id, voter_id from appraisal_turnout where appraisal_id = ? order by voted_at, id")) {
                ps.setLong(1, f.appraisalId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        turnoutIds.add(rs.getLong(1));
                        voters.add(rs.getLong(2));
                    }
                }
            }
            assertEquals(f.staffIds(), voters, "all four voted, in this order, and that is all the turnout says");

            // the order the votes were cast in, as grades: voter 1's three 优秀, then voter 2's three 合格, …
            List<String> castOrder = new ArrayList<>();
            for (int v = 0; v < AppraisalFixtures.VOTERS; v++) {
                for (int i = 1; i < AppraisalFixtures.VOTERS; i++) {
                    castOrder.add(PATTERN[v].name());
                }
            }
            // 2. no shared key and no sequence: the ballot keys are random, not the turnout's, not consecutive
            List<Long> ballotIds = column(c, "select id from appraisal_ballot where appraisal_id = ?", f.appraisalId());
            assertEquals(castOrder.size(), ballotIds.size());
            for (Long id : ballotIds) {
                assertFalse(turnoutIds.contains(id), "a ballot key equals a turnout key");
                assertTrue(id > 1_000_000L, "ballot key " + id + " looks like a counter, not a random number");
            }
            List<Long> sorted = ballotIds.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(sorted.get(i) - sorted.get(i - 1) > 1, "ballot keys are consecutive: " + sorted);
            }
            // 3. no order: read as the database returns it and by every column, the rows are not in the order of casting
            // and not grouped by voter (each voter gave one grade here, so a grouped read would show four runs)
            for (String order : List.of("", " order by id", " order by subject_staff_id, id", " order by grade, id desc")) {
                List<String> read = read(c, "select grade from appraisal_ballot where appraisal_id = ?" + order, f.appraisalId());
                assertNotEquals(castOrder, read, "the rows come back in the order the votes were cast" + order);
                if (!order.contains("grade")) {
                    assertTrue(runs(read) > AppraisalFixtures.VOTERS, "rows grouped by voter" + order + ": " + read);
                }
            }
        }
        // 4. no audit line of a vote: nothing but signing in was recorded as done by a voter
        List<AuditEntry> byVoters = em.createQuery("select a from AuditEntry a where a.actor in :v and a.action not in :login",
                        AuditEntry.class).setParameter("v", f.usernames())
                .setParameter("login", List.of(AuditAction.LOGIN.name(), AuditAction.LOGOUT.name())).getResultList();
        assertEquals(List.of(), byVoters.stream().map(a -> a.getActor() + ": " + a.getSummary()).toList());
    }

    @Test
    @Order(11)
    void a_member_who_voted_is_refused_a_second_vote_and_nothing_is_added() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        long before = ballots(f);
        Map<Long, AppraisalGrade> again = new HashMap<>();
        f.staffIds().stream().skip(1).forEach(id -> again.put(id, AppraisalGrade.EXCELLENT));
        BusinessException twice = assertThrows(BusinessException.class,
                () -> signIn.as(f.usernames().get(0), () -> appraisals.vote(f.appraisalId(), again)));
        assertEquals("ballot", twice.field());
        assertEquals("你已投过票，每人只能投一次", twice.getMessage());
        assertEquals(before, ballots(f));
    }

    @Test
    @Order(12)
    void staff_cannot_open_an_appraisal_and_a_non_member_cannot_vote() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        long before = ballots(f);
        signIn.as("staff", () -> {
            assertThrows(EJBAccessException.class, () -> appraisals.open(f.branchId(), 2026, 30));
            assertThrows(EJBAccessException.class, () -> appraisals.overview(f.appraisalId()));
            Map<Long, AppraisalGrade> ballot = new HashMap<>();
            f.staffIds().forEach(id -> ballot.put(id, AppraisalGrade.QUALIFIED));
            BusinessException outsider = assertThrows(BusinessException.class, () -> appraisals.vote(f.appraisalId(), ballot));
            assertEquals("ballot", outsider.field());
        });
        assertEquals(before, ballots(f));
    }

    @Test
    @Order(13)
    void a_secretary_cannot_act_on_another_branch() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
        signIn.as("secretary2", () -> {
            BusinessException close = assertThrows(BusinessException.class, () -> appraisals.close(a.getId(), a.getVersion()));
            assertEquals("branch", close.field());
            assertEquals("只能管理本支部的民主评议", close.getMessage());
            assertEquals("branch", assertThrows(BusinessException.class, () -> appraisals.overview(a.getId())).field());
            assertEquals("branch", assertThrows(BusinessException.class, () -> appraisals.open(f.branchId(), 2026, 30)).field());
        });
        assertEquals(AppraisalStatus.OPEN, em.find(MemberAppraisal.class, f.appraisalId()).getStatus());
    }

    @Test
    @Order(14)
    void the_secretary_decides_only_after_closing_and_sees_only_tallies() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        Map<Long, AppraisalGrade> all = new HashMap<>();
        f.staffIds().forEach(id -> all.put(id, AppraisalGrade.QUALIFIED));
        signIn.as("secretary", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            assertEquals("grades", assertThrows(BusinessException.class, () -> appraisals.decide(a.getId(), a.getVersion(), all)).field());
            assertTrue(appraisals.overview(a.getId()).lines().stream().allMatch(l -> l.tally() == null), "no tally while voting");
            appraisals.close(a.getId(), a.getVersion());
            AppraisalService.Overview o = appraisals.overview(a.getId());
            assertEquals(4, o.voted());
            // member 1 got 合格, 基本合格, 不合格 from voters 2, 3, 4
            var first = o.lines().get(0).tally();
            assertEquals(List.of(0, 1, 1, 1), List.of(first.get(AppraisalGrade.EXCELLENT), first.get(AppraisalGrade.QUALIFIED),
                    first.get(AppraisalGrade.BASICALLY_QUALIFIED), first.get(AppraisalGrade.UNQUALIFIED)));
        });
        AuditEntry closed = em.createQuery("select a from AuditEntry a where a.entityType = '民主评议' and a.entityId = :id "
                + "and a.actor = 'secretary' order by a.id desc", AuditEntry.class).setParameter("id", String.valueOf(f.appraisalId()))
                .setMaxResults(1).getSingleResult();
        assertTrue(closed.getSummary().startsWith("结束投票"), closed.getSummary());
    }

    @Test
    @Order(15)
    void nobody_votes_after_the_ballot_closed() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        long before = ballots(f);
        BusinessException late = assertThrows(BusinessException.class,
                () -> signIn.as(f.usernames().get(1), () -> appraisals.vote(f.appraisalId(), Map.of())));
        assertEquals("ballot", late.field());
        assertEquals("投票已结束，不能再投票", late.getMessage());
        assertEquals(before, ballots(f));
    }

    @Test
    @Order(16)
    void the_committee_keeps_the_excellent_cap_and_grades_only_its_members() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        long outsider = fixtures.outsider(f.branchId());
        signIn.as("secretary", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            Map<Long, AppraisalGrade> two = new HashMap<>();
            f.staffIds().forEach(id -> two.put(id, AppraisalGrade.QUALIFIED));
            two.put(f.staffIds().get(0), AppraisalGrade.EXCELLENT);
            two.put(f.staffIds().get(1), AppraisalGrade.EXCELLENT);
            BusinessException cap = assertThrows(BusinessException.class, () -> appraisals.decide(a.getId(), a.getVersion(), two));
            assertEquals("grades", cap.field());
            assertEquals("评为优秀的有 2 人，超过上限 1 人（参评党员 4 人的 30%，向下取整）", cap.getMessage());

            Map<Long, AppraisalGrade> stranger = new HashMap<>(two);
            stranger.put(f.staffIds().get(1), AppraisalGrade.QUALIFIED);
            stranger.put(outsider, AppraisalGrade.QUALIFIED);
            BusinessException notHere = assertThrows(BusinessException.class, () -> appraisals.decide(a.getId(), a.getVersion(), stranger));
            assertEquals("grades", notHere.field());
            assertEquals("该人员不是本支部参加评议的党员", notHere.getMessage());

            assertThrows(EJBAccessException.class, () -> appraisals.putToNotice(a.getId(), a.getVersion()));
            stranger.remove(outsider);
            appraisals.decide(a.getId(), a.getVersion(), stranger);
        });
        List<AppraisalMember> roster = em.createQuery("select m from AppraisalMember m where m.appraisalId = :a order by m.id",
                AppraisalMember.class).setParameter("a", f.appraisalId()).getResultList();
        assertEquals(List.of(AppraisalGrade.EXCELLENT, AppraisalGrade.QUALIFIED, AppraisalGrade.QUALIFIED, AppraisalGrade.QUALIFIED),
                roster.stream().map(AppraisalMember::getGrade).toList());
        AuditEntry decided = em.createQuery("select a from AuditEntry a where a.entityType = '民主评议' and a.entityId = :id "
                + "and a.action = :d", AuditEntry.class).setParameter("id", String.valueOf(f.appraisalId()))
                .setParameter("d", AuditAction.DECISION.name()).getSingleResult();
        assertEquals("secretary", decided.getActor());
        assertTrue(decided.getSummary().contains("优秀 1 人"), decided.getSummary());
    }

    @Test
    @Order(17)
    void the_leader_puts_the_grades_to_public_notice_one_member_each() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        signIn.as("leader", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            appraisals.putToNotice(a.getId(), a.getVersion());
        });
        assertEquals(AppraisalStatus.NOTICED, em.find(MemberAppraisal.class, f.appraisalId()).getStatus());
        List<Long> rows = em.createQuery("select m.id from AppraisalMember m where m.appraisalId = :a", Long.class)
                .setParameter("a", f.appraisalId()).getResultList();
        List<PublicNotice> notices = em.createQuery("select n from PublicNotice n where n.subjectType = :t and n.subjectId in :ids",
                PublicNotice.class).setParameter("t", AppraisalService.NOTICE_SUBJECT).setParameter("ids", rows).getResultList();
        assertEquals(4, notices.size());
        assertEquals(1, notices.stream().filter(n -> n.getHonour().endsWith("民主评议党员：优秀")).count());
    }

    @Inject
    cn.fuwukuaiche.honour.control.NoticeService appraisalNotices;

    @Inject
    cn.fuwukuaiche.partylife.appraisal.control.AppraisalTodoProvider appraisalTodos;

    private List<String> todosOf(String username) {
        return appraisalTodos.todos(viewer(username), cn.fuwukuaiche.base.time.Times.today()).stream()
                .map(cn.fuwukuaiche.base.work.Todo::what).toList();
    }

    @Test
    void every_member_with_an_open_ballot_has_his_vote_to_do_and_others_none() throws Exception {
        int year = cn.fuwukuaiche.base.time.Times.today().getYear();
        assertTrue(todosOf("member").contains("参加" + year + " 年度民主评议党员的无记名投票"), todosOf("member").toString());
        // a secretary is a member of his branch too: his own vote, and the ballot he runs
        assertTrue(todosOf("secretary").contains("参加" + year + " 年度民主评议党员的无记名投票"), todosOf("secretary").toString());
        assertTrue(todosOf("secretary").stream().anyMatch(t -> t.startsWith(year + " 年度民主评议投票中")), todosOf("secretary").toString());
        assertEquals(List.of(), todosOf("staff"), "共青团员: on no roster");
    }

    @Test
    @Order(18)
    void an_upheld_objection_withdraws_the_grade() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        AppraisalMember second = rosterOf(f).get(1);
        signIn.as("leader", () -> {
            PublicNotice n = em.createQuery("select n from PublicNotice n where n.subjectType = :t and n.subjectId = :id", PublicNotice.class)
                    .setParameter("t", AppraisalService.NOTICE_SUBJECT).setParameter("id", second.getId()).getSingleResult();
            var o = appraisalNotices.object("198.51.100.17", n.getId(), cn.fuwukuaiche.honour.entity.ObjectorKind.PERSON, "王芳", null,
                    "13912345617", "该党员本年度多次无故缺席支部党员大会，评定为合格与事实不符");
            appraisalNotices.decide(o.getId(), o.getVersion(), true, "经核对签到表，情况属实");
        });
        AppraisalMember withdrawn = em.find(AppraisalMember.class, second.getId());
        assertTrue(withdrawn.isWithdrawn(), "the grade no longer stands");
        assertTrue(todosOf("secretary").stream().anyMatch(t -> t.startsWith("重新评定 " + second.getMemberName())), todosOf("secretary").toString());
    }

    @Test
    @Order(19)
    void the_branch_decides_a_withdrawn_grade_again_with_a_reason() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        AppraisalMember second = rosterOf(f).get(1);
        AppraisalMember third = rosterOf(f).get(2);
        signIn.as("secretary", () -> {
            BusinessException noReason = assertThrows(BusinessException.class, () -> appraisals.redecide(second.getId(), second.getVersion(),
                    AppraisalGrade.BASICALLY_QUALIFIED, " "));
            assertEquals("reason", noReason.field());
            BusinessException standing = assertThrows(BusinessException.class, () -> appraisals.redecide(third.getId(), third.getVersion(),
                    AppraisalGrade.QUALIFIED, "理由"));
            assertEquals("grade", standing.field(), "only a withdrawn grade is decided again");
            BusinessException cap = assertThrows(BusinessException.class, () -> appraisals.redecide(second.getId(), second.getVersion(),
                    AppraisalGrade.EXCELLENT, "理由"));
            assertEquals("grade", cap.field());
            assertTrue(cap.getMessage().contains("超过上限 1 人"), cap.getMessage());
            assertThrows(EJBAccessException.class, () -> appraisals.putToNotice(f.appraisalId(), 0));
            appraisals.redecide(second.getId(), second.getVersion(), AppraisalGrade.BASICALLY_QUALIFIED, "异议成立：全年缺席党员大会两次，支委会重新评定");
        });
        AppraisalMember again = em.find(AppraisalMember.class, second.getId());
        assertEquals(AppraisalGrade.BASICALLY_QUALIFIED, again.getGrade());
        assertFalse(again.isWithdrawn());
        assertTrue(again.isNoticePending(), "the new grade waits for its 公示");
        int year = em.find(MemberAppraisal.class, f.appraisalId()).getAppraisalYear();
        assertTrue(todosOf("secretary").stream().noneMatch(t -> t.startsWith("重新评定 " + second.getMemberName())));
        assertTrue(todosOf("leader").contains("将" + year + " 年度民主评议的评定等次公示"), todosOf("leader").toString());
        AuditEntry line = em.createQuery("select a from AuditEntry a where a.entityType = '民主评议' and a.summary like '重新评定等次%' "
                + "and a.entityId = :id", AuditEntry.class).setParameter("id", String.valueOf(f.appraisalId())).getSingleResult();
        assertEquals("secretary", line.getActor());
        assertTrue(line.getReason().startsWith("异议成立"), line.getReason());
        assertTrue(line.getChanges().contains("合格（公示异议成立"), line.getChanges());
    }

    @Test
    @Order(20)
    void the_new_grade_goes_to_public_notice_again() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.get();
        AppraisalMember second = rosterOf(f).get(1);
        signIn.as("leader", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            appraisals.putToNotice(a.getId(), a.getVersion());
        });
        List<PublicNotice> notices = em.createQuery("select n from PublicNotice n where n.subjectType = :t and n.subjectId = :id order by n.id",
                PublicNotice.class).setParameter("t", AppraisalService.NOTICE_SUBJECT).setParameter("id", second.getId()).getResultList();
        assertEquals(2, notices.size(), "the withdrawn notice and the new one");
        assertTrue(notices.get(1).isOpen());
        assertTrue(notices.get(1).getHonour().endsWith("民主评议党员：基本合格"), notices.get(1).getHonour());
        assertFalse(em.find(AppraisalMember.class, second.getId()).isNoticePending());
        assertEquals(1L, auditCount("leader", AuditAction.UPDATE, "重新评定结果公示"));
        int year = em.find(MemberAppraisal.class, f.appraisalId()).getAppraisalYear();
        assertFalse(todosOf("leader").contains("将" + year + " 年度民主评议的评定等次公示"));
    }

    @Test
    @Order(21)
    void a_secretary_does_not_decide_his_own_grade() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.withSecretary();
        long mine = personOf("secretary"); // the roster's order is not the order of insertion
        signIn.as("secretary", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            Map<Long, AppraisalGrade> all = new HashMap<>();
            f.staffIds().forEach(id -> all.put(id, AppraisalGrade.QUALIFIED));
            BusinessException own = assertThrows(BusinessException.class, () -> appraisals.decide(a.getId(), a.getVersion(), all));
            assertEquals("grades", own.field());
            assertEquals("不能评定本人的民主评议等次，请由总支领导评定", own.getMessage());
            assertTrue(rosterOf(f).stream().allMatch(m -> m.getGrade() == null), "nothing written");
            all.remove(mine);
            appraisals.decide(a.getId(), a.getVersion(), all);
        });
        assertEquals(AppraisalStatus.CLOSED, em.find(MemberAppraisal.class, f.appraisalId()).getStatus(), "his own grade is still to decide");
        assertTrue(rosterOf(f).stream().allMatch(m -> m.getGrade() == (m.getStaffId() == mine ? null : AppraisalGrade.QUALIFIED)),
                "his own open, the others 合格");
        int year = em.find(MemberAppraisal.class, f.appraisalId()).getAppraisalYear();
        String own = "评定支部书记 " + rosterOf(f).stream().filter(m -> m.getStaffId() == mine).findFirst().orElseThrow().getMemberName()
                + " 本人的" + year + " 年度民主评议等次";
        assertTrue(todosOf("leader").contains(own), "the leader decides the secretary's own grade: " + todosOf("leader"));
        assertTrue(todosOf("secretary").stream().noneMatch(t -> t.contains(year + " 年度民主评议") && t.startsWith("评定")),
                "nothing left for the secretary to decide: " + todosOf("secretary"));
    }

    @Test
    @Order(22)
    void the_general_branch_decides_the_secretarys_own_grade() throws Exception {
        AppraisalFixtures.Fixture f = fixtures.withSecretary();
        signIn.as("leader", () -> {
            MemberAppraisal a = em.find(MemberAppraisal.class, f.appraisalId());
            Map<Long, AppraisalGrade> all = new HashMap<>();
            f.staffIds().forEach(id -> all.put(id, AppraisalGrade.QUALIFIED));
            all.put(personOf("secretary"), AppraisalGrade.BASICALLY_QUALIFIED); // three members at 30 %: no 优秀 at all
            appraisals.decide(a.getId(), a.getVersion(), all);
        });
        assertEquals(AppraisalStatus.DECIDED, em.find(MemberAppraisal.class, f.appraisalId()).getStatus());
        assertEquals(AppraisalGrade.BASICALLY_QUALIFIED, rosterOf(f).stream().filter(m -> m.getStaffId() == personOf("secretary"))
                .findFirst().orElseThrow().getGrade());
        int year = em.find(MemberAppraisal.class, f.appraisalId()).getAppraisalYear();
        assertTrue(todosOf("leader").stream().noneMatch(t -> t.startsWith("评定支部书记") && t.contains(year + " 年度")), todosOf("leader").toString());
        assertTrue(todosOf("leader").contains("将" + year + " 年度民主评议的评定等次公示"), todosOf("leader").toString());
    }

    private List<AppraisalMember> rosterOf(AppraisalFixtures.Fixture f) {
        return em.createQuery("select m from AppraisalMember m where m.appraisalId = :a order by m.id", AppraisalMember.class)
                .setParameter("a", f.appraisalId()).getResultList();
    }

    private long ballots(AppraisalFixtures.Fixture f) {
        return em.createQuery("select count(b) from AppraisalBallot b where b.appraisalId = :a", Long.class)
                .setParameter("a", f.appraisalId()).getSingleResult();
    }

    private static Set<String> columns(Connection c, String table) throws Exception {
        DatabaseMetaData md = c.getMetaData();
        Set<String> names = new TreeSet<>();
        for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = md.getColumns(c.getCatalog(), null, t, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static List<Long> column(Connection c, String sql, long id) throws Exception {
        return read(c, sql, id).stream().map(Long::valueOf).toList();
    }

    /** The first column of each row, as text, in the order the database returns them. */
    private static List<String> read(Connection c, String sql, long id) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** How many runs of equal neighbours: 4 when the rows are grouped by voter, about 9 when shuffled. */
    private static int runs(List<String> values) {
        int runs = values.isEmpty() ? 0 : 1;
        for (int i = 1; i < values.size(); i++) {
            if (!values.get(i).equals(values.get(i - 1))) {
                runs++;
            }
        }
        return runs;
    }
}
