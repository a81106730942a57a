package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.entity.Exemplar;
import cn.fuwukuaiche.honour.entity.ExemplarStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.StaffPhoto;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the public honours in one transaction for {@link HonourBoardProvider}. Public data only. */
@Stateless
@PermitAll
public class HonourBoardReader {

    @PersistenceContext
    EntityManager em;

    public Optional<HonourBoard.FlagHolder> currentFlag() {
        List<RedFlagAward> standing = em.createQuery("select a from RedFlagAward a where a.activeYm is not null "
                + "order by a.periodYm", RedFlagAward.class).getResultList();
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        RedFlagAward last = standing.get(standing.size() - 1);
        Map<YearMonth, Integer> streaks = FlagRules.streaks(FlagService.held(standing));
        int total = (int) standing.stream().filter(a -> a.getWindowId() == last.getWindowId()).count();
        ServiceWindow w = em.find(ServiceWindow.class, last.getWindowId());
        return Optional.of(new HonourBoard.FlagHolder(last.getMonth(), last.getWindowId(), w == null ? "" : w.getWindowNo(),
                w == null ? last.getWindowLabel() : w.getName(), w == null || w.getUnit() == null ? null : w.getUnit().getName(),
                streaks.getOrDefault(last.getMonth(), 1), total));
    }

    public List<HonourBoard.ModelPost> modelPosts() {
        LocalDate today = Times.today();
        return em.createQuery("select d from PostDesignation d order by d.kind, d.validFrom", PostDesignation.class)
                .getResultList().stream().filter(d -> d.inForceOn(today)).map(d -> {
                    Staff s = em.find(Staff.class, d.getStaffId());
                    byte[] photo = em.createNamedQuery(StaffPhoto.BY_STAFF, StaffPhoto.class).setParameter("staffId", s.getId())
                            .getResultList().stream().findFirst().map(StaffPhoto::getThumbnail).orElse(null);
                    return new HonourBoard.ModelPost(d.getId(), d.getKind().label(), s.getId(), s.getName(), photo,
                            s.getPoliticalStatus() == null ? null : s.getPoliticalStatus().label(),
                            s.getWindow() == null ? null : s.getWindow().label(), d.getDuties(), d.getApprovedPledge(),
                            d.getValidFrom(), d.getValidUntil());
                }).toList();
    }

    public List<HonourBoard.Exemplar> exemplars() {
        return em.createQuery("select e from Exemplar e where e.status = :s order by e.confirmedAt desc", Exemplar.class)
                .setParameter("s", ExemplarStatus.CONFIRMED).getResultList().stream()
                .map(e -> new HonourBoard.Exemplar(e.getId(), e.getSubjectName(), e.getWindowName(), e.getTitle(), e.getDeeds()))
                .toList();
    }

    public List<HonourBoard.PublicNotice> notices() {
        LocalDate since = Times.today().minusDays(NoticeService.RESULT_DAYS_SHOWN);
        return em.createQuery("select n from cn.fuwukuaiche.honour.entity.PublicNotice n where n.status = :open "
                                + "or n.resultOn >= :since order by n.openedOn desc, n.openedAt desc, n.id",
                        cn.fuwukuaiche.honour.entity.PublicNotice.class)
                .setParameter("open", cn.fuwukuaiche.honour.entity.NoticeStatus.OPEN).setParameter("since", since)
                .getResultList().stream().map(n -> new HonourBoard.PublicNotice(n.getId(), n.getHonour(), n.getSubjectName(),
                        n.getReason(), n.getOpenedOn(), n.getClosesOn(), n.getResult())).toList();
    }
}
