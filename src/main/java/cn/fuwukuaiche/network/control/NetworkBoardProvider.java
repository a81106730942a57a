package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The public {@link NetworkBoard}, read anonymously: {@code NetworkReportService} is for signed-in roles, so this
 * reads the same figures through {@link NetworkStatistics} and keeps only counts and shares per level.
 */
@HallBound
@ApplicationScoped
public class NetworkBoardProvider implements NetworkBoard {

    @PersistenceContext
    EntityManager em;

    @Override
    public Network network(LocalDate today) {
        LocalDate from = today.withDayOfYear(1);
        List<ServiceNode> nodes = em.createQuery("select n from ServiceNode n left join fetch n.parent", ServiceNode.class).getResultList();
        List<NetworkStatistics.NodeInfo> infos = nodes.stream().map(n -> new NetworkStatistics.NodeInfo(n.getId(), n.getCode(), n.getName(),
                n.getLevel(), n.getParent() == null ? null : n.getParent().getId())).toList();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = today.plusDays(1).atStartOfDay();
        List<NetworkStatistics.CaseFact> facts = em.createQuery("select c.originNode.id, h.id, c.handledAt, c.deadline"
                        + " from ServiceCase c left join c.handledNode h where c.entrustedAt >= :start and c.entrustedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList().stream()
                .map(r -> new NetworkStatistics.CaseFact(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                        r[2] == null ? null : ((LocalDateTime) r[2]).toLocalDate(), (LocalDate) r[3]))
                .toList();
        List<Long> handUps = em.createQuery("select s.node.id from CaseStepRecord s where s.step = :step"
                        + " and s.serviceCase.entrustedAt >= :start and s.serviceCase.entrustedAt < :end", Long.class)
                .setParameter("step", CaseStep.HAND_UP).setParameter("start", start).setParameter("end", end).getResultList();
        NetworkStatistics.Result r = NetworkStatistics.compute(infos, facts, handUps);
        List<Level> levels = new ArrayList<>();
        for (NodeLevel l : NodeLevel.values()) {
            NetworkStatistics.LevelRow row = r.level(l);
            int count = (int) nodes.stream().filter(n -> n.getLevel() == l && n.isOpen()).count();
            levels.add(new Level(l.label(), motto(l), count, row.figures().accepted(), row.figures().handled(),
                    percent(row.shareOfHandled())));
        }
        return new Network(today.getYear(), levels, r.total().accepted(), r.total().handled(), percent(r.total().onTimeRate()));
    }

    static String motto(NodeLevel l) {
        return switch (l) {
            case VILLAGE -> Messages.t("network.stats.motto.village");
            case TOWNSHIP -> Messages.t("network.stats.motto.township");
            case COUNTY -> Messages.t("network.stats.motto.county");
        };
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
