package cn.fuwukuaiche.security.control;

import java.time.LocalDateTime;

/**
 * Fired (synchronously, inside the login's transaction) when wrong passwords lock an account; the inbox tells the
 * administrators (工作台: the locked account appears on their open workbench).
 */
public record AccountLocked(String username, LocalDateTime until) {
}
