package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.board.StarBoard;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public {@link StarBoard}: for every star, the holders of that star's latest confirmed period (revoked ones
 * left out). Names and windows only: no figures.
 */
@HallBound
@ApplicationScoped
public class StarBoardProvider implements StarBoard {

    @PersistenceContext
    EntityManager em;

    /**
     * Each star's own latest confirmed period: confirming one November 和谐服务星 must not take the October holders of
     * the other four stars off the wall (stars are decided star by star).
     */
    @Override
    public List<StarHolder> stars() {
        List<Object[]> latest = em.createQuery("select a.star, max(a.periodStart) from StarAward a where a.status = :c "
                        + "group by a.star", Object[].class)
                .setParameter("c", StarAwardStatus.CONFIRMED).getResultList();
        List<StarHolder> out = new ArrayList<>();
        latest.stream().sorted(Comparator.comparing(r -> (StarKind) r[0])).forEach(r -> em.createQuery(
                        "select a from StarAward a join fetch a.staff left join fetch a.window where a.status = :c "
                                + "and a.star = :s and a.periodStart = :p order by a.id", StarAward.class)
                .setParameter("c", StarAwardStatus.CONFIRMED).setParameter("s", r[0]).setParameter("p", r[1])
                .getResultList().stream()
                .map(a -> new StarHolder(a.getStar().label(), a.getStaff().getId(), a.getStaff().getName(),
                        a.getWindow() == null ? null : a.getWindow().getWindowNo() + " " + a.getWindow().getName(), a.getPeriodLabel()))
                .forEach(out::add));
        return out;
    }
}
