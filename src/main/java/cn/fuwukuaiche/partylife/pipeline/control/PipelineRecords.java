package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelinePaper;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the two 发展党员 services ({@link PipelineService}, the steps; {@link PipelineFileService}, the record) stand
 * on: the persistence, org's directory, the caller's {@link PipelineScope}, the settings and the audit, and the reads
 * both make of a person's record — the application itself, its papers, the members entitled to vote. Its methods are
 * not public, so they are no business methods of the beans (each bean's own {@code @RolesAllowed} guards its calls).
 */
abstract class PipelineRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    PipelineScope scope;

    @Inject
    PipelineConfig config;

    @Inject
    AuditService audit;

    /** The application {@code id}; refused when there is none. No scope check (the callers check theirs). */
    MembershipApplication application(long id) {
        MembershipApplication a = em.find(MembershipApplication.class, id);
        if (a == null) {
            throw new BusinessException("该发展党员记录不存在");
        }
        return a;
    }

    List<PipelinePaper> papers(long applicationId) {
        return em.createQuery("select p from PipelinePaper p where p.applicationId = :a", PipelinePaper.class)
                .setParameter("a", applicationId).getResultList();
    }

    /** The papers that are there: uploaded, kept on paper, or waived. */
    Set<PaperKind> presentPapers(long applicationId) {
        return papers(applicationId).stream().filter(PipelinePaper::present).map(PipelinePaper::getPaper)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaperKind.class)));
    }

    /** Members with the right to vote: the branch's active full members (预备党员 have none). */
    int entitled(long branchId) {
        return (int) org.partyMembers(branchId).stream().filter(m -> m.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER).count();
    }
}
