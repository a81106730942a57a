package cn.fuwukuaiche.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test deployment only: removes people a test imported, so other tests see the demo county as it was. */
@Stateless
@PermitAll
public class OrgTestData {

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public int deleteStaffWithPrefix(String prefix) {
        return em.createQuery("delete from Staff s where s.staffNo like :p").setParameter("p", prefix + "%").executeUpdate();
    }
}
