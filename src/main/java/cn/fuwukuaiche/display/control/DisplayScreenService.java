package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.display.entity.DisplayScreen;
import cn.fuwukuaiche.evaluation.control.DeviceKeys;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/**
 * 大屏管理 (ADMIN): define screens, issue a screen key (shown once, stored as a hash, like the rating pads'
 * device keys), change a screen, revoke its key or issue a new one. Every step is audited; a change to a
 * screen fires {@link BoardChanged} so the screen shows it at once.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DisplayScreenService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> changed;

    @Resource
    SessionContext context;

    /** The key exists only here, once: the caller shows it with the screen's address and forgets it. */
    public record IssuedScreen(DisplayScreen screen, String key) {
    }

    /** Screens in use first, newest first; revoked ones after them. */
    public List<DisplayScreen> list() {
        return em.createQuery("select s from DisplayScreen s", DisplayScreen.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(DisplayScreen::isRevoked)
                        .thenComparing(DisplayScreen::getCreatedAt, java.util.Comparator.reverseOrder())
                        .thenComparing(DisplayScreen::getId, java.util.Comparator.reverseOrder()))
                .toList();
    }

    public IssuedScreen create(ScreenForm form) {
        ScreenForm f = form.validate();
        String key = ScreenKeys.generate();
        DisplayScreen s = new DisplayScreen(DeviceKeys.hash(key), DeviceKeys.prefix(key), caller());
        apply(s, f);
        em.persist(s);
        em.flush();
        audit.created(s, null);
        return new IssuedScreen(s, key);
    }

    public DisplayScreen update(long id, long expectedVersion, ScreenForm form) {
        ScreenForm f = form.validate();
        DisplayScreen s = find(id, expectedVersion);
        Map<String, Object> before = s.auditState();
        apply(s, f);
        em.flush();
        audit.updated(before, s, null);
        changed.fire(BoardChanged.of("display.screen.updated"));
        return s;
    }

    public DisplayScreen revoke(long id, long expectedVersion, String reason) {
        DisplayScreen s = find(id, expectedVersion);
        if (s.isRevoked()) {
            throw new BusinessException("该大屏已停用");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写停用原因，如“设备报废”");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("reason", "原因最多 500 个字");
        }
        s.revoke(caller(), reason.strip());
        em.flush();
        audit.event(AuditAction.REVOKE, s.auditType(), s.getId(), "停用大屏密钥 " + s.auditLabel(), null, reason.strip());
        changed.fire(BoardChanged.of("display.screen.revoked"));
        return s;
    }

    /** A new key for the screen; the old address stops working at once. */
    public IssuedScreen rekey(long id, long expectedVersion, String reason) {
        DisplayScreen s = find(id, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写更换密钥的原因，如“地址外泄”");
        }
        String old = s.getKeyPrefix();
        String key = ScreenKeys.generate();
        s.rekey(DeviceKeys.hash(key), DeviceKeys.prefix(key));
        em.flush();
        audit.event(AuditAction.UPDATE, s.auditType(), s.getId(), "更换大屏密钥 " + old + "… → " + s.getKeyPrefix() + "…",
                null, reason.strip());
        changed.fire(BoardChanged.of("display.screen.rekeyed"));
        return new IssuedScreen(s, key);
    }

    private DisplayScreen find(long id, long expectedVersion) {
        DisplayScreen s = em.find(DisplayScreen.class, id);
        if (s == null) {
            throw new BusinessException("该大屏不存在");
        }
        if (s.getVersion() != expectedVersion) {
            throw new OptimisticLockException("大屏 " + s.getName() + " 已被他人修改，请刷新后重试");
        }
        return s;
    }

    private static void apply(DisplayScreen s, ScreenForm f) {
        s.setName(f.name());
        s.setPlace(f.place());
        s.setPanels(f.panels());
        s.setPanelSeconds(f.secondsPerPanel());
        s.setTheme(f.theme());
        s.setNameDisplay(f.nameDisplay());
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
