package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/** Test helper: a 七一 list still being drafted, for a past year nobody else uses. */
@Stateless
@PermitAll
public class CommendationDrafts {

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public long draft(int yearNo) {
        Commendation c = new Commendation(yearNo, LocalDate.of(yearNo - 1, 7, 1), LocalDate.of(yearNo, 6, 30));
        c.getEntries().add(new CommendationEntry(c, SubjectKind.PERSON, null, null, "测试对象", "测试单位", SubjectKind.PERSON.title(),
                "测试荣誉", 1));
        em.persist(c);
        em.flush();
        return c.getId();
    }
}
