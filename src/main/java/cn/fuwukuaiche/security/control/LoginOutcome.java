package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.security.entity.Role;

import java.time.LocalDateTime;
import java.util.Set;

/** The result of one login attempt, as the identity store and the login view need it. */
public record LoginOutcome(Status status, String username, Set<Role> roles, LocalDateTime lockedUntil) {

    public enum Status { SUCCESS, INVALID, LOCKED, INACTIVE }

    public boolean success() {
        return status == Status.SUCCESS;
    }
}
