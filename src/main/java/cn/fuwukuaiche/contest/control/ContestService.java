package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.PeriodCheck;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADMIN and LEADER run a contest's lifecycle: create, edit, enter participants, open, close (the results are computed),
 * publish, show on the screens. Results are {@link ContestResultService}'s, the judges' scores {@link JudgingService}'s,
 * the question bank {@link QuestionBankService}'s, the prize → star mapping {@link StarMappingService}'s.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ContestService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory orgs;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> boardChanged;

    public record ContestForm(String title, ContestKind kind, String quarterLabel, LocalDateTime opensAt, LocalDateTime closesAt,
                              int timeLimitMinutes, String paperRules, boolean shufflePerPerson, String passage, int rounds,
                              int first, int second, int third, int merit, boolean toScreens, boolean teamMode, String passage2) {
    }

    /** Who takes part: staff of these units, branches or windows (any of them). */
    public record Scope(Collection<Long> unitIds, Collection<Long> branchIds, Collection<Long> windowIds) {
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
        if (!ContestSteps.editable(c.getStatus())) {
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
                + "and r.prize is not null", Long.class).setParameter("c", id).getSingleResult() : 0; // persons or teams: a contest has one kind
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

    public List<Staff> participants(long contestId) {
        return orgs.staffByIds(em.createQuery("select distinct p.staffId from Participant p where p.contestId = :c and p.staffId is not null",
                Long.class).setParameter("c", contestId).getResultList());
    }

    // ---- choices for the forms ----

    public List<cn.fuwukuaiche.org.entity.Unit> units() {
        return orgs.units().stream().sorted(Comparator.comparingInt(cn.fuwukuaiche.org.entity.Unit::getDisplayOrder)
                .thenComparing(cn.fuwukuaiche.org.entity.Unit::getId)).toList();
    }

    public List<cn.fuwukuaiche.org.entity.Branch> branches() {
        return orgs.branches().stream().sorted(Comparator.comparingInt(cn.fuwukuaiche.org.entity.Branch::getDisplayOrder)
                .thenComparing(cn.fuwukuaiche.org.entity.Branch::getId)).toList();
    }

    public List<cn.fuwukuaiche.org.entity.ServiceWindow> windows() {
        return orgs.windows();
    }

    // ---- helpers ----

    /** Active staff in any of the scope's units, branches or windows. */
    public List<Long> staffIn(Scope scope) {
        if (scope == null) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(orgs.activeStaffIdsIn(scope.unitIds(), scope.branchIds(), scope.windowIds())));
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
