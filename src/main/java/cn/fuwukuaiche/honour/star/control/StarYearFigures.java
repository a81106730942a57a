package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** 星级评定 of the yearly report (issue 19): stars confirmed for periods ending in the year, hall-wide; evidence the star wall. */
@HallBound
@ApplicationScoped
public class StarYearFigures implements YearFigureSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearFigure> figures(int year) {
        long n = em.createQuery("select count(a) from StarAward a where a.status = :s and a.periodEnd >= :f and a.periodEnd < :t", Long.class)
                .setParameter("s", StarAwardStatus.CONFIRMED).setParameter("f", LocalDate.of(year, 1, 1))
                .setParameter("t", LocalDate.of(year + 1, 1, 1)).getSingleResult();
        return List.of(new YearFigure(YearItems.STARS, null, n, "stars/wall?year=" + year, year + "年 星级评定 " + n + " 个"));
    }
}
