package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The choices for an account's scope (branch, window, service node), as id and label, for the user
 * admin form. Branches and windows come from the organisation (active ones); the network module fills
 * the nodes.
 */
@ApplicationScoped
public class ScopeDirectory {

    @PersistenceContext
    EntityManager em;

    public record Choice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public List<Choice> branches() {
        return em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name", Branch.class)
                .getResultList().stream().map(b -> new Choice(b.getId(), b.getName())).toList();
    }

    public List<Choice> windows() {
        return em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true order by w.windowNo",
                        ServiceWindow.class)
                .getResultList().stream()
                .map(w -> new Choice(w.getId(), w.getWindowNo() + " " + w.getName() + "（" + w.getUnit().displayName() + "）"))
                .toList();
    }

    /** The network's open and suspended nodes, labelled with their level, in tree order. */
    public List<Choice> nodes() {
        return em.createQuery("select n.id, n.name, n.level from ServiceNode n"
                        + " where n.status <> cn.fuwukuaiche.network.entity.NodeStatus.CLOSED order by n.sortOrder, n.code", Object[].class)
                .getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + "（" + ((cn.fuwukuaiche.network.entity.NodeLevel) r[2]).label() + "）"))
                .toList();
    }
}
