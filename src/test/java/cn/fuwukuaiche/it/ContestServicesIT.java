package cn.fuwukuaiche.it;

import cn.fuwukuaiche.contest.control.StarMappingService;
import cn.fuwukuaiche.contest.control.JudgingService;
import cn.fuwukuaiche.contest.control.ContestResultService;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.demo.ContestDemoSeeder;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.ParticipationService;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.it.incontainer.ContestClock;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container tests of contests. Part of {@link ServicesIT}, the one Arquillian deployment (one Payara Micro
 * start): each area is a class of one hierarchy, so JUnit runs every area's tests in that deployment, and a test may
 * use what the classes above it declare. Run them with {@code -Dit.test=ServicesIT}.
 */
abstract class ContestServicesIT extends AssessmentServicesIT {

    @Inject
    ParticipationService participation;

    @Inject
    ContestService contestService;

    @Inject
    ContestResultService contestResults;

    @Inject
    JudgingService judging;

    @Inject
    StarMappingService starMappings;

    @Inject
    ContestClock contestClock;

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
            Contest c = contestService.advance(spot, em.find(Contest.class, spot).getVersion(), ContestStatus.CLOSED, "测试：提前结束");
            contestService.advance(spot, c.getVersion(), ContestStatus.PUBLISHED);
            List<ContestResultService.ResultRow> rows = contestResults.results(spot);
            assertEquals(1, rows.size());
            // staff2, its only participant, never took it here (ContestBrowserIT takes it on another server)
            assertFalse(rows.get(0).placed());
            assertEquals("未参加", rows.get(0).detail());
            assertEquals("未参加", rows.get(0).placeLabel(), "no place for one who did not take part");
            assertEquals(null, rows.get(0).prize(), "a zero score wins nothing");

            long past = contestId("业务知识大练兵", ContestStatus.PUBLISHED);
            List<ContestResultService.ResultRow> ranking = contestResults.results(past);
            assertEquals(1, ranking.get(0).place());
            assertEquals(Prize.FIRST, ranking.get(0).prize());
            List<StarMappingService.StarCandidate> stars = starMappings.starCandidates(
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

    @Inject
    cn.fuwukuaiche.base.board.ContestBoard contestBoard;

    @Inject
    cn.fuwukuaiche.it.incontainer.ContestBoardEvents contestBoardEvents;

    private long windowIdOf(String windowNo) {
        return em.createQuery("select w.id from ServiceWindow w where w.windowNo = :n", Long.class).setParameter("n", windowNo)
                .getSingleResult();
    }

    private static ContestService.ContestForm contestForm(String title, cn.fuwukuaiche.contest.entity.ContestKind kind, boolean teams,
                                                          String passage, String passage2, boolean toScreens) {
        java.time.LocalDateTime now = cn.fuwukuaiche.base.time.Times.now();
        return new ContestService.ContestForm(title, kind, cn.fuwukuaiche.contest.control.Quarters.label(now.toLocalDate()),
                now.minusHours(1), now.plusDays(1), 10, null, false, passage, 1, 1, 1, 0, 0, toScreens, teams, passage2);
    }

    @Test
    void contest_the_screens_show_published_contests_marked_for_them_with_prize_holders_only_and_team_winners_are_windows() throws Exception {
        List<cn.fuwukuaiche.base.board.ContestBoard.ContestWinners> board = contestBoard.publishedForScreens();
        assertEquals(3, board.stream().filter(c -> c.quarter().equals(cn.fuwukuaiche.contest.control.Quarters.chinese(
                cn.fuwukuaiche.contest.control.Quarters.label(cn.fuwukuaiche.contest.control.Quarters.first(Times.today()).minusDays(1)))))
                .count(), board.toString());
        assertTrue(board.stream().allMatch(c -> !c.winners().isEmpty() && c.winners().stream().allMatch(w -> w.prize() != null)), board.toString());
        cn.fuwukuaiche.base.board.ContestBoard.ContestWinners teams = board.stream().filter(c -> c.title().contains("团体")).findFirst().orElseThrow();
        assertTrue(teams.winners().stream().allMatch(w -> w.name().matches("[A-Z]\\d\\d .+") && w.name().equals(w.windowName())),
                teams.winners().toString());
        cn.fuwukuaiche.base.board.ContestBoard.ContestWinners knowledge = board.stream().filter(c -> c.title().contains("业务知识大练兵"))
                .findFirst().orElseThrow();
        assertEquals(1, knowledge.winners().get(0).rank());
        assertEquals("一等奖", knowledge.winners().get(0).prize());

        long id = knowledge.contestId();
        long before = contestBoardEvents.count("contest.");
        signIn.as("leader", () -> contestService.setToScreens(id, em.find(Contest.class, id).getVersion(), false));
        assertTrue(contestBoard.publishedForScreens().stream().noneMatch(c -> c.contestId() == id));
        assertEquals(before + 1, contestBoardEvents.count("contest."), "hiding published results tells the screens once committed");
        signIn.as("leader", () -> contestService.setToScreens(id, em.find(Contest.class, id).getVersion(), true));
        assertTrue(contestBoard.publishedForScreens().stream().anyMatch(c -> c.contestId() == id));
        assertEquals(before + 2, contestBoardEvents.count("contest."));
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.actor = 'leader' and a.reason = '不在大厅屏幕展示结果'",
                Long.class).getSingleResult());
    }

    @Test
    void contest_judges_score_window_teams_the_team_ranking_gives_the_prizes_and_the_certificate_names_the_window() throws Exception {
        long a05 = windowIdOf("A05");
        long c05 = windowIdOf("C05");
        long before = contestBoardEvents.count("contest.results.published");
        long id = signIn.as("leader", () -> {
            ContestService.ContestForm f = contestForm("IT 窗口团体展示", cn.fuwukuaiche.contest.entity.ContestKind.OTHER, true, null, null, true);
            f = new ContestService.ContestForm(f.title(), f.kind(), f.quarterLabel(), f.opensAt(), f.closesAt(), 0, null, false, null, 2,
                    1, 1, 0, 0, true, true, null);
            Contest c = contestService.create(f, new ContestService.Scope(List.of(), List.of(), List.of(a05, c05)));
            c = contestService.advance(c.getId(), c.getVersion(), ContestStatus.OPEN);
            assertEquals(List.of("A05", "C05"), judging.teams(c.getId()).stream().map(w -> w.getWindowNo()).toList());
            long staffOfA05 = contestService.participants(c.getId()).get(0).getId();
            long cid = c.getId();
            BusinessException individual = assertThrows(BusinessException.class,
                    () -> judging.saveJudgeScore(cid, staffOfA05, 1, new BigDecimal("90")));
            assertEquals("该竞赛以窗口为团队，请为团队评分", individual.getMessage());
            judging.saveTeamScore(cid, a05, 1, new BigDecimal("80"));
            judging.saveTeamScore(cid, a05, 2, new BigDecimal("90"));
            judging.saveTeamScore(cid, c05, 1, new BigDecimal("90"));
            judging.saveTeamScore(cid, c05, 2, new BigDecimal("70"));
            BusinessException range = assertThrows(BusinessException.class, () -> judging.saveTeamScore(cid, c05, 3, new BigDecimal("90")));
            assertEquals("round", range.field());

            c = contestService.advance(cid, c.getVersion(), ContestStatus.CLOSED, "评委评分已完成");
            assertEquals(2, contestService.preview(cid, ContestStatus.PUBLISHED).prizes(),
                    "the confirmation before publishing counts the teams' prizes (it said 0 for team contests)");
            contestService.advance(cid, c.getVersion(), ContestStatus.PUBLISHED);
            List<ContestResultService.TeamRow> teams = contestResults.teamResults(cid);
            assertEquals(2, teams.size());
            // A05: 80 + 90 = 170.00 over two rounds; C05: 90 + 70 = 160.00
            assertEquals("A05", teams.get(0).windowNo());
            assertEquals("170.00", teams.get(0).score().toPlainString());
            assertEquals(Prize.FIRST, teams.get(0).prize());
            assertEquals(Prize.SECOND, teams.get(1).prize());
            assertTrue(contestResults.results(cid).isEmpty(), "a judged team contest has no individual results");
            ContestResultService.Certificate cert = contestResults.teamCertificate(cid, a05);
            assertTrue(cert.team() && cert.staffName().startsWith("A05 ") && cert.staffName().endsWith("窗口"), cert.toString());
            assertEquals("一等奖", cert.prize());

            BusinessException letters = assertThrows(BusinessException.class, () -> contestService.create(
                    contestForm("IT 打字无字母", cn.fuwukuaiche.contest.entity.ContestKind.TYPING, false, "政务服务中心一窗受理集成服务",
                            "2026081512345", false), new ContestService.Scope(List.of(), List.of(), List.of(a05))));
            assertEquals("passage2", letters.field());
            return cid;
        });
        assertEquals(before + 1, contestBoardEvents.count("contest.results.published"));
        assertTrue(contestBoard.publishedForScreens().stream().anyMatch(c -> c.contestId() == id
                && c.winners().get(0).name().startsWith("A05 ")));
    }

    @Inject
    cn.fuwukuaiche.contest.control.AttemptSweep attemptSweep;

    @Test
    void integrity_ending_a_contest_early_needs_a_reason_the_audit_has_it_and_only_participants_are_ranked() throws Exception {
        long id = contestClock.openTypingContest("IT 提前结束的打字赛", "政务服务中心一窗受理集成服务", null, "A05");
        List<Long> a05 = em.createQuery("select p.staffId from Participant p where p.contestId = :c order by p.staffId", Long.class)
                .setParameter("c", id).getResultList();
        assertEquals(3, a05.size());
        contestClock.typing(id, a05.get(0), 60, "政务服务中心一窗受理"); // typed, not yet handed in
        signIn.as("leader", () -> {
            ContestService.StepPreview p = contestService.preview(id, ContestStatus.CLOSED);
            assertTrue(p.endsEarly());
            assertEquals(3, p.participants());
            assertEquals(3, p.notTaken(), "nobody has handed in yet");
            long version = em.find(Contest.class, id).getVersion();
            BusinessException noReason = assertThrows(BusinessException.class,
                    () -> contestService.advance(id, version, ContestStatus.CLOSED));
            assertEquals("reason", noReason.field());
            assertTrue(noReason.getMessage().contains("提前结束须填写原因"), noReason.getMessage());
            contestService.advance(id, version, ContestStatus.CLOSED, "大厅停电，改期重赛");

            List<ContestResultService.ResultRow> rows = contestResults.results(id);
            assertEquals(3, rows.size());
            assertEquals(a05.get(0), rows.get(0).staffId(), "the one who typed is first: what was saved counts");
            assertEquals(1, rows.get(0).place());
            assertFalse(rows.get(0).tied());
            assertTrue(rows.get(0).score().signum() > 0, "speed from the saved text");
            for (ContestResultService.ResultRow r : rows.subList(1, 3)) {
                assertFalse(r.placed(), "a non-participant has no place");
                assertEquals("未参加", r.placeLabel());
                assertNull(r.prize());
            }
            return null;
        });
        AuditEntry line = em.createQuery("select a from AuditEntry a where a.actor = 'leader' and a.entityType = :t and a.entityId = :id"
                + " and a.reason like '提前结束%'", AuditEntry.class).setParameter("t", em.find(Contest.class, id).auditType())
                .setParameter("id", String.valueOf(id)).getSingleResult();
        assertTrue(line.getReason().contains("大厅停电，改期重赛") && line.getReason().contains("3 名参赛人员尚未交卷"), line.getReason());
    }

    @Test
    void integrity_typed_text_is_saved_as_typed_survives_a_reload_and_counts_when_time_runs_out() throws Exception {
        long id = contestClock.openTypingContest("IT 打字随打随存", "政务服务中心一窗受理集成服务", null, "A05");
        Attempt a = signIn.as("staff", () -> {
            Attempt started = participation.start(id);
            participation.saveTyping(id, "政务服务中心", null);
            // a reload: the page asks for the paper again
            ParticipationService.Paper again = participation.paper(id);
            assertEquals("政务服务中心", again.attempt().getTypedText(), "what was typed is back");
            assertFalse(again.attempt().isSubmitted());
            assertTrue(again.secondsLeft() > 0 && again.secondsLeft() <= 600, "the server's clock: " + again.secondsLeft());
            participation.saveTyping(id, "政务服务中心一窗受理", null);
            return started;
        });
        assertEquals("政务服务中心一窗受理", contestClock.attempt(a.getId()).getTypedText());
        contestClock.expire(a.getId(), 1);
        attemptSweep.autoSubmit(a.getId());
        Attempt done = contestClock.attempt(a.getId());
        assertTrue(done.isSubmitted() && done.isAutoSubmitted());
        assertEquals(10, done.getCharsTyped(), "the saved text is handed in, not an empty one");
        assertTrue(done.getSpeed().signum() > 0);
    }

    @Test
    void contest_a_typing_attempt_over_two_passages_scores_speed_and_accuracy_over_both() throws Exception {
        long a05 = windowIdOf("A05");
        String p1 = "政务服务中心一窗受理集成服务";
        String p2 = "QS-2026-0815 No.36";
        long id = contestClock.openTypingContest("IT 打字两段", p1, p2, "A05");
        Attempt a = signIn.as("staff", () -> participation.start(id));
        contestClock.startedAgo(a.getId(), 120);
        // one character wrong in each passage (spaces are not counted): d = 1 + 1 over |P| = 14 + 17 = 31
        // → accuracy 1 − 2/31 = 0.9355; correct characters 13 + 16 = 29; speed 29 × 60 / seconds
        Attempt done = signIn.as("staff", () -> participation.submitTyping(id, "政务服务中心一窗受理集成服物", "QS-2026-0816 No.36"));
        assertEquals("0.9355", done.getAccuracy().toPlainString());
        long seconds = java.time.Duration.between(done.getStartedAt(), done.getSubmittedAt()).getSeconds();
        assertTrue(seconds >= 120 && seconds <= 125, "server time: " + seconds);
        assertEquals(new BigDecimal(29 * 60).divide(BigDecimal.valueOf(seconds), 1, java.math.RoundingMode.HALF_UP), done.getSpeed());
        assertEquals("QS-2026-0816 No.36", contestClock.attempt(a.getId()).getTypedText2());
        String mine = signIn.as("staff", () -> participation.myContests()).stream().filter(m -> m.contest().getId() == id).findFirst()
                .orElseThrow().attempt().getSpeed().toPlainString();
        assertEquals(done.getSpeed().toPlainString(), mine);
    }

    @Test
    void contest_only_the_admin_maps_prizes_to_stars_and_each_change_is_audited_with_its_reason() throws Exception {
        java.util.Map<Prize, String> m = new java.util.EnumMap<>(Prize.class);
        m.put(Prize.FIRST, "业绩突出星");
        m.put(Prize.SECOND, "爱岗敬业星");
        m.put(Prize.THIRD, "廉洁高效星");
        signIn.as("admin", () -> {
            BusinessException noReason = assertThrows(BusinessException.class, () -> starMappings.saveStarMapping(m, " "));
            assertEquals("reason", noReason.field());
            java.util.Map<Prize, String> bad = new java.util.EnumMap<>(m);
            bad.put(Prize.MERIT, "月亮星");
            assertEquals("star", assertThrows(BusinessException.class, () -> starMappings.saveStarMapping(bad, "试试")).field());
            assertEquals(1, starMappings.saveStarMapping(m, "三等奖也推荐廉洁高效星"));
            assertEquals("廉洁高效星", starMappings.starMapping().get(Prize.THIRD));
            m.remove(Prize.THIRD);
            assertEquals(1, starMappings.saveStarMapping(m, "恢复原设置"));
            assertFalse(starMappings.starMapping().containsKey(Prize.THIRD));
            return null;
        });
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.actor = 'admin' and a.reason = '三等奖也推荐廉洁高效星'",
                Long.class).getSingleResult());
    }

    @Test
    void contest_a_leader_may_not_map_prizes_to_stars() {
        assertThrows(EJBAccessException.class, () -> signIn.as("leader", () -> starMappings.saveStarMapping(
                java.util.Map.of(Prize.FIRST, "和谐服务星"), "领导调整")));
    }
}
