package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.board.StarBoard;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/**
 * The public {@link StarBoard}: the holders of the latest period that has a confirmed star (revoked ones left
 * out). Names and windows only: no figures.
 */
@ApplicationScoped
public class StarBoardProvider implements StarBoard {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<StarHolder> stars() {
        LocalDate latest = em.createQuery("select max(a.periodStart) from StarAward a where a.status = :c", LocalDate.class)
                .setParameter("c", StarAwardStatus.CONFIRMED).getSingleResult();
        if (latest == null) {
            return List.of();
        }
        return em.createQuery("select a from StarAward a join fetch a.staff left join fetch a.window where a.status = :c "
                        + "and a.periodStart = :p order by a.star, a.id", StarAward.class)
                .setParameter("c", StarAwardStatus.CONFIRMED).setParameter("p", latest).getResultList().stream()
                .map(a -> new StarHolder(a.getStar().label(), a.getStaff().getId(), a.getStaff().getName(),
                        a.getWindow() == null ? null : a.getWindow().getWindowNo() + " " + a.getWindow().getName(), a.getPeriodLabel()))
                .toList();
    }
}
