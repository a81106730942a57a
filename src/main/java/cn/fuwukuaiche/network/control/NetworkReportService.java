package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.control.NetworkStatistics.CaseFact;
import cn.fuwukuaiche.network.control.NetworkStatistics.NodeInfo;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The network's statistics for a period (cases entrusted from {@code from} to {@code to}, both inclusive):
 * per node and level, and the share each level closed. LEADER and ADMIN.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class NetworkReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    NodeService nodes;

    public NetworkStatistics.Result statistics(LocalDate from, LocalDate to) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        List<NodeInfo> infos = nodes.all().stream().map(NetworkReportService::info).toList();
        List<CaseFact> facts = em.createQuery("select c.originNode.id, h.id, c.handledAt, c.deadline"
                        + " from ServiceCase c left join c.handledNode h where c.entrustedAt >= :start and c.entrustedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList().stream()
                .map(r -> new CaseFact(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                        r[2] == null ? null : ((LocalDateTime) r[2]).toLocalDate(), (LocalDate) r[3]))
                .toList();
        List<Long> handUps = em.createQuery("select s.node.id from CaseStepRecord s where s.step = :step"
                        + " and s.serviceCase.entrustedAt >= :start and s.serviceCase.entrustedAt < :end", Long.class)
                .setParameter("step", CaseStep.HAND_UP).setParameter("start", start).setParameter("end", end).getResultList();
        return NetworkStatistics.compute(infos, facts, handUps);
    }

    static NodeInfo info(ServiceNode n) {
        return new NodeInfo(n.getId(), n.getCode(), n.getName(), n.getLevel(), n.getParent() == null ? null : n.getParent().getId());
    }
}
