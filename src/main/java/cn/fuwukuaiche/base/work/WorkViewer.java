package cn.fuwukuaiche.base.work;

import java.util.Set;

/**
 * Who is asking for his to-dos: the account's login name and its role names ({@code "STAFF"}, {@code "SECRETARY"}, …
 * as in {@code security.entity.Role}). A source resolves the viewer's scope (his window, his branch) itself through
 * the security and org directories.
 */
public record WorkViewer(String username, Set<String> roles) {

    public WorkViewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
