package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Read-only look-ups of accounts for the areas above (as {@code OrgDirectory} is for the organisation), so no other
 * area queries {@code UserAccount}. No scope checks here: callers are services that check their own caller.
 */
@HallBound
@ApplicationScoped
public class AccountDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class).setParameter("u", username)
                .getResultList().stream().findFirst();
    }

    /** The workbench's viewer {@code username} with {@code roles} and his account's scope (none without an account). */
    public WorkViewer viewer(String username, Set<String> roles) {
        return new WorkViewer(username, roles, byUsername(username).map(AccountDirectory::scope).orElse(null));
    }

    /** What {@code a} ties its holder to: staff record, window, branch, service node. */
    public static WorkViewer.Scope scope(UserAccount a) {
        return new WorkViewer.Scope(a.getStaffId(), a.getWindowId(), a.getBranchId(), a.getNodeId());
    }

    /** Service node id → how many active accounts are bound to it (its agents). */
    public Map<Long, Long> activeAccountsPerNode() {
        List<Object[]> rows = em.createQuery(
                "select u.nodeId, count(u) from UserAccount u where u.nodeId is not null and u.active = true group by u.nodeId",
                Object[].class).getResultList();
        Map<Long, Long> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return m;
    }

    /** Active accounts with this role (e.g. the leaders an objection concerns), by username. */
    public List<String> usernamesWithRole(cn.fuwukuaiche.security.entity.Role role) {
        return em.createQuery("select u.username from UserAccount u join u.roles r where r = :role and u.active = true "
                + "order by u.username", String.class).setParameter("role", role).getResultList();
    }

    /** Active STAFF accounts stationed at a window (they fill in its sheets), by username. */
    public List<String> staffUsernamesOfWindow(long windowId) {
        return em.createQuery("select u.username from UserAccount u join u.roles r where r = :role and u.active = true "
                + "and u.windowId = :w order by u.username", String.class)
                .setParameter("role", cn.fuwukuaiche.security.entity.Role.STAFF).setParameter("w", windowId).getResultList();
    }

    /** Active SECRETARY accounts of a branch (they review its windows' sheets), by username. */
    public List<String> secretaryUsernamesOfBranch(long branchId) {
        return em.createQuery("select u.username from UserAccount u join u.roles r where r = :role and u.active = true "
                + "and u.branchId = :b order by u.username", String.class)
                .setParameter("role", cn.fuwukuaiche.security.entity.Role.SECRETARY).setParameter("b", branchId).getResultList();
    }

    /** Active AGENT accounts bound to a service node (they work its cases), by username. */
    public List<String> agentUsernamesAtNode(long nodeId) {
        return em.createQuery("select u.username from UserAccount u join u.roles r where r = :role and u.active = true "
                + "and u.nodeId = :n order by u.username", String.class)
                .setParameter("role", cn.fuwukuaiche.security.entity.Role.AGENT).setParameter("n", nodeId).getResultList();
    }

    /** Active accounts with an e-mail address, username → address (the daily digest). */
    public Map<String, String> emailAddresses() {
        Map<String, String> out = new HashMap<>();
        for (Object[] r : em.createQuery("select u.username, u.email from UserAccount u where u.active = true "
                + "and u.email is not null", Object[].class).getResultList()) {
            out.put((String) r[0], (String) r[1]);
        }
        return out;
    }
}
