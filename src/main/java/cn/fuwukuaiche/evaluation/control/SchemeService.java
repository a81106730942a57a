package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefinition;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeNotInForceException;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeVersions;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.ScoringScheme;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scoring schemes as data. Everyone in the hall may read them (a sheet is only fair if its rules are known);
 * only ADMIN adds a version, and only from a month that has not been scored yet (no sheet of it approved or
 * confirmed), so every past month keeps the version it was scored under. Open sheets (draft, submitted,
 * returned) of the months the new version covers move over to it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class SchemeService {

    static final List<AssessmentStatus> SCORED = List.of(AssessmentStatus.APPROVED, AssessmentStatus.CONFIRMED);
    static final List<AssessmentStatus> OPEN = List.of(AssessmentStatus.DRAFT, AssessmentStatus.SUBMITTED,
            AssessmentStatus.RETURNED);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    /**
     * @param id            database id
     * @param entityVersion optimistic-lock version
     * @param scheme        the mapped rules
     * @param createdAt     when it was stored
     * @param createdBy     by whom
     * @param sheets        how many sheets are scored under it
     * @param deletable     the newest version, not the only one, nothing approved under it
     */
    public record VersionInfo(long id, long entityVersion, SchemeInForce scheme, LocalDateTime createdAt, String createdBy,
                              long sheets, boolean deletable) {
    }

    /** All versions of the kind's scheme, newest first. */
    public List<VersionInfo> versions(AssessmentSubject kind) {
        List<SchemeVersion> all = stored(kind);
        List<VersionInfo> result = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            SchemeVersion v = all.get(i);
            long sheets = em.createQuery("select count(a) from MonthlyAssessment a where a.schemeVersion = :v", Long.class)
                    .setParameter("v", v).getSingleResult();
            boolean deletable = i == all.size() - 1 && all.size() > 1 && scoredUnder(v) == 0 && snapshotsUnder(v) == 0;
            result.add(new VersionInfo(v.getId(), v.getVersion(), SchemeMapper.map(v.toSpec()), v.getCreatedAt(),
                    v.getCreatedBy(), sheets, deletable));
        }
        return result;
    }

    /** The version in force in {@code month}. */
    public SchemeInForce inForce(AssessmentSubject kind, YearMonth month) {
        return versionFor(kind, month).map(v -> SchemeMapper.map(v.toSpec())).orElseThrow(() ->
                new BusinessException(noScheme(kind, month)));
    }

    /**
     * The earliest month a new version may start from: after the last month with an approved or confirmed
     * sheet, and after the newest version's month. Empty when there is no version yet (any month will do).
     */
    public Optional<YearMonth> firstOpenMonth(AssessmentSubject kind) {
        List<SchemeVersion> all = stored(kind);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        YearMonth afterNewest = SchemeMapper.month(all.get(all.size() - 1).getEffectiveYm()).plusMonths(1);
        Integer lastScored = em.createQuery("select max(a.periodYm) from MonthlyAssessment a where a.subjectKind = :k "
                        + "and a.status in :scored", Integer.class)
                .setParameter("k", kind).setParameter("scored", SCORED).getSingleResult();
        YearMonth afterScored = lastScored == null ? afterNewest : SchemeMapper.month(lastScored).plusMonths(1);
        return Optional.of(afterScored.isAfter(afterNewest) ? afterScored : afterNewest);
    }

    /** What a new version starts from: the newest version's content, or the defaults for a hall without one. */
    public SchemeSpec template(AssessmentSubject kind) {
        List<SchemeVersion> all = stored(kind);
        if (all.isEmpty()) {
            int ym = SchemeMapper.period(YearMonth.from(Times.today()));
            return kind == AssessmentSubject.STAFF ? SchemeDefaults.staff(1, ym, null) : SchemeDefaults.window(1, ym, "2", null);
        }
        return all.get(all.size() - 1).toSpec();
    }

    /**
     * Stores a new version from {@code draft} (its number is assigned here), after the same validation the
     * engine applies, and moves the open sheets of the months it covers over to it.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public SchemeVersion createVersion(AssessmentSubject kind, SchemeSpec draft, String reason) {
        if (draft == null) {
            throw new BusinessException("请填写评分方案");
        }
        // the one input normaliser: names are single-line, the change note may hold line breaks
        Input.requireSingleLine("schemeName", "方案名称", draft.schemeName());
        Input.requireMultiLine("changeNote", "变更说明", draft.changeNote());
        if (draft.rules() != null) {
            for (var rule : draft.rules()) {
                Input.requireSingleLine("rules", "规则名称", rule.name());
                Input.requireSingleLine("rules", "规则编码", rule.code());
            }
        }
        if (draft.changeNote() == null || draft.changeNote().isBlank()) {
            throw new BusinessException("changeNote", "请写明本版的变更说明");
        }
        if (draft.changeNote().strip().length() > 500) {
            throw new BusinessException("changeNote", "变更说明最多 500 字");
        }
        ScoringScheme scheme = scheme(kind).orElseGet(() -> {
            ScoringScheme s = new ScoringScheme(kind == AssessmentSubject.STAFF ? SchemeDefaults.STAFF_SCHEME
                    : SchemeDefaults.WINDOW_SCHEME, kind, null);
            em.persist(s);
            audit.created(s, reason);
            return s;
        });
        List<SchemeVersion> all = stored(kind);
        int next = all.isEmpty() ? 1 : all.get(all.size() - 1).getVersionNo() + 1;
        SchemeSpec spec = draft.asNewVersion(next, draft.effectiveYm(), draft.changeNote().strip());
        spec = new SchemeSpec(null, scheme.getName(), spec.versionNo(), spec.effectiveYm(), spec.bonusCap(), spec.ratingPoints(),
                spec.weightPublic(), spec.weightPeer(), spec.weightOrganisation(), spec.tieBreakers(), spec.changeNote(),
                spec.rules());
        SchemeInForce mapped;
        try {
            mapped = SchemeMapper.map(spec);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(e.getMessage().contains("施行月份") ? "effectiveYm" : null, e.getMessage());
        }
        if (!all.isEmpty()) {
            YearMonth firstOpen = firstOpenMonth(kind).orElseThrow();
            try {
                SchemeMapper.versions(all.stream().map(v -> SchemeMapper.map(v.toSpec())).toList())
                        .withVersion(mapped.definition(), firstOpen);
            } catch (IllegalArgumentException e) {
                throw new BusinessException("effectiveYm", e.getMessage());
            }
        }
        SchemeVersion version = new SchemeVersion(scheme, spec, Times.now(), caller());
        em.persist(version);
        em.flush();
        audit.created(version, reason);
        int moved = repoint(kind, spec.effectiveYm(), version, mapped);
        if (moved > 0) {
            audit.event(AuditAction.UPDATE, "月度考评", null, "新版本施行：" + moved + " 份未审核的考评表改按" + mapped.label() + "评分",
                    null, reason);
        }
        return version;
    }

    /** Removes the newest version while nothing was approved under it; its open sheets go back to the previous one. */
    @RolesAllowed(Role.Names.ADMIN)
    public void deleteVersion(long id, long expectedVersion, String reason) {
        SchemeVersion v = em.find(SchemeVersion.class, id);
        if (v == null) {
            throw new BusinessException("该版本不存在或已被删除");
        }
        if (v.getVersion() != expectedVersion) {
            throw new OptimisticLockException(v.auditLabel() + " 已被他人修改");
        }
        AssessmentSubject kind = v.getScheme().getSubjectKind();
        List<SchemeVersion> all = stored(kind);
        if (all.size() < 2) {
            throw new BusinessException("不能删除唯一的版本");
        }
        if (!all.get(all.size() - 1).equals(v)) {
            throw new BusinessException("只能删除最新的版本");
        }
        if (scoredUnder(v) > 0 || snapshotsUnder(v) > 0) {
            throw new BusinessException("已有考评表按此版本审核或确认，不能删除");
        }
        SchemeVersion previous = all.get(all.size() - 2);
        int moved = repoint(kind, v.getEffectiveYm(), previous, SchemeMapper.map(previous.toSpec()));
        em.flush();
        audit.deleted(v, reason);
        em.remove(v);
        if (moved > 0) {
            audit.event(AuditAction.UPDATE, "月度考评", null, moved + " 份未审核的考评表改回按" + previous.auditLabel() + "评分",
                    null, reason);
        }
    }

    Optional<SchemeVersion> versionFor(AssessmentSubject kind, YearMonth month) {
        List<SchemeVersion> all = stored(kind);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        try {
            SchemeVersions versions = SchemeMapper.versions(all.stream().map(v -> SchemeMapper.map(v.toSpec())).toList());
            SchemeDefinition d = versions.forMonth(month);
            return all.stream().filter(v -> v.getVersionNo() == d.version()).findFirst();
        } catch (SchemeNotInForceException e) {
            return Optional.empty();
        }
    }

    static String noScheme(AssessmentSubject kind, YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月没有适用的" + kind.label() + "评分方案，请先由管理员设置";
    }

    private int repoint(AssessmentSubject kind, int fromYm, SchemeVersion target, SchemeInForce rules) {
        List<MonthlyAssessment> open = em.createQuery("select a from MonthlyAssessment a where a.subjectKind = :k "
                        + "and a.periodYm >= :from and a.status in :open", MonthlyAssessment.class)
                .setParameter("k", kind).setParameter("from", fromYm).setParameter("open", OPEN).getResultList();
        Set<String> manual = rules.definition().deductions().stream().filter(d -> !rules.feed(d.code()).computed())
                .map(d -> d.code()).collect(Collectors.toSet());
        rules.definition().bonuses().forEach(b -> manual.add(b.code()));
        rules.definition().vetoes().forEach(v -> manual.add(v.code()));
        for (MonthlyAssessment a : open) {
            a.setSchemeVersion(target);
            Map<String, AssessmentFigure> kept = new LinkedHashMap<>();
            a.figures().forEach((code, f) -> {
                if (manual.contains(code)) {
                    kept.put(code, f);
                }
            });
            a.setFigures(kept);
        }
        return open.size();
    }

    private List<SchemeVersion> stored(AssessmentSubject kind) {
        List<SchemeVersion> all = new ArrayList<>(em.createQuery("select v from SchemeVersion v where v.scheme.subjectKind = :k",
                SchemeVersion.class).setParameter("k", kind).getResultList());
        all.sort(Comparator.comparingInt(SchemeVersion::getEffectiveYm));
        return all;
    }

    private Optional<ScoringScheme> scheme(AssessmentSubject kind) {
        return em.createQuery("select s from ScoringScheme s where s.subjectKind = :k", ScoringScheme.class)
                .setParameter("k", kind).getResultStream().findFirst();
    }

    private long scoredUnder(SchemeVersion v) {
        return em.createQuery("select count(a) from MonthlyAssessment a where a.schemeVersion = :v and a.status in :scored",
                Long.class).setParameter("v", v).setParameter("scored", SCORED).getSingleResult();
    }

    private long snapshotsUnder(SchemeVersion v) {
        return em.createQuery("select count(s) from RankingSnapshot s where s.schemeVersionId = :id", Long.class)
                .setParameter("id", v.getId()).getSingleResult();
    }

    private String caller() {
        return context.getCallerPrincipal() == null ? AuditService.SYSTEM : context.getCallerPrincipal().getName();
    }
}
