package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.PeriodCheck;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.entity.Answer;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.JudgeScore;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.StarMapping;
import cn.fuwukuaiche.contest.entity.TeamResult;
import cn.fuwukuaiche.contest.entity.TeamScore;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ADMIN and LEADER run contests: create, enter participants, open, close, score, publish; the question bank. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ContestService {

    @Inject
    cn.fuwukuaiche.security.control.SelfDecisionGuard self;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    AttemptSweep sweep;

    @Resource
    SessionContext context;

    @Inject
    Event<BoardChanged> boardChanged;

    /** The five stars (五星) a prize can make its winner a candidate for. */
    public static final List<String> STARS = List.of("和谐服务星", "遵纪守法星", "爱岗敬业星", "业绩突出星", "廉洁高效星");

    public record ContestForm(String title, ContestKind kind, String quarterLabel, LocalDateTime opensAt, LocalDateTime closesAt,
                              int timeLimitMinutes, String paperRules, boolean shufflePerPerson, String passage, int rounds,
                              int first, int second, int third, int merit, boolean toScreens, boolean teamMode, String passage2) {
    }

    /** Who takes part: staff of these units, branches or windows (any of them). */
    public record Scope(Collection<Long> unitIds, Collection<Long> branchIds, Collection<Long> windowIds) {
    }

    /** A result line with the names people know. */
    public record ResultRow(int place, boolean tied, String staffName, String staffNo, String unit, String window,
                            BigDecimal score, Prize prize, String detail, Long staffId) {
        public String prizeLabel() {
            return prize == null ? "" : prize.label();
        }

        public String placeLabel() {
            return place == Ranked.NO_PLACE ? ContestScoring.NOT_TAKEN : (tied ? "并列" : "") + "第 " + place + " 名";
        }

        /** False for a participant who did not take part (listed apart, no place). */
        public boolean placed() {
            return place != Ranked.NO_PLACE;
        }
    }

    /** A team (window) result line. */
    public record TeamRow(int place, boolean tied, String windowNo, String windowName, String unit, BigDecimal score, Prize prize,
                          String detail, Long windowId, String members) {
        public String prizeLabel() {
            return prize == null ? "" : prize.label();
        }

        public String placeLabel() {
            return (tied ? "并列" : "") + "第 " + place + " 名";
        }

        public String team() {
            return windowNo + " " + windowName;
        }
    }

    public record QuestionStat(int no, Question question, long answered, long correct) {
    }

    /** A staff member who won a prize that maps to a star: input for the honours feature. */
    public record StarCandidate(Long staffId, String staffName, Long contestId, String contestTitle, Prize prize, String star) {
    }

    public List<Contest> contests() {
        return em.createQuery("select c from Contest c order by c.opensAt desc, c.id desc", Contest.class).getResultList();
    }

    public long participantCount(long contestId) {
        return em.createQuery("select count(p) from Participant p where p.contestId = :c", Long.class)
                .setParameter("c", contestId).getSingleResult();
    }

    public Contest create(ContestForm form, Scope scope) {
        validate(form);
        Contest c = new Contest(form.title().strip(), form.kind(), form.quarterLabel(), form.opensAt(), form.closesAt());
        apply(c, form);
        em.persist(c);
        em.flush();
        int n = ContestScoring.addParticipants(em, c, staffIn(scope));
        audit.created(c, "参赛人员 " + n + " 人");
        return c;
    }

    public Contest update(long id, long expectedVersion, ContestForm form, Scope scope) {
        validate(form);
        Contest c = load(id, expectedVersion);
        if (c.getStatus() != ContestStatus.DRAFT && c.getStatus() != ContestStatus.OPEN) {
            throw new BusinessException("已结束的竞赛不能修改");
        }
        if (c.getStatus() == ContestStatus.OPEN && c.getKind() != form.kind()) {
            throw new BusinessException("kind", "竞赛已开始，不能修改类型");
        }
        if (c.getStatus() == ContestStatus.OPEN && c.isTeamMode() != form.teamMode()) {
            throw new BusinessException("teamMode", "竞赛已开始，不能修改是否以窗口为团队参赛");
        }
        Map<String, Object> before = c.auditState();
        c.setTitle(form.title().strip());
        c.setKind(form.kind());
        c.setQuarterLabel(form.quarterLabel());
        c.setOpensAt(form.opensAt());
        c.setClosesAt(form.closesAt());
        apply(c, form);
        int n = scope == null ? 0 : ContestScoring.addParticipants(em, c, staffIn(scope));
        em.flush();
        audit.updated(before, c, n > 0 ? "新增参赛人员 " + n + " 人" : null);
        return c;
    }

    /**
     * What a step of {@link #advance} would do, for the question the page asks first: how many take part, how many
     * have handed in, how many have not started or are still answering, and whether the step ends the contest
     * before its closing time (then a reason is required).
     */
    public record StepPreview(ContestStatus target, long participants, long submitted, long answering, long notStarted,
                              boolean endsEarly, LocalDateTime closesAt, long prizes) {
        /** Participants who have not handed in: not started, or still answering. */
        public long notTaken() {
            return answering + notStarted;
        }
    }

    public StepPreview preview(long id, ContestStatus target) {
        Contest c = em.find(Contest.class, id);
        if (c == null) {
            throw new BusinessException("该竞赛不存在");
        }
        long participants = participantCount(id);
        long submitted = em.createQuery("select count(a) from Attempt a where a.contestId = :c and a.submittedAt is not null", Long.class)
                .setParameter("c", id).getSingleResult();
        long started = em.createQuery("select count(a) from Attempt a where a.contestId = :c", Long.class).setParameter("c", id)
                .getSingleResult();
        boolean early = target == ContestStatus.CLOSED && !PeriodCheck.ended(c.getClosesAt(), Times.now());
        long prizes = target == ContestStatus.PUBLISHED ? em.createQuery("select count(r) from ContestResult r where r.contestId = :c "
                + "and r.prize is not null", Long.class).setParameter("c", id).getSingleResult() : 0;
        return new StepPreview(target, participants, submitted, started - submitted, Math.max(0, participants - started), early,
                c.getClosesAt(), prizes);
    }

    /** draft → open → closed → published; see {@link #advance(long, long, ContestStatus, String)}. */
    public Contest advance(long id, long expectedVersion, ContestStatus target) {
        return advance(id, expectedVersion, target, null);
    }

    /**
     * draft → open → closed → published; closing auto-submits open attempts and computes the results. Closing
     * before the closing time cuts the contest short: only with a {@code reason}, which goes into the audit with
     * the number of participants who had not handed in.
     */
    public Contest advance(long id, long expectedVersion, ContestStatus target, String reason) {
        Contest c = load(id, expectedVersion);
        ContestStatus from = c.getStatus();
        if (target.ordinal() != from.ordinal() + 1) {
            throw new BusinessException("不能从“" + from.label() + "”变为“" + target.label() + "”");
        }
        String why = reason == null ? "" : reason.strip();
        String auditReason = target.label();
        if (target == ContestStatus.CLOSED && !PeriodCheck.ended(c.getClosesAt(), Times.now())) {
            if (why.length() < 2) {
                throw new BusinessException("reason", "竞赛原定 " + Times.format(c.getClosesAt()) + " 结束，提前结束须填写原因");
            }
            if (why.length() > 500) {
                throw new BusinessException("reason", "原因最多 500 字");
            }
            StepPreview p = preview(id, target);
            auditReason = "提前结束（原定 " + Times.format(c.getClosesAt()) + " 结束，" + p.notTaken() + " 名参赛人员尚未交卷）：" + why;
        } else if (!why.isEmpty()) {
            auditReason = target.label() + "：" + why;
        }
        if (target == ContestStatus.OPEN) {
            if (participantCount(id) == 0) {
                throw new BusinessException("请先确定参赛人员");
            }
            if (c.getKind() == ContestKind.KNOWLEDGE) {
                PaperRules.draw(PaperRules.parse(c.getPaperRules()), pools(), 1, false); // enough questions?
            }
        }
        if (target == ContestStatus.CLOSED) {
            for (Attempt a : em.createQuery("select a from Attempt a where a.contestId = :c and a.submittedAt is null", Attempt.class)
                    .setParameter("c", id).getResultList()) {
                if (c.getKind() == ContestKind.KNOWLEDGE) {
                    ContestScoring.finishKnowledge(em, a, true);
                } else {
                    ContestScoring.finishTyping(c, a, Times.now(), true); // the text saved as typed counts
                }
            }
        }
        Map<String, Object> before = c.auditState();
        c.setStatus(target);
        if (target == ContestStatus.CLOSED || target == ContestStatus.PUBLISHED) {
            ContestScoring.storeResults(em, c);
        }
        if (target == ContestStatus.PUBLISHED) {
            c.setPublishedAt(Times.now());
        }
        em.flush();
        audit.updated(before, c, auditReason);
        if (target == ContestStatus.PUBLISHED && c.isToScreens()) {
            boardChanged.fire(BoardChanged.of("contest.results.published"));
        }
        return c;
    }

    /** Shows or hides a contest's published results on the hall's display screens (在大厅屏幕展示结果). */
    public Contest setToScreens(long id, long expectedVersion, boolean toScreens) {
        Contest c = load(id, expectedVersion);
        if (c.isToScreens() == toScreens) {
            return c;
        }
        Map<String, Object> before = c.auditState();
        c.setToScreens(toScreens);
        em.flush();
        audit.updated(before, c, toScreens ? "在大厅屏幕展示结果" : "不在大厅屏幕展示结果");
        if (c.getStatus() == ContestStatus.PUBLISHED) {
            boardChanged.fire(BoardChanged.of(toScreens ? "contest.screens.shown" : "contest.screens.hidden"));
        }
        return c;
    }

    /** A team contest's teams (windows) ranked: stored once closed, the current standing before. */
    public List<TeamRow> teamResults(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (c == null || !c.isTeamMode()) {
            return List.of();
        }
        List<TeamResult> stored = em.createQuery("select r from TeamResult r where r.contestId = :c order by r.place, r.windowId",
                TeamResult.class).setParameter("c", contestId).getResultList();
        List<TeamRow> rows = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (TeamResult r : stored) {
                rows.add(teamRow(contestId, r.getPlace(), r.isTied(), r.getWindowId(), r.getScore(), r.getPrize(), r.getDetail()));
            }
            return rows;
        }
        for (Ranked<ContestScoring.TeamLine> r : ContestScoring.rankTeams(ContestScoring.teamLines(em, c))) {
            rows.add(teamRow(contestId, r.rank(), r.tied(), r.item().windowId(), r.item().score(), null, r.item().detail()));
        }
        return rows;
    }

    private TeamRow teamRow(long contestId, int place, boolean tied, Long windowId, BigDecimal score, Prize prize, String detail) {
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        String members = String.join("、", em.createQuery("select s.name from Staff s, Participant p where p.staffId = s.id "
                + "and p.contestId = :c and p.windowId = :w order by s.staffNo", String.class).setParameter("c", contestId)
                .setParameter("w", windowId).getResultList());
        return new TeamRow(place, tied, w.getWindowNo(), w.getName(), w.getUnit() == null ? "" : w.getUnit().getShortName(), score, prize,
                detail, windowId, members);
    }

    /** The teams (windows) of a team contest, for the judges' form. */
    public List<ServiceWindow> teams(long contestId) {
        return em.createQuery("select w from ServiceWindow w where w.id in (select p.windowId from Participant p where p.contestId = :c) "
                + "order by w.windowNo", ServiceWindow.class).setParameter("c", contestId).getResultList();
    }

    /** A judge's score for a team (window) in a round of a judged team contest. */
    public void saveTeamScore(long contestId, long windowId, int round, BigDecimal score) {
        Contest c = em.find(Contest.class, contestId);
        if (c == null || c.getKind() != ContestKind.OTHER || !c.isTeamMode()) {
            throw new BusinessException("只有以窗口为团队的评委评分类竞赛可以为团队评分");
        }
        checkJudging(c, round, score);
        if (em.createQuery("select p.id from Participant p where p.contestId = :c and p.windowId = :w", Long.class)
                .setParameter("c", contestId).setParameter("w", windowId).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("team", "该窗口不是参赛团队");
        }
        String judge = context.getCallerPrincipal().getName();
        TeamScore t = em.createQuery("select t from TeamScore t where t.contestId = :c and t.windowId = :w and t.roundNo = :r and t.judge = :j",
                        TeamScore.class).setParameter("c", contestId).setParameter("w", windowId).setParameter("r", round)
                .setParameter("j", judge).getResultStream().findFirst().orElse(null);
        String old = t == null ? null : t.getScore().toPlainString();
        if (t == null) {
            t = new TeamScore(contestId, windowId, round, judge, score);
            em.persist(t);
        } else {
            t.setScore(score);
        }
        em.flush();
        if (c.getStatus() == ContestStatus.CLOSED) {
            ContestScoring.storeResults(em, c);
        }
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        audit.event(AuditAction.UPDATE, "竞赛团队评分", t.getId(), "评分：" + c.getTitle() + " " + w.getWindowNo() + " " + w.getName()
                + " 第" + round + "轮", (old == null ? "" : old + " → ") + score.toPlainString(), null);
    }

    private static void checkJudging(Contest c, int round, BigDecimal score) {
        if (c.getStatus() == ContestStatus.PUBLISHED || c.getStatus() == ContestStatus.DRAFT) {
            throw new BusinessException("竞赛进行中或结束后、公布成绩前才能录入评分");
        }
        if (round < 1 || round > c.getRounds()) {
            throw new BusinessException("round", "轮次须在 1–" + c.getRounds() + " 之间");
        }
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessException("score", "评分须在 0–100 之间");
        }
    }

    public List<ResultRow> results(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (c.isTeamMode() && c.getKind() == ContestKind.OTHER) {
            return List.of(); // the judges score teams: see teamResults
        }
        List<ContestResult> stored = em.createQuery("select r from ContestResult r where r.contestId = :c order by r.place, r.staffId",
                ContestResult.class).setParameter("c", contestId).getResultList();
        List<ResultRow> rows = new ArrayList<>();
        if (!stored.isEmpty()) {
            for (ContestResult r : stored) {
                rows.add(row(r.getPlace(), r.isTied(), r.getStaffId(), r.getScore(), r.getPrize(), r.getDetail()));
            }
            // those who did not take part come last, apart
            rows.sort(java.util.Comparator.comparing((ResultRow x) -> !x.placed()));
            return rows;
        }
        // not closed yet: the current standing, without prizes
        for (Ranked<ContestScoring.Line> r : ContestScoring.rank(ContestScoring.lines(em, c), c)) {
            rows.add(row(r.rank(), r.tied(), r.item().staffId(), r.item().score(), null, r.item().detail()));
        }
        return rows;
    }

    private ResultRow row(int place, boolean tied, Long staffId, BigDecimal score, Prize prize, String detail) {
        Staff s = em.find(Staff.class, staffId);
        return new ResultRow(place, tied, s.getName(), s.getStaffNo(), s.getUnit().getShortName(),
                s.getWindow() == null ? "" : s.getWindow().getWindowNo(), score, prize, detail, staffId);
    }

    /** Per-question statistics of a knowledge test (after it closed). */
    public List<QuestionStat> questionStats(long contestId) {
        Contest c = em.find(Contest.class, contestId);
        if (!c.isOver()) {
            throw new BusinessException("竞赛结束后才能查看逐题统计");
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery("select x.questionId, x.correct from Answer x, Attempt a where x.attemptId = a.id "
                + "and a.contestId = :c and x.given is not null", Object[].class).setParameter("c", contestId).getResultList()) {
            long[] n = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
            n[0]++;
            if (Boolean.TRUE.equals(row[1])) {
                n[1]++;
            }
        }
        List<QuestionStat> out = new ArrayList<>();
        int no = 0;
        for (Long qid : counts.keySet().stream().sorted().toList()) {
            long[] n = counts.get(qid);
            out.add(new QuestionStat(++no, em.find(Question.class, qid), n[0], n[1]));
        }
        return out;
    }

    public void saveJudgeScore(long contestId, long staffId, int round, BigDecimal score) {
        self.check(cn.fuwukuaiche.security.control.ConflictOfInterest.Step.CONTEST_SCORE, staffId);
        Contest c = em.find(Contest.class, contestId);
        if (c == null || c.getKind() != ContestKind.OTHER) {
            throw new BusinessException("只有评委评分类竞赛可以录入评分");
        }
        if (c.isTeamMode()) {
            throw new BusinessException("该竞赛以窗口为团队，请为团队评分");
        }
        checkJudging(c, round, score);
        if (em.createQuery("select p.id from Participant p where p.contestId = :c and p.staffId = :s", Long.class)
                .setParameter("c", contestId).setParameter("s", staffId).getResultList().isEmpty()) {
            throw new BusinessException("staff", "该人员不是参赛人员");
        }
        String judge = context.getCallerPrincipal().getName();
        JudgeScore j = em.createQuery("select j from JudgeScore j where j.contestId = :c and j.staffId = :s and j.roundNo = :r and j.judge = :j",
                        JudgeScore.class).setParameter("c", contestId).setParameter("s", staffId).setParameter("r", round)
                .setParameter("j", judge).getResultStream().findFirst().orElse(null);
        String old = j == null ? null : j.getScore().toPlainString();
        if (j == null) {
            j = new JudgeScore(contestId, staffId, round, judge, score);
            em.persist(j);
        } else {
            j.setScore(score);
        }
        em.flush();
        if (c.getStatus() == ContestStatus.CLOSED) {
            ContestScoring.storeResults(em, c);
        }
        audit.event(AuditAction.UPDATE, "竞赛评分", j.getId(), "评分：" + c.getTitle() + " " + em.find(Staff.class, staffId).getName()
                + " 第" + round + "轮", (old == null ? "" : old + " → ") + score.toPlainString(), null);
    }

    public List<Staff> participants(long contestId) {
        return em.createQuery("select s from Staff s where s.id in (select p.staffId from Participant p where p.contestId = :c) "
                + "order by s.staffNo", Staff.class).setParameter("c", contestId).getResultList();
    }

    /** @param team true when the recipient is a window (team): no "同志" after the name */
    public record Certificate(String staffName, String unit, String contestTitle, String prize, java.time.LocalDate date, boolean team) {
    }

    /** A print-ready certificate for a prize-winning team (window) of a published team contest. */
    public Certificate teamCertificate(long contestId, long windowId) {
        Contest c = em.find(Contest.class, contestId);
        TeamResult r = c == null ? null : em.createQuery("select r from TeamResult r where r.contestId = :c and r.windowId = :w",
                TeamResult.class).setParameter("c", contestId).setParameter("w", windowId).getResultStream().findFirst().orElse(null);
        if (r == null || r.getPrize() == null || c.getStatus() != ContestStatus.PUBLISHED) {
            throw new BusinessException("该窗口在此竞赛中没有已公布的奖项");
        }
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        return new Certificate(w.getWindowNo() + " " + w.getName() + "窗口", w.getUnit() == null ? "" : w.getUnit().getName(), c.getTitle(),
                r.getPrize().label(), c.getPublishedAt().toLocalDate(), true);
    }

    /** A print-ready certificate for a prize winner of a published contest. */
    public Certificate certificate(long contestId, long staffId) {
        Contest c = em.find(Contest.class, contestId);
        ContestResult r = c == null ? null : em.createQuery("select r from ContestResult r where r.contestId = :c and r.staffId = :s",
                ContestResult.class).setParameter("c", contestId).setParameter("s", staffId).getResultStream().findFirst().orElse(null);
        if (r == null || r.getPrize() == null || c.getStatus() != ContestStatus.PUBLISHED) {
            throw new BusinessException("该人员在此竞赛中没有已公布的奖项");
        }
        Staff s = em.find(Staff.class, staffId);
        return new Certificate(s.getName(), s.getUnit().getName(), c.getTitle(), r.getPrize().label(), c.getPublishedAt().toLocalDate(),
                false);
    }

    // ---- question bank ----

    public List<Question> questions() {
        return em.createQuery("select q from Question q order by q.category, q.difficulty, q.id", Question.class).getResultList();
    }

    public Question saveQuestion(Long id, long expectedVersion, QuestionImport.Row form) {
        QuestionImport.check(form).ifPresent(m -> {
            throw new BusinessException("stem", m);
        });
        if (id == null) {
            Question q = form.toQuestion();
            em.persist(q);
            em.flush();
            audit.created(q, null);
            return q;
        }
        Question q = em.find(Question.class, id);
        if (q == null) {
            throw new BusinessException("该题目不存在");
        }
        if (q.getVersion() != expectedVersion) {
            throw new OptimisticLockException("题目已被他人修改");
        }
        Map<String, Object> before = q.auditState();
        q.setCategory(form.category());
        q.setDifficulty(form.difficulty());
        q.setType(form.type());
        q.setStem(form.stem());
        q.setOptionList(form.options());
        q.setAnswerKey(Grading.normalize(form.type(), form.answer()));
        em.flush();
        audit.updated(before, q, null);
        return q;
    }

    public void setQuestionActive(long id, boolean active) {
        Question q = em.find(Question.class, id);
        Map<String, Object> before = q.auditState();
        q.setActive(active);
        audit.updated(before, q, active ? "启用" : "停用");
    }

    /** Imports the rows of a checked preview; refuses the whole file if any row has an error. */
    public int importQuestions(List<QuestionImport.Row> rows, String fileName) {
        for (QuestionImport.Row r : rows) {
            if (r.error() != null) {
                throw new BusinessException("第 " + r.line() + " 行有错误：" + r.error() + "，请改正后重新导入");
            }
        }
        for (QuestionImport.Row r : rows) {
            em.persist(r.toQuestion());
        }
        audit.event(AuditAction.IMPORT, "题目", null, "导入题库 " + rows.size() + " 题", fileName, null);
        return rows.size();
    }

    // ---- stars ----

    public Map<Prize, String> starMapping() {
        Map<Prize, String> m = new EnumMap<>(Prize.class);
        em.createQuery("select m from StarMapping m", StarMapping.class).getResultList().forEach(x -> m.put(x.getPrize(), x.getStar()));
        return m;
    }

    /** The ADMIN's star mapping form: every prize's star (blank = none), saved with the reason for the change. */
    @RolesAllowed(Role.Names.ADMIN)
    public int saveStarMapping(Map<Prize, String> mapping, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写调整原因");
        }
        Map<Prize, String> now = starMapping();
        int changed = 0;
        for (Prize p : Prize.values()) {
            String want = mapping.get(p) == null || mapping.get(p).isBlank() ? null : mapping.get(p).strip();
            if (!java.util.Objects.equals(want, now.get(p))) {
                setStarMapping(p, want, reason.strip());
                changed++;
            }
        }
        if (changed == 0) {
            throw new BusinessException("没有需要保存的改动");
        }
        return changed;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setStarMapping(Prize prize, String star) {
        setStarMapping(prize, star, null);
    }

    private void setStarMapping(Prize prize, String star, String reason) {
        if (star != null && !star.isBlank() && !STARS.contains(star.strip())) {
            throw new BusinessException("star", "请选择五星之一：" + String.join("、", STARS));
        }
        StarMapping m = em.createQuery("select m from StarMapping m where m.prize = :p", StarMapping.class).setParameter("p", prize)
                .getResultStream().findFirst().orElse(null);
        String old = m == null ? null : m.getStar();
        if (star == null || star.isBlank()) {
            if (m != null) {
                em.remove(m);
            }
        } else if (m == null) {
            em.persist(new StarMapping(prize, star.strip()));
        } else {
            m.setStar(star.strip());
        }
        audit.event(AuditAction.UPDATE, "竞赛奖项与星级对应", prize.name(), "设置 " + prize.label() + " → 星级",
                (old == null ? "无" : old) + " → " + (star == null || star.isBlank() ? "无" : star.strip()), reason);
    }

    /** Star candidates from contests whose results were published between {@code from} and {@code to} (inclusive). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<StarCandidate> starCandidates(LocalDate from, LocalDate to) {
        return ContestStars.candidates(em, from, to);
    }

    // ---- choices for the forms ----

    public List<cn.fuwukuaiche.org.entity.Unit> units() {
        return em.createQuery("select u from Unit u where u.active = true order by u.displayOrder, u.id", cn.fuwukuaiche.org.entity.Unit.class)
                .getResultList();
    }

    public List<cn.fuwukuaiche.org.entity.Branch> branches() {
        return em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.id", cn.fuwukuaiche.org.entity.Branch.class)
                .getResultList();
    }

    public List<cn.fuwukuaiche.org.entity.ServiceWindow> windows() {
        return em.createQuery("select w from ServiceWindow w where w.active = true order by w.windowNo",
                cn.fuwukuaiche.org.entity.ServiceWindow.class).getResultList();
    }

    // ---- helpers ----

    /** Active staff in any of the scope's units, branches or windows. */
    public List<Long> staffIn(Scope scope) {
        if (scope == null) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        if (scope.unitIds() != null && !scope.unitIds().isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.unit.id in :u order by s.id", Long.class)
                    .setParameter("u", scope.unitIds()).getResultList());
        }
        if (scope.branchIds() != null && !scope.branchIds().isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.branch.id in :b order by s.id", Long.class)
                    .setParameter("b", scope.branchIds()).getResultList());
        }
        if (scope.windowIds() != null && !scope.windowIds().isEmpty()) {
            ids.addAll(em.createQuery("select s.id from Staff s where s.active = true and s.window.id in :w order by s.id", Long.class)
                    .setParameter("w", scope.windowIds()).getResultList());
        }
        return new ArrayList<>(ids);
    }

    private Map<String, List<Long>> pools() {
        Map<String, List<Long>> pools = new HashMap<>();
        for (Question q : em.createQuery("select q from Question q where q.active = true order by q.id", Question.class).getResultList()) {
            pools.computeIfAbsent(PaperRules.poolKey(q.getCategory(), q.getDifficulty()), k -> new ArrayList<>()).add(q.getId());
        }
        return pools;
    }

    private Contest load(long id, long expectedVersion) {
        Contest c = em.find(Contest.class, id);
        if (c == null) {
            throw new BusinessException("该竞赛不存在");
        }
        if (c.getVersion() != expectedVersion) {
            throw new OptimisticLockException("竞赛 " + c.getTitle() + " 已被他人修改");
        }
        return c;
    }

    private static void apply(Contest c, ContestForm f) {
        c.setTimeLimitMinutes(f.timeLimitMinutes());
        c.setPaperRules(f.paperRules() == null ? null : f.paperRules().strip());
        c.setShufflePerPerson(f.shufflePerPerson());
        c.setPassage(f.passage() == null ? null : f.passage().strip());
        c.setRounds(Math.max(1, f.rounds()));
        c.setPrizes(f.first(), f.second(), f.third(), f.merit());
        c.setToScreens(f.toScreens());
        c.setTeamMode(f.teamMode());
        c.setPassage2(f.kind() == ContestKind.TYPING && f.passage2() != null && !f.passage2().isBlank() ? f.passage2().strip() : null);
    }

    static void validate(ContestForm f) {
        if (f.title() == null || f.title().isBlank()) {
            throw new BusinessException("title", "请输入竞赛名称");
        }
        if (f.title().strip().length() > 100) {
            throw new BusinessException("title", "名称最多 100 个字");
        }
        if (f.kind() == null) {
            throw new BusinessException("kind", "请选择竞赛类型");
        }
        if (f.quarterLabel() == null || !f.quarterLabel().matches("\\d{4}Q[1-4]")) {
            throw new BusinessException("quarter", "季度格式如 2026Q4");
        }
        Input.singleLineProblem(f.title()).ifPresent(m -> {
            throw new BusinessException("title", "竞赛名称" + m);
        });
        if (f.opensAt() == null || f.closesAt() == null || !f.closesAt().isAfter(f.opensAt())) {
            throw new BusinessException("closesAt", "结束时间须晚于开始时间");
        }
        // plausible dates: a contest of 1900 or 2999 is a typing mistake; one runs at most a year
        LocalDate today = cn.fuwukuaiche.base.time.Times.today();
        Input.requireDate("opensAt", "开始时间", f.opensAt().toLocalDate(), LocalDate.of(2000, 1, 1), today.plusYears(2));
        Input.requireDate("closesAt", "结束时间", f.closesAt().toLocalDate(), f.opensAt().toLocalDate(), f.opensAt().toLocalDate().plusYears(1));
        if (f.kind() != ContestKind.OTHER && (f.timeLimitMinutes() < 1 || f.timeLimitMinutes() > 240)) {
            throw new BusinessException("timeLimit", "限时须在 1–240 分钟之间");
        }
        if (f.kind() == ContestKind.KNOWLEDGE) {
            PaperRules.parse(f.paperRules());
        }
        if (f.kind() == ContestKind.TYPING && (f.passage() == null || TypingScore.clean(f.passage()).length < 10)) {
            throw new BusinessException("passage", "请输入至少 10 个字的打字文章");
        }
        if (f.kind() == ContestKind.TYPING && f.passage2() != null && !f.passage2().isBlank()) {
            String p2 = f.passage2();
            if (TypingScore.clean(p2).length < 10) {
                throw new BusinessException("passage2", "第二段文章至少 10 个字符");
            }
            if (p2.chars().noneMatch(Character::isDigit) || p2.chars().noneMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                throw new BusinessException("passage2", "第二段文章须包含数字和英文字母");
            }
        }
        if (f.first() < 0 || f.second() < 0 || f.third() < 0 || f.merit() < 0) {
            throw new BusinessException("prizes", "奖项名额不能为负数");
        }
    }
}
