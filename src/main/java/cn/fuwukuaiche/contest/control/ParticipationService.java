package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.entity.Answer;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * STAFF take contests they are entered in: one attempt each, inside the window, within the time limit kept by
 * the server. Answers are saved one by one as they are given; nobody sees the keys before the contest closes.
 */
@Stateless
@RolesAllowed(Role.Names.STAFF)
public class ParticipationService {

    public static final String TIME_UP = "答题时间已到，系统已按您已保存的答案自动交卷";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    AttemptSweep sweep;

    /** One of my contests, with my attempt and (once published) my result. */
    /** @param team in a published team contest: my window's place and prize, e.g. "A05 户籍业务 并列第 2 名，二等奖"; else null */
    public record MyContest(Contest contest, Attempt attempt, ContestResult result, String team) {
    }

    /** A question as the participant sees it: the key only after the contest is over. */
    public record PaperQuestion(int no, Question question, String given, String key, Boolean correct) {
    }

    public record Paper(Contest contest, Attempt attempt, List<PaperQuestion> questions, long secondsLeft) {
    }

    public List<MyContest> myContests() {
        long staffId = myStaffId();
        List<Contest> contests = em.createQuery("select c from Contest c where c.status <> :draft and exists "
                        + "(select p from Participant p where p.contestId = c.id and p.staffId = :s) order by c.opensAt desc", Contest.class)
                .setParameter("draft", ContestStatus.DRAFT).setParameter("s", staffId).getResultList();
        List<MyContest> out = new ArrayList<>();
        for (Contest c : contests) {
            Attempt a = attempt(c.getId(), staffId);
            if (a != null && !a.isSubmitted() && !TimeLimit.accepts(a.getDeadlineAt(), Times.now())) {
                sweep.autoSubmit(a.getId());
                em.refresh(a);
            }
            ContestResult r = c.getStatus() == ContestStatus.PUBLISHED
                    ? ContestScoring.stored(em, c.getId(), SubjectKind.PARTICIPANT, staffId).orElse(null) : null;
            String team = null;
            if (c.isTeamMode() && c.getStatus() == ContestStatus.PUBLISHED) {
                team = em.createQuery("select r from ContestResult r, Participant p where r.contestId = :c and p.contestId = :c "
                                + "and p.staffId = :s and r.subjectKind = :k and r.subjectId = p.windowId", ContestResult.class)
                        .setParameter("c", c.getId()).setParameter("s", staffId).setParameter("k", SubjectKind.TEAM).getResultStream().findFirst()
                        .map(t -> ContestBoardProvider.windowName(em.find(cn.fuwukuaiche.org.entity.ServiceWindow.class, t.getSubjectId()))
                                + " " + (t.isTied() ? "并列" : "") + "第 " + t.getPlace() + " 名" + (t.getPrize() == null ? "" : "，" + t.getPrize().label()))
                        .orElse(null);
            }
            out.add(new MyContest(c, a, r, team));
        }
        return out;
    }

    /** Starts my one attempt (or returns it when already started): the server's clock starts now. */
    public Attempt start(long contestId) {
        long staffId = myStaffId();
        Contest c = contestFor(contestId, staffId);
        Attempt existing = attempt(contestId, staffId);
        if (existing != null) {
            return existing;
        }
        LocalDateTime now = Times.now();
        if (!c.acceptsAttemptsAt(now)) {
            throw new BusinessException("该竞赛当前不在答题时间内");
        }
        if (c.getKind() == ContestKind.OTHER) {
            throw new BusinessException("该竞赛由评委现场评分，无需在线答题");
        }
        Attempt a = new Attempt(contestId, staffId, now, TimeLimit.deadline(now, c.getTimeLimitMinutes(), c.getClosesAt()));
        if (c.getKind() == ContestKind.KNOWLEDGE) {
            a.setQuestionIdList(PaperRules.draw(PaperRules.parse(c.getPaperRules()), pools(),
                    PaperRules.seed(contestId, staffId, c.isShufflePerPerson()), c.isShufflePerPerson()));
        }
        em.persist(a);
        em.flush();
        audit.event(AuditAction.CREATE, "竞赛答卷", a.getId(), "开始答题：" + c.getTitle(), null, null);
        return a;
    }

    /** My paper: questions, my saved answers, seconds left; keys and marks only once the contest is over. */
    public Paper paper(long contestId) {
        long staffId = myStaffId();
        Contest c = contestFor(contestId, staffId);
        Attempt a = attempt(contestId, staffId);
        if (a == null) {
            throw new BusinessException("您尚未开始答题");
        }
        if (!a.isSubmitted() && !TimeLimit.accepts(a.getDeadlineAt(), Times.now())) {
            sweep.autoSubmit(a.getId());
            em.refresh(a);
        }
        Map<Long, Answer> answers = answers(a);
        List<PaperQuestion> qs = new ArrayList<>();
        int no = 0;
        for (Long qid : a.getQuestionIdList()) {
            Question q = em.find(Question.class, qid);
            Answer ans = answers.get(qid);
            boolean over = c.isOver();
            qs.add(new PaperQuestion(++no, q, ans == null ? null : ans.getGiven(), over ? q.getAnswerKey() : null,
                    over && ans != null ? ans.getCorrect() : null));
        }
        return new Paper(c, a, qs, a.isSubmitted() ? 0 : TimeLimit.secondsLeft(a.getDeadlineAt(), Times.now()));
    }

    /**
     * Saves one answer as it is given. When the time is up the answer is refused, the attempt is auto-submitted
     * with what was saved before, and the caller gets {@link #TIME_UP}.
     */
    public void saveAnswer(long contestId, long questionId, String given) {
        Attempt a = openAttempt(contestId);
        if (!a.getQuestionIdList().contains(questionId)) {
            throw new BusinessException("该题不在您的试卷中");
        }
        Question q = em.find(Question.class, questionId);
        String normalized = Grading.normalize(q.getType(), given);
        Answer ans = answers(a).get(questionId);
        if (ans == null) {
            ans = new Answer(a.getId(), questionId);
            em.persist(ans);
        }
        ans.setGiven(normalized.isEmpty() ? null : normalized);
        ans.setSavedAt(Times.now());
    }

    /** Hands in the paper; graded at once. A late submission is refused (and auto-submitted). */
    public Attempt submit(long contestId) {
        Attempt a = openAttempt(contestId);
        Contest c = em.find(Contest.class, contestId);
        if (c.getKind() != ContestKind.KNOWLEDGE) {
            throw new BusinessException("请使用打字提交");
        }
        ContestScoring.finishKnowledge(em, a, false);
        audit.event(AuditAction.UPDATE, "竞赛答卷", a.getId(), "交卷：" + c.getTitle(), null, null);
        return a;
    }

    /** Typing: the text typed; speed from the server's start to now. */
    public Attempt submitTyping(long contestId, String typed) {
        return submitTyping(contestId, typed, null);
    }

    /** Typing with a second passage (digits and letters): speed and accuracy over both (see TypingScore). */
    public Attempt submitTyping(long contestId, String typed, String typed2) {
        Attempt a = openAttempt(contestId);
        Contest c = storeTyped(a, contestId, typed, typed2);
        ContestScoring.finishTyping(c, a, Times.now(), false);
        audit.event(AuditAction.UPDATE, "竞赛答卷", a.getId(), "提交打字：" + c.getTitle(),
                "速度 " + a.getSpeed() + " 字/分，正确率 " + a.getAccuracy(), null);
        return a;
    }

    /**
     * Saves the typing text as it is typed (the page sends it debounced), so a reload or a lost connection loses
     * nothing: the page restores it with the time left on the server's clock. Not scored until handed in (or
     * auto-submitted at the deadline with what was saved).
     */
    public void saveTyping(long contestId, String typed, String typed2) {
        storeTyped(openAttempt(contestId), contestId, typed, typed2);
    }

    /** Puts the typed text on the open attempt as typed (not scored); refuses a non-typing contest or a huge text. */
    private Contest storeTyped(Attempt a, long contestId, String typed, String typed2) {
        Contest c = em.find(Contest.class, contestId);
        if (c.getKind() != ContestKind.TYPING) {
            throw new BusinessException("该竞赛不是打字比赛");
        }
        if (typed != null && typed.length() > 20_000 || typed2 != null && typed2.length() > 20_000) {
            throw new BusinessException("typed", "输入内容过长");
        }
        a.setTypedText(typed == null ? "" : typed);
        a.setTypedText2(c.getPassage2() == null ? null : typed2 == null ? "" : typed2);
        return c;
    }

    private Attempt openAttempt(long contestId) {
        long staffId = myStaffId();
        contestFor(contestId, staffId);
        Attempt a = attempt(contestId, staffId);
        if (a == null) {
            throw new BusinessException("您尚未开始答题");
        }
        if (a.isSubmitted()) {
            throw new BusinessException("您已交卷，每人只能参加一次");
        }
        if (!TimeLimit.accepts(a.getDeadlineAt(), Times.now())) {
            sweep.autoSubmit(a.getId());
            throw new BusinessException(TIME_UP);
        }
        return a;
    }

    private Contest contestFor(long contestId, long staffId) {
        Contest c = em.find(Contest.class, contestId);
        boolean entered = c != null && c.getStatus() != ContestStatus.DRAFT && !em.createQuery(
                        "select p.id from Participant p where p.contestId = :c and p.staffId = :s", Long.class)
                .setParameter("c", contestId).setParameter("s", staffId).getResultList().isEmpty();
        if (!entered) {
            throw new BusinessException("您不是该竞赛的参赛人员");
        }
        return c;
    }

    private Attempt attempt(long contestId, long staffId) {
        return em.createQuery("select a from Attempt a where a.contestId = :c and a.staffId = :s", Attempt.class)
                .setParameter("c", contestId).setParameter("s", staffId).getResultStream().findFirst().orElse(null);
    }

    private Map<Long, Answer> answers(Attempt a) {
        Map<Long, Answer> m = new HashMap<>();
        em.createQuery("select x from Answer x where x.attemptId = :a", Answer.class).setParameter("a", a.getId())
                .getResultList().forEach(x -> m.put(x.getQuestionId(), x));
        return m;
    }

    private Map<String, List<Long>> pools() {
        Map<String, List<Long>> pools = new HashMap<>();
        for (Question q : em.createQuery("select q from Question q where q.active = true order by q.id", Question.class).getResultList()) {
            pools.computeIfAbsent(PaperRules.poolKey(q.getCategory(), q.getDifficulty()), k -> new ArrayList<>()).add(q.getId());
        }
        return pools;
    }

    private long myStaffId() {
        UserAccount u = currentUser.account().orElseThrow(() -> new BusinessException("请先登录"));
        if (u.getStaffId() == null) {
            throw new BusinessException("您的账号未绑定工作人员，无法参赛");
        }
        return u.getStaffId();
    }
}
