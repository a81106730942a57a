package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts: only ADMIN manages them; everyone may change their own password. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.]{2,31}");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    /** The hall's accounts; those of the roles above the halls (上级主管, 超级管理员) are not a hall ADMIN's to manage. */
    public List<UserAccount> list() {
        // the accounts of the admin's own hall (issue 23); those above the halls have none
        return em.createQuery("select u from UserAccount u where u.hallId = :hall order by u.username", UserAccount.class)
                .setParameter("hall", HallSql.hall(em)).getResultList().stream()
                .filter(u -> u.getRoles().stream().noneMatch(Role::aboveHalls)).toList();
    }

    /** The form's data for a new or changed account. */
    public record UserForm(String username, String displayName, Set<Role> roles, boolean active,
                           Long branchId, Long windowId, Long nodeId) {
    }

    /** Creates an account with a generated one-time password, which is returned once and never stored. */
    public String create(UserForm form) {
        validate(form);
        if (form.roles().stream().anyMatch(Role::aboveHalls)) {
            throw new BusinessException("roles", "上级主管和超级管理员的账号只能由超级管理员创建");
        }
        if (findByUsername(form.username()) != null) {
            throw new BusinessException("username", "用户名已存在");
        }
        String password = PasswordPolicy.generate();
        UserAccount u = new UserAccount(form.username(), form.displayName().strip(), hasher.hash(password), form.roles());
        apply(u, form);
        u.setMustChangePassword(true);
        u.setHallId(HallSql.hall(em)); // a new account works for the hall of the admin who creates it
        em.persist(u);
        em.flush();
        audit.created(u, null);
        return password;
    }

    public UserAccount update(long id, long expectedVersion, UserForm form, String reason) {
        validate(form);
        UserAccount u = load(id, expectedVersion);
        refuseAboveHalls(u);
        if (form.roles().stream().anyMatch(Role::aboveHalls)) {
            throw new BusinessException("roles", "上级主管和超级管理员的账号只能由超级管理员创建");
        }
        if (!u.getUsername().equals(form.username())) {
            throw new BusinessException("username", "用户名创建后不可修改");
        }
        if (context.getCallerPrincipal().getName().equals(u.getUsername())
                && (!form.active() || !form.roles().contains(Role.ADMIN))) {
            throw new BusinessException("roles", "不能停用自己或取消自己的管理员角色");
        }
        Map<String, Object> before = u.auditState();
        u.setDisplayName(form.displayName().strip());
        apply(u, form);
        em.flush();
        audit.updated(before, u, reason);
        return u;
    }

    /** A new one-time password, shown once to the admin; the user must change it at the next login. */
    public String resetPassword(long id, String reason) {
        UserAccount u = ofThisHall(em.find(UserAccount.class, id));
        if (u == null) {
            throw new BusinessException("该用户不存在");
        }
        refuseAboveHalls(u);
        String password = PasswordPolicy.generate();
        u.setPasswordHash(hasher.hash(password));
        u.setMustChangePassword(true);
        u.setFailedLogins(0);
        u.setLockedUntil(null);
        audit.event(AuditAction.PASSWORD_RESET, u.auditType(), u.getId(), "重置密码 " + u.auditLabel(), null, reason);
        return password;
    }

    @PermitAll
    public void changeOwnPassword(String current, String next) {
        String caller = context.getCallerPrincipal().getName();
        UserAccount u = findByUsername(caller);
        if (u == null) {
            throw new BusinessException("请先登录");
        }
        if (!hasher.verify(current == null ? "" : current, u.getPasswordHash())) {
            throw new BusinessException("current", "当前密码不正确");
        }
        PasswordPolicy.problem(next).ifPresent(p -> {
            throw new BusinessException("next", p);
        });
        if (next.equals(current)) {
            throw new BusinessException("next", "新密码不能与当前密码相同");
        }
        u.setPasswordHash(hasher.hash(next));
        u.setMustChangePassword(false);
        audit.event(AuditAction.PASSWORD_CHANGED, u.auditType(), u.getId(), "修改自己的密码", null, null);
    }

    /**
     * Everyone sets (or clears, with a blank) the address his daily digest of to-dos and notifications goes to.
     * Audited with the old and the new address.
     */
    @PermitAll
    public void changeOwnEmail(String email) {
        UserAccount u = findByUsername(context.getCallerPrincipal().getName());
        if (u == null) {
            throw new BusinessException("请先登录");
        }
        String next = email == null || email.isBlank() ? null : email.strip();
        EmailRules.problem(next).ifPresent(p -> {
            throw new BusinessException("email", p);
        });
        String before = u.getEmail();
        if (java.util.Objects.equals(before, next)) {
            return;
        }
        u.setEmail(next);
        audit.event(AuditAction.UPDATE, u.auditType(), u.getId(), next == null ? "清除自己的通知邮箱" : "设置自己的通知邮箱",
                "通知邮箱：" + (before == null ? "（无）" : before) + " → " + (next == null ? "（无）" : next), null);
    }

    @PermitAll
    public boolean mustChangePassword() {
        UserAccount u = findByUsername(context.getCallerPrincipal().getName());
        return u != null && u.isMustChangePassword();
    }

    /** Refuses what {@link #createAboveHall} would refuse for these fields, writing nothing. */
    @RolesAllowed(Role.Names.SUPER_ADMIN)
    public void checkAboveHall(String username, String displayName, Role role) {
        validate(new UserForm(username, displayName, EnumSet.of(role), true, null, null, null));
        if (findByUsername(username) != null) {
            throw new BusinessException("username", "用户名已存在");
        }
    }

    /**
     * A SUPER_ADMIN's own: a new hall's first administrator and a supervising office's account, with a one-time
     * password returned once (as {@link #create}). A hall's ADMIN belongs to the hall this transaction works for
     * ({@code HallScope}); an office's link is set by the caller's area.
     */
    @RolesAllowed(Role.Names.SUPER_ADMIN)
    public CreatedAccount createAboveHall(String username, String displayName, Role role, Long supervisorOfficeId) {
        checkAboveHall(username, displayName, role);
        String password = PasswordPolicy.generate();
        UserAccount u = new UserAccount(username, displayName.strip(), hasher.hash(password), EnumSet.of(role));
        u.setSupervisorOfficeId(supervisorOfficeId);
        if (!role.aboveHalls()) { // a new hall's first ADMIN: the hall this transaction works for (HallScope)
            long hall = HallSql.hall(em);
            if (hall == HallContext.NO_HALL) {
                throw new IllegalStateException("a hall's account is created in a transaction of that hall");
            }
            u.setHallId(hall);
        }
        u.setMustChangePassword(true);
        em.persist(u);
        em.flush();
        audit.created(u, null);
        return new CreatedAccount(u.getId(), u.getUsername(), password);
    }

    /** A new account and its one-time password (shown once, never stored). */
    public record CreatedAccount(long id, String username, String oneTimePassword) {
    }

    private static void refuseAboveHalls(UserAccount u) {
        if (u.getRoles().stream().anyMatch(Role::aboveHalls)) {
            throw new BusinessException("roles", "上级主管和超级管理员的账号由超级管理员管理");
        }
    }

    /** Accounts are not hall-owned entities (usernames are unique across halls): another hall's is as none. */
    private UserAccount ofThisHall(UserAccount u) {
        return u != null && u.getHallId() != null && u.getHallId() == HallSql.hall(em) ? u : null;
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount u = ofThisHall(em.find(UserAccount.class, id));
        if (u == null) {
            throw new BusinessException("该用户不存在或已被删除");
        }
        if (u.getVersion() != expectedVersion) {
            throw new OptimisticLockException("用户 " + u.getUsername() + " 已被他人修改");
        }
        return u;
    }

    private static void apply(UserAccount u, UserForm form) {
        u.setRoles(form.roles());
        u.setActive(form.active());
        u.setBranchId(form.branchId());
        u.setWindowId(form.windowId());
        u.setNodeId(form.nodeId());
    }

    static void validate(UserForm form) {
        if (form.username() == null || !USERNAME.matcher(form.username()).matches()) {
            throw new BusinessException("username", "用户名须为 3–32 位小写字母、数字、下划线或点，以字母开头");
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new BusinessException("displayName", "请输入姓名");
        }
        if (form.displayName().strip().length() > 32) {
            throw new BusinessException("displayName", "姓名最多 32 个字");
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            throw new BusinessException("roles", "至少选择一个角色");
        }
        if (form.roles().size() > 1 && form.roles().stream().anyMatch(Role::aboveHalls)) {
            throw new BusinessException("roles", "上级主管和超级管理员不能兼任中心内的角色");
        }
        if (form.roles().contains(Role.AGENT) && form.nodeId() == null) {
            throw new BusinessException("nodeId", "代办员须绑定服务网点");
        }
        if (form.roles().contains(Role.STAFF) && form.windowId() == null) {
            throw new BusinessException("windowId", "窗口工作人员须绑定窗口");
        }
        if (form.roles().contains(Role.SECRETARY) && form.branchId() == null) {
            throw new BusinessException("branchId", "支部书记须绑定支部");
        }
    }

    private UserAccount findByUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }
}
