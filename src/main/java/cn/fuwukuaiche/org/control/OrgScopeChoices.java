package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.control.ScopeChoices;
import cn.fuwukuaiche.security.control.ScopeDirectory.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The organisation's part of the account scopes: active branches and windows (see {@link ScopeChoices}). */
@ApplicationScoped
public class OrgScopeChoices implements ScopeChoices {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Choice> branches() {
        return em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name", Branch.class)
                .getResultList().stream().map(b -> new Choice(b.getId(), b.getName())).toList();
    }

    @Override
    public List<Choice> windows() {
        return em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true order by w.windowNo",
                        ServiceWindow.class)
                .getResultList().stream()
                .map(w -> new Choice(w.getId(), w.getWindowNo() + " " + w.getName() + "（" + w.getUnit().displayName() + "）"))
                .toList();
    }
}
