package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentAction;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFlow;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentScope;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeNotInForceException;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentEvidence;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The month's ranking (月度排名) of windows or persons: standard competition ranking with the scheme's
 * tie-breakers, every score explained, and the leader's confirmation that locks the month and stores the
 * ranking as it stood. Everyone may see the list; the explanation of a score is for those whose scope holds
 * the window (STAFF their own, SECRETARY their branch, LEADER and ADMIN all).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class RankingService {

    @Inject
    Event<RankingConfirmed> confirmed;

    @PersistenceContext
    EntityManager em;

    @Inject
    RankingReader reader;

    @Inject
    AssessmentCallers callers;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    public AssessmentScope scope() {
        return callers.scope();
    }

    /** The month's ranking, computed from the records. */
    public RankingMonth month(AssessmentSubject kind, YearMonth month) {
        try {
            return reader.month(kind, SchemeMapper.period(month));
        } catch (SchemeNotInForceException | IllegalStateException e) {
            throw new BusinessException(SchemeService.noScheme(kind, month));
        }
    }

    /** The windows' ranking for the red flag: each place with its eligibility (no veto that month). */
    public List<RankingPlace> windowRanking(YearMonth month) {
        return month(AssessmentSubject.WINDOW, month).rows().stream().map(r -> new RankingPlace(r.rank(), r.tied(),
                r.decidedBy(), r.item().subject().windowId(), r.item().subject().label(), r.item().total(),
                r.item().score().vetoed(), r.item().eligibleForRedFlag(), r.item().subject().statusLabel())).toList();
    }

    /** The confirmed ranking as it stood (latest revision), with the scheme version it was scored under. */
    public Optional<RankingSnapshot> confirmedRanking(AssessmentSubject kind, YearMonth month) {
        return reader.latestSnapshot(kind, SchemeMapper.period(month));
    }

    public List<RankingSnapshot> snapshots(AssessmentSubject kind, YearMonth month) {
        return reader.snapshots(kind, SchemeMapper.period(month));
    }

    /** "为什么是这个分数" for one window (subjectId = window id) or person (staff id). */
    public RankingExplanation explain(AssessmentSubject kind, YearMonth month, long subjectId) {
        RankingMonth m = month(kind, month);
        Ranked<RankingRow> place = m.find(subjectId).orElseThrow(() -> new BusinessException("该对象本月不在排名中"));
        RankingRow row = place.item();
        if (!scope().canSee(row.subject().branchId(), row.subject().windowId())) {
            throw new BusinessException("只能查看本人窗口或本支部的考评明细");
        }
        int index = m.rows().indexOf(place);
        String above = index > 0 ? m.rows().get(index - 1).item().subject().label() : null;
        List<AssessmentEvidenceInfo> evidence = List.of();
        List<AssessmentCorrection> corrections = List.of();
        Long sheet = row.subject().assessmentId();
        if (sheet != null) {
            evidence = em.createQuery("select e from AssessmentEvidence e where e.assessment.id = :a order by e.uploadedAt",
                    AssessmentEvidence.class).setParameter("a", sheet).getResultList().stream().map(AssessmentEvidenceInfo::of)
                    .toList();
            corrections = em.createQuery("select c from AssessmentCorrection c where c.assessmentId = :a order by c.correctedAt",
                    AssessmentCorrection.class).setParameter("a", sheet).getResultList();
        }
        return new RankingExplanation(kind, m.periodYm(), row.scheme().label(), m.scheme().criteriaLabels(), place, above,
                evidence, corrections);
    }

    /** The ratings behind a score (the rating list the explanation links to), within the caller's scope. */
    public List<RankingRatingLine> ratings(AssessmentSubject kind, long subjectId, YearMonth month) {
        long windowId;
        if (kind == AssessmentSubject.STAFF) {
            cn.fuwukuaiche.org.entity.Staff s = em.find(cn.fuwukuaiche.org.entity.Staff.class, subjectId);
            if (s == null || s.getWindow() == null) {
                throw new BusinessException("该工作人员不存在");
            }
            windowId = s.getWindow().getId();
        } else {
            windowId = subjectId;
        }
        cn.fuwukuaiche.org.entity.ServiceWindow w = em.find(cn.fuwukuaiche.org.entity.ServiceWindow.class, windowId);
        if (w == null) {
            throw new BusinessException("该窗口不存在");
        }
        Long branchId = w.branch() == null ? null : w.branch().getId();
        if (!scope().canSee(branchId, windowId)) {
            throw new BusinessException("只能查看本人窗口或本支部的评价记录");
        }
        String field = kind == AssessmentSubject.STAFF ? "r.staff.id" : "r.window.id";
        return em.createQuery("select r from Rating r left join fetch r.staff where r.periodYm = :p and " + field
                        + " = :id order by r.ratedAt", Rating.class)
                .setParameter("p", SchemeMapper.period(month)).setParameter("id", subjectId).setMaxResults(2000)
                .getResultList().stream().map(r -> new RankingRatingLine(r.getId(), r.getRatedAt(), r.getLevel().label(),
                        r.isBad(), r.getChannel().label(), r.getStaff() == null ? null : r.getStaff().getName(), r.isExcluded()))
                .toList();
    }

    /**
     * The leader confirms the month: every sheet must be approved; each is locked with the rating counts it
     * was scored with, and the ranking is stored as it stood.
     */
    @RolesAllowed(Role.Names.LEADER)
    public RankingSnapshot confirmMonth(AssessmentSubject kind, YearMonth month) {
        RankingMonth m = month(kind, month);
        if (m.rows().isEmpty()) {
            throw new BusinessException("本月没有可确认的考评");
        }
        if (m.confirmed()) {
            throw new BusinessException(label(kind, month) + "已确认，如需更正请在考评表上填写更正原因");
        }
        List<String> notReady = m.rows().stream().filter(r -> r.item().subject().status() != AssessmentStatus.APPROVED)
                .map(r -> r.item().subject().label() + "（" + r.item().subject().statusLabel() + "）").toList();
        if (!notReady.isEmpty()) {
            throw new BusinessException("还有 " + notReady.size() + " 份考评表未审核通过，不能确认："
                    + String.join("、", notReady.subList(0, Math.min(5, notReady.size()))) + (notReady.size() > 5 ? " 等" : ""));
        }
        LocalDateTime now = Times.now();
        String me = caller();
        for (Ranked<RankingRow> r : m.rows()) {
            MonthlyAssessment a = em.find(MonthlyAssessment.class, r.item().subject().assessmentId());
            AssessmentFlow.Result next = AssessmentFlow.apply(AssessmentAction.CONFIRM, a.getStatus());
            if (next.to() == null) {
                throw new BusinessException(a.subjectLabel() + "：" + next.why());
            }
            a.freezeCounts(r.item().counts());
            a.setScore(r.item().total(), r.item().score().vetoed());
            a.setStatus(next.to());
            a.confirmed(now, me);
        }
        RankingMonth locked = reader.month(kind, m.periodYm());
        RankingSnapshot snapshot = reader.storeSnapshot(locked, now, me, null);
        em.flush();
        audit.event(AuditAction.DECISION, "月度排名", snapshot.getId(), "确认" + label(kind, month) + "排名（共 "
                + locked.rows().size() + " 个，" + locked.scheme().label() + "）", top(locked), null);
        confirmed.fire(new RankingConfirmed(kind, m.periodYm(), snapshot.getId(), false));
        return snapshot;
    }

    static String label(AssessmentSubject kind, YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月" + kind.label() + "考评";
    }

    static String top(RankingMonth m) {
        return m.rows().stream().map(r -> "第" + r.rank() + "名" + (r.tied() ? "（并列）" : "") + " " + r.item().subject().label()
                        + " " + r.item().total().toPlainString() + " 分" + (r.item().eligibleForRedFlag() ? "" : "（一票否决）"))
                .collect(Collectors.joining("\n"));
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM : context.getCallerPrincipal().getName();
    }
}
