package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.star.entity.StarSetting;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A new hall's stars: the monthly period from 1 July and the five stars' criteria ({@link StarDefaults}). */
@Stateless
@PermitAll
public class StarHallOpening {

    @PersistenceContext
    EntityManager em;

    public void open(@Observes HallOpened opened) {
        em.persist(new StarSetting());
        StarDefaults.criteria(Times.now(), opened.by()).forEach(em::persist);
    }
}
