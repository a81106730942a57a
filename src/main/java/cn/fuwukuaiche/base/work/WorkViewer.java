package cn.fuwukuaiche.base.work;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking for his to-dos: the account's login name, its role names ({@code "STAFF"}, {@code "SECRETARY"}, … as
 * in {@code security.entity.Role}) and what the account ties him to ({@link Scope}: his staff record, window, branch,
 * service node), read once by whoever builds the viewer ({@code security.control.AccountDirectory.viewer}), so no
 * source looks the account up again. Each source applies its own role rules to the scope.
 */
public record WorkViewer(String username, Set<String> roles, Scope scope) {

    /** The ids the viewer's account holds, each null when it holds none. */
    public record Scope(Long staffId, Long windowId, Long branchId, Long nodeId) {
    }

    public WorkViewer {
        roles = Set.copyOf(roles);
    }

    /** A viewer without an account (no scope): sources that need one show him nothing of theirs. */
    public WorkViewer(String username, Set<String> roles) {
        this(username, roles, null);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** His scope, empty for a viewer without an account. */
    public Optional<Scope> account() {
        return Optional.ofNullable(scope);
    }
}
