package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.pipeline.entity.DevelopmentPlan;
import cn.fuwukuaiche.partylife.pipeline.entity.Introducer;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelinePaper;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStep;
import cn.fuwukuaiche.partylife.pipeline.entity.ProbationReview;
import cn.fuwukuaiche.partylife.pipeline.entity.Sponsor;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.OptimisticLockException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 发展党员, the record: the branch's list with each person's next clock and light, a person's file (steps, 考察记录,
 * 培养联系人, 入党介绍人 and the papers — private, for the branch's secretary, the leader and ADMIN only), the papers
 * (upload, "paper kept at", the leader's waiver with a reason), the yearly 发展计划 against what was done, and a staff
 * member's own stage.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class PipelineFileService extends PipelineRecords {

    static final int PAPER_MAX_BYTES = 5 * 1024 * 1024;

    public record BranchChoice(long id, String name) {
    }

    /** The branches the caller manages: his own for a secretary, all for LEADER and ADMIN. */
    public List<BranchChoice> branches() {
        return org.branches().stream().filter(b -> scope.manages(b.getId())).map(b -> new BranchChoice(b.getId(), b.getName())).toList();
    }

    /** One person in a list: his stage, the clock that runs out first and its light. */
    public record Line(long id, String name, String unit, String branch, PipelineStage stage, String clock, LocalDate due,
                       DeadlineLight light) {
    }

    /** What a year's list counts: 发展预备党员 (admitted as 预备党员 in the year) or 预备党员转正 (confirmed in the year). */
    public enum YearEvent {
        PROBATIONARY("发展预备党员"), FULL("预备党员转正");

        private final String label;

        YearEvent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The people of a branch (or of every branch the caller manages when {@code branchId} is null) on their way; with
     * {@code year}, those admitted as 预备党员 or confirmed in that year (the evidence of the yearly report).
     */
    public List<Line> list(Long branchId, Integer year) {
        return list(branchId, year, null);
    }

    /**
     * As {@link #list(Long, Integer)}; with a year and an {@code event}, only the people that event counts in that year —
     * the records behind one figure of the yearly report ({@link PipelineYearFigures}: the same dates).
     */
    public List<Line> list(Long branchId, Integer year, YearEvent event) {
        if (branchId != null) {
            scope.requireBranch(branchId);
        }
        List<MembershipApplication> apps = em.createQuery("select a from MembershipApplication a order by a.appliedOn, a.id",
                MembershipApplication.class).getResultList();
        return apps.stream().filter(a -> branchId == null ? scope.manages(a.getBranchId()) : a.getBranchId() == branchId)
                .filter(a -> year == null ? !a.getStage().ended() || a.getStage() == PipelineStage.FULL && a.getFullApprovedOn() != null
                        && a.getFullApprovedOn().getYear() == Times.today().getYear()
                        : inYear(a.getApprovedOn(), a.getFullApprovedOn(), year, event))
                .map(this::line).toList();
    }

    /** Whether a person belongs to a year's list: admitted or confirmed in the year, or only the one {@code event} says. */
    public static boolean inYear(LocalDate approvedOn, LocalDate fullApprovedOn, int year, YearEvent event) {
        if (event == YearEvent.PROBATIONARY) {
            return inYear(approvedOn, year);
        }
        if (event == YearEvent.FULL) {
            return inYear(fullApprovedOn, year);
        }
        return inYear(approvedOn, year) || inYear(fullApprovedOn, year);
    }

    private static boolean inYear(LocalDate d, int year) {
        return d != null && d.getYear() == year;
    }

    Line line(MembershipApplication a) {
        var s = config.settings();
        PipelineRules.Facts f = PipelineConfig.facts(a);
        Optional<PipelineRules.Clock> c = PipelineRules.nextClock(f, s);
        // a vote whose resolution lapsed is not a clock any more but a step to take again
        String what = PipelineRules.voidedVote(f, Times.today(), s).map(v -> "决议已失效，须重新召开支部大会")
                .orElse(c.map(PipelineRules.Clock::what).orElse(""));
        return new Line(a.getId(), a.getPersonName(), a.getUnitName(), org.branchNames().get(a.getBranchId()), a.getStage(),
                what, c.map(PipelineRules.Clock::due).orElse(null),
                c.map(x -> PipelineRules.light(Times.today(), x.due(), s, calendar())).orElse(null));
    }

    /** The file of one person, for the branch's secretary, the leader and ADMIN. */
    public record Detail(MembershipApplication application, String branchName, List<PipelineStep> steps, List<ProbationReview> reviews,
                         List<Sponsor> sponsors, List<Introducer> introducers, List<PaperLine> papers, List<StepKind> possibleSteps,
                         List<ClockLine> clocks, LocalDate earliestCandidateOn, int entitled, boolean generalBranch, String voidedVote) {
    }

    public record ClockLine(String what, LocalDate due, DeadlineLight light) {
    }

    /** A paper of the checklist: uploaded (file name), kept on paper (where), waived (why), or missing. */
    public record PaperLine(PaperKind kind, String fileName, String keptAt, boolean waived, String waiverReason, boolean present) {
    }

    public Detail detail(long id) {
        MembershipApplication a = managedApplication(id);
        var s = config.settings();
        LocalDate today = Times.today();
        Map<PaperKind, PipelinePaper> papers = papers(id).stream().collect(Collectors.toMap(PipelinePaper::getPaper, Function.identity()));
        List<PaperLine> lines = Arrays.stream(PaperKind.values()).map(k -> {
            PipelinePaper p = papers.get(k);
            return p == null ? new PaperLine(k, null, null, false, null, false)
                    : new PaperLine(k, p.getFileName(), p.getKeptAt(), p.isWaived(), p.getWaiverReason(), p.present());
        }).toList();
        List<ClockLine> clocks = PipelineRules.clocks(PipelineConfig.facts(a), s).stream()
                .map(c -> new ClockLine(c.what(), c.due(), PipelineRules.light(today, c.due(), s, calendar()))).toList();
        return new Detail(a, org.branchNames().get(a.getBranchId()),
                em.createQuery("select p from PipelineStep p where p.applicationId = :a order by p.stepOn, p.id", PipelineStep.class)
                        .setParameter("a", id).getResultList(),
                em.createQuery("select r from ProbationReview r where r.applicationId = :a order by r.reviewedOn, r.id", ProbationReview.class)
                        .setParameter("a", id).getResultList(),
                em.createQuery("select s from Sponsor s where s.applicationId = :a order by s.id", Sponsor.class).setParameter("a", id)
                        .getResultList(),
                em.createQuery("select i from Introducer i where i.applicationId = :a order by i.id", Introducer.class).setParameter("a", id)
                        .getResultList(),
                lines, PipelineRules.possibleSteps(PipelineConfig.facts(a), today, s).stream()
                        .filter(k -> !k.leaderStep() || scope.all()).toList(),
                clocks, a.getActivistOn() == null ? null : PipelineRules.earliestCandidateOn(a.getActivistOn(), s), entitled(a.getBranchId()),
                scope.all(), PipelineRules.voidedVote(PipelineConfig.facts(a), today, s).orElse(null));
    }

    public record MemberChoice(long staffId, String name) {
    }

    /** The branch's full members (for 培养联系人 and 入党介绍人). */
    public List<MemberChoice> fullMembers(long branchId) {
        scope.requireBranch(branchId);
        return org.partyMembers(branchId).stream().filter(m -> m.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER)
                .map(m -> new MemberChoice(m.getId(), m.getName())).toList();
    }

    /** Staff of the branch's units who are not Party members yet and not on their way (possible applicants). */
    public List<MemberChoice> possibleApplicants(long branchId) {
        scope.requireBranch(branchId);
        java.util.Set<Long> onTheWay = new java.util.HashSet<>(em.createQuery("select a.staffId from MembershipApplication a "
                + "where a.staffId is not null and a.stage in :open", Long.class).setParameter("open", PipelineService.openStages()).getResultList());
        return org.staffOfBranchUnits(branchId).stream().filter(m -> !m.isPartyMember() && !onTheWay.contains(m.getId()))
                .sorted(Comparator.comparing(Staff::getStaffNo)).map(m -> new MemberChoice(m.getId(), m.getName())).toList();
    }

    // ---- papers -------------------------------------------------------------------------------------

    public void uploadPaper(long applicationId, PaperKind kind, String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException("paper", "请选择要上传的文件");
        }
        if (content.length > PAPER_MAX_BYTES) {
            throw new BusinessException("paper", "文件不能超过 5 MB");
        }
        String name = Input.requireSingleLine("paper", "文件名", fileName);
        // the same policy as the assessments' evidence: PDF, JPG or PNG whose first bytes match the name (the browser's
        // content type is not believed)
        var checked = cn.fuwukuaiche.evaluation.control.assessment.AssessmentEvidencePolicy.check(name, content);
        checked.refusal().ifPresent(why -> {
            throw new BusinessException("paper", why);
        });
        PipelinePaper p = paper(applicationId, kind);
        // the content first: it is fetched lazily, and setting it on a paper read without it loads the missing attributes
        // from the database, which overwrote a file name and type set just before (seen: a paper kept on paper, then
        // uploaded, lost its file name)
        p.setContent(content);
        p.setFileName(name);
        p.setContentType(checked.contentType());
        saved(p, "上传材料：" + kind.label(), p.getFileName(), null);
    }

    public void keepPaper(long applicationId, PaperKind kind, String keptAt) {
        String where = Input.requireSingleLine("keptAt", "存放处", keptAt);
        if (where == null || where.length() > 200) {
            throw new BusinessException("keptAt", "请写明纸质材料的存放处（不超过 200 字）");
        }
        PipelinePaper p = paper(applicationId, kind);
        p.setKeptAt(where);
        saved(p, "纸质材料：" + kind.label(), "存放于 " + where, null);
    }

    /** The leader waives a paper with a reason; the stage may then be closed without it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public void waivePaper(long applicationId, PaperKind kind, String reason) {
        String why = Input.requireMultiLine("waiverReason", "免交理由", reason);
        if (why == null || why.length() > 1000) {
            throw new BusinessException("waiverReason", "请写明免交的理由（不超过 1000 字）");
        }
        PipelinePaper p = paper(applicationId, kind);
        p.setWaived(true);
        p.setWaiverReason(why);
        saved(p, "免交材料：" + kind.label(), null, why);
    }

    public record PaperFile(String fileName, String contentType, byte[] content) {
    }

    /** An uploaded paper, for the branch's secretary, the leader and ADMIN only. */
    public Optional<PaperFile> paperContent(long applicationId, PaperKind kind) {
        managedApplication(applicationId);
        return papers(applicationId).stream().filter(p -> p.getPaper() == kind && p.getContent() != null).findFirst()
                .map(p -> new PaperFile(p.getFileName(), p.getContentType(), p.getContent()));
    }

    private PipelinePaper paper(long applicationId, PaperKind kind) {
        MembershipApplication a = managedApplication(applicationId);
        if (kind == null) {
            throw new BusinessException("paper", "请选择材料");
        }
        if (a.getStage().ended()) {
            throw new BusinessException("paper", "该发展党员记录已结束（" + a.getStage().label() + "）");
        }
        PipelinePaper p = papers(applicationId).stream().filter(x -> x.getPaper() == kind).findFirst().orElse(null);
        if (p == null) {
            p = new PipelinePaper(applicationId, kind, Times.now(), scope.me());
            em.persist(p);
        }
        return p;
    }

    private void saved(PipelinePaper p, String summary, String details, String reason) {
        p.setRecordedAt(Times.now());
        p.setRecordedBy(scope.me());
        em.flush();
        MembershipApplication a = em.find(MembershipApplication.class, p.getApplicationId());
        audit.event(AuditAction.UPDATE, "发展党员", a.getId(), summary + "（" + a.getPersonName() + "）", details, reason);
    }

    /** The application, if it is of a branch the caller manages. */
    private MembershipApplication managedApplication(long id) {
        MembershipApplication a = application(id);
        scope.requireBranch(a.getBranchId());
        return a;
    }

    // ---- the year's plan ----------------------------------------------------------------------------

    /** Plan against done for a branch and year: 发展对象 made and 预备党员 approved in the year. */
    public record PlanLine(long branchId, String branch, Long planId, long planVersion, int planCandidates, int planProbationaries,
                           long doneCandidates, long doneProbationaries) {
    }

    public List<PlanLine> plans(int year) {
        Map<Long, DevelopmentPlan> plans = em.createQuery("select p from DevelopmentPlan p where p.planYear = :y", DevelopmentPlan.class)
                .setParameter("y", year).getResultStream().collect(Collectors.toMap(DevelopmentPlan::getBranchId, p -> p));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, Long> candidates = counts("select a.branchId, count(a) from MembershipApplication a where a.candidateOn between :f and :l "
                + "group by a.branchId", first, last);
        Map<Long, Long> probationaries = counts("select a.branchId, count(a) from MembershipApplication a where a.approvedOn between :f and :l "
                + "group by a.branchId", first, last);
        return org.branches().stream().filter(b -> scope.manages(b.getId())).map(b -> {
            DevelopmentPlan p = plans.get(b.getId());
            return new PlanLine(b.getId(), b.getName(), p == null ? null : p.getId(), p == null ? 0 : p.getVersion(),
                    p == null ? 0 : p.getCandidates(), p == null ? 0 : p.getProbationaries(),
                    candidates.getOrDefault(b.getId(), 0L), probationaries.getOrDefault(b.getId(), 0L));
        }).toList();
    }

    private Map<Long, Long> counts(String jpql, LocalDate first, LocalDate last) {
        return em.createQuery(jpql, Object[].class).setParameter("f", first).setParameter("l", last).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** The general branch sets a branch's 发展计划 for a year. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public DevelopmentPlan setPlan(long branchId, int year, Long planId, long expectedVersion, int candidates, int probationaries) {
        Branch b = scope.requireBranch(branchId);
        int thisYear = Times.today().getYear();
        if (year < thisYear - 1 || year > thisYear + 1) {
            throw new BusinessException("year", "只能制定去年、今年或明年的发展计划");
        }
        if (candidates < 0 || probationaries < 0 || candidates > 99 || probationaries > 99) {
            throw new BusinessException("candidates", "计划人数须在 0 至 99 之间");
        }
        DevelopmentPlan p = em.createQuery("select p from DevelopmentPlan p where p.branchId = :b and p.planYear = :y", DevelopmentPlan.class)
                .setParameter("b", branchId).setParameter("y", year).getResultStream().findFirst().orElse(null);
        if (p != null && (planId == null || p.getVersion() != expectedVersion)) {
            throw new OptimisticLockException("数据已被他人修改，请刷新后重试");
        }
        String before = p == null ? "—" : p.getCandidates() + " / " + p.getProbationaries();
        if (p == null) {
            p = new DevelopmentPlan(branchId, year);
            em.persist(p);
        }
        p.setCandidates(candidates);
        p.setProbationaries(probationaries);
        p.setSetAt(Times.now());
        p.setSetBy(scope.me());
        em.flush();
        audit.event(AuditAction.UPDATE, "发展计划", p.getId(), b.getName() + " " + year + " 年发展计划：发展对象 " + candidates
                + " 人，预备党员 " + probationaries + " 人", "此前（发展对象 / 预备党员）：" + before, null);
        return p;
    }

    // ---- the person himself -------------------------------------------------------------------------

    /** What a person sees of his own way: stage, what is next and its clock; no papers, no reviews. */
    public record Mine(String branch, PipelineStage stage, LocalDate appliedOn, List<String> next, String clock, LocalDate due,
                       DeadlineLight light, LocalDate probationEndsOn) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
    public Optional<Mine> mine() {
        Long me = scope.myStaffId();
        if (me == null) {
            return Optional.empty();
        }
        return em.createQuery("select a from MembershipApplication a where a.staffId = :s order by a.appliedOn desc, a.id desc",
                MembershipApplication.class).setParameter("s", me).setMaxResults(1).getResultStream().findFirst().map(a -> {
            var s = config.settings();
            LocalDate today = Times.today();
            Line l = line(a);
            List<String> next = PipelineRules.stepsOf(a.getStage()).stream()
                    .filter(k -> k != StepKind.WITHDRAW && k != StepKind.DISQUALIFY && k != StepKind.EXTEND && k != StepKind.REVIEW)
                    .filter(k -> PipelineRules.blocker(PipelineConfig.facts(a), k, today, s).isEmpty()).sorted().map(StepKind::label).toList();
            return new Mine(l.branch(), a.getStage(), a.getAppliedOn(), next, l.clock(), l.due(), l.light(), a.getProbationEndsOn());
        });
    }

    private WorkCalendar calendar() {
        return config.calendar();
    }
}
