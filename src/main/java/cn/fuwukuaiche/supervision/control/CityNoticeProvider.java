package cn.fuwukuaiche.supervision.control;

import cn.fuwukuaiche.base.board.CityNoticeBoard;
import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Hall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** {@link CityNoticeBoard}: read anonymously by the screens; the notices' public text only. */
@HallBound
@ApplicationScoped
public class CityNoticeProvider implements CityNoticeBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<CityNoticeBoard.CityNotice> current(Long hallId, LocalDate today) {
        Long hall = hallId != null ? hallId : org.hall().map(Hall::getId).orElse(null);
        if (hall == null) {
            return List.of();
        }
        return em.createQuery("select n from CityNotice n where n.withdrawnAt is null and n.shownFrom <= :d and n.shownUntil >= :d "
                        + "order by n.publishedAt desc",
                        cn.fuwukuaiche.supervision.entity.CityNotice.class)
                .setParameter("d", today).getResultList().stream()
                .filter(n -> n.getOffice().getHallIds().contains(hall))
                .map(n -> new CityNoticeBoard.CityNotice(n.getId(), n.getOffice().getName(), n.getTitle(), n.getBody(), n.getShownFrom(),
                        n.getShownUntil()))
                .toList();
    }
}
