package cn.fuwukuaiche.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The choices for an account's scope (branch, window, service node), as id and label, for the user
 * admin form. The organisation and network modules fill these as their tables appear.
 */
@ApplicationScoped
public class ScopeDirectory {

    public record Choice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public List<Choice> branches() {
        return List.of();
    }

    public List<Choice> windows() {
        return List.of();
    }

    @PersistenceContext
    EntityManager nodesEm;

    /** The network's open and suspended nodes, labelled with their level, in tree order. */
    public List<Choice> nodes() {
        return nodesEm.createQuery("select n.id, n.name, n.level from ServiceNode n"
                        + " where n.status <> cn.fuwukuaiche.network.entity.NodeStatus.CLOSED order by n.sortOrder, n.code", Object[].class)
                .getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + "（" + ((cn.fuwukuaiche.network.entity.NodeLevel) r[2]).label() + "）"))
                .toList();
    }
}
