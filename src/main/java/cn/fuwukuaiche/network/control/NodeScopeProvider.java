package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.NodeStatus;
import cn.fuwukuaiche.security.control.ScopeChoices;
import cn.fuwukuaiche.security.control.ScopeDirectory.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The network's part of the account scopes: its open and suspended nodes (see {@link ScopeChoices}). */
@HallBound
@ApplicationScoped
public class NodeScopeProvider implements ScopeChoices {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Choice> nodes() {
        return em.createQuery("select n.id, n.name, n.level from ServiceNode n"
                        + " where n.status <> :closed order by n.sortOrder, n.code", Object[].class)
                .setParameter("closed", NodeStatus.CLOSED)
                .getResultList().stream()
                .map(r -> new Choice((Long) r[0], r[1] + "（" + ((NodeLevel) r[2]).label() + "）"))
                .toList();
    }
}
