package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.evaluation.entity.RatingDeviceKey;
import cn.fuwukuaiche.org.entity.ServiceWindow;
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

/**
 * 评价器密钥: ADMIN issues a key for one window (shown once, stored as a hash), lists and revokes keys. Each
 * step is audited. A revoked key stays on record; the pad and the API then answer with a clear refusal.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DeviceKeyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    @Inject
    Event<DeviceKeyChanged> changed;

    /** The key itself exists only here, once: the caller shows it and forgets it. */
    public record IssuedKey(RatingDeviceKey record, String key) {
    }

    public List<RatingDeviceKey> list() {
        return em.createQuery("select k from RatingDeviceKey k join fetch k.window w order by w.windowNo, k.issuedAt desc",
                RatingDeviceKey.class).getResultList();
    }

    public IssuedKey issue(Long windowId, String label) {
        return issue(windowId, label, false);
    }

    /**
     * A new key for a window; {@code platform} marks a 平台接入 key (a bridge relaying many citizens' ratings, e.g. the
     * provincial 好差评 platform), to which a pad's per-key limits do not apply.
     */
    public IssuedKey issue(Long windowId, String label, boolean platform) {
        if (windowId == null) {
            throw new BusinessException("window", "请选择评价器所在的窗口");
        }
        ServiceWindow window = em.find(ServiceWindow.class, windowId);
        if (window == null || !window.isActive()) {
            throw new BusinessException("window", "该窗口不存在或已停用");
        }
        Input.requireSingleLine("label", "评价器名称", label);
        String l = label == null || label.isBlank() ? window.getWindowNo() + " 窗口评价器" : label.strip();
        if (l.length() > 64) {
            throw new BusinessException("label", "名称最多 64 个字");
        }
        String key = DeviceKeys.generate();
        RatingDeviceKey k = new RatingDeviceKey(window, DeviceKeys.hash(key), DeviceKeys.prefix(key), l,
                context.getCallerPrincipal().getName());
        k.setPlatform(platform);
        em.persist(k);
        em.flush();
        changed.fire(new DeviceKeyChanged(k.getId()));
        audit.event(AuditAction.CREATE, k.auditType(), k.getId(), "发放" + (platform ? "平台接入密钥 " : "评价器密钥 ") + k.auditLabel() + "，窗口 " + window.label(),
                null, null);
        return new IssuedKey(k, key);
    }

    public RatingDeviceKey revoke(long id, long expectedVersion, String reason) {
        RatingDeviceKey k = em.find(RatingDeviceKey.class, id);
        if (k == null) {
            throw new BusinessException("该密钥不存在");
        }
        if (k.getVersion() != expectedVersion) {
            throw new OptimisticLockException("评价器密钥 " + k.getKeyPrefix() + " 已被他人修改");
        }
        if (k.isRevoked()) {
            throw new BusinessException("该密钥已停用");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写停用原因，如“设备丢失”");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("reason", "原因最多 500 个字");
        }
        k.revoke(context.getCallerPrincipal().getName(), reason.strip());
        em.flush();
        changed.fire(new DeviceKeyChanged(k.getId()));
        audit.event(AuditAction.REVOKE, k.auditType(), k.getId(), "停用评价器密钥 " + k.auditLabel(), null, reason.strip());
        return k;
    }
}
