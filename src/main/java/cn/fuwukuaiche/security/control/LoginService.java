package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a password and keeps the lockout count: after {@code app.security.max-failed-logins} wrong
 * passwords in a row the account is locked for {@code app.security.lock-minutes}. Every attempt,
 * good or bad, is in the audit trail.
 */
@Stateless
@PermitAll
public class LoginService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    jakarta.enterprise.event.Event<AccountLocked> locked;

    @Inject
    @ConfigProperty(name = "app.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "app.security.lock-minutes", defaultValue = "15")
    int lockMinutes;

    public LoginOutcome attempt(String username, String password) {
        String name = username == null ? "" : username.strip();
        Optional<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        LocalDateTime now = Times.now();
        if (found.isEmpty()) {
            audit.eventAs(shorten(name), AuditAction.LOGIN_FAILED, "用户", null, "登录失败：用户名不存在", null);
            return new LoginOutcome(LoginOutcome.Status.INVALID, name, Set.of(), null);
        }
        UserAccount user = found.get();
        if (user.isLockedAt(now)) {
            audit.eventAs(name, AuditAction.LOGIN_FAILED, "用户", user.getId(), "登录失败：账号锁定中", null);
            return new LoginOutcome(LoginOutcome.Status.LOCKED, name, Set.of(), user.getLockedUntil());
        }
        if (!hasher.verify(password == null ? "" : password, user.getPasswordHash())) {
            user.setFailedLogins(user.getFailedLogins() + 1);
            if (user.getFailedLogins() >= maxFailedLogins) {
                user.setLockedUntil(now.plusMinutes(lockMinutes));
                user.setFailedLogins(0);
                audit.eventAs(name, AuditAction.ACCOUNT_LOCKED, "用户", user.getId(),
                        "连续 " + maxFailedLogins + " 次密码错误，账号锁定至 " + Times.format(user.getLockedUntil()), null);
                locked.fire(new AccountLocked(name, user.getLockedUntil()));
                return new LoginOutcome(LoginOutcome.Status.LOCKED, name, Set.of(), user.getLockedUntil());
            }
            audit.eventAs(name, AuditAction.LOGIN_FAILED, "用户", user.getId(),
                    "登录失败：密码错误（连续第 " + user.getFailedLogins() + " 次）", null);
            return new LoginOutcome(LoginOutcome.Status.INVALID, name, Set.of(), null);
        }
        if (!user.isActive()) {
            audit.eventAs(name, AuditAction.LOGIN_FAILED, "用户", user.getId(), "登录失败：账号已停用", null);
            return new LoginOutcome(LoginOutcome.Status.INACTIVE, name, Set.of(), null);
        }
        user.setFailedLogins(0);
        user.setLockedUntil(null);
        user.setLastLoginAt(now);
        audit.eventAs(name, AuditAction.LOGIN, "用户", user.getId(), "登录成功", null);
        return new LoginOutcome(LoginOutcome.Status.SUCCESS, name, Set.copyOf(user.getRoles()), null);
    }

    /** When the account is locked, until when; the login view says so. */
    public Optional<LocalDateTime> lockedUntil(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username == null ? "" : username.strip())
                .getResultStream().findFirst()
                .filter(u -> u.isLockedAt(Times.now()))
                .map(UserAccount::getLockedUntil);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
