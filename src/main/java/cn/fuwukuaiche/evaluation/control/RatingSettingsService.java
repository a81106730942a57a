package cn.fuwukuaiche.evaluation.control;

import jakarta.enterprise.event.Observes;
import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.evaluation.entity.RatingSettings;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/** The 好差评 settings: everyone reads them, ADMIN changes them (audited). */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RatingSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @PermitAll
    public RatingSettings current() {
        return current(em);
    }

    /** The single settings row (the migration inserts it). */
    static RatingSettings current(EntityManager em) {
        return em.createQuery("select s from RatingSettings s order by s.id", RatingSettings.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException("rating_setting 表缺少设置行"));
    }

    public RatingSettings update(long expectedVersion, int fixWorkingDays, int yellowWorkingDays, String reason) {
        RatingSettings s = current(em);
        if (s.getVersion() != expectedVersion) {
            throw new OptimisticLockException("好差评设置已被他人修改");
        }
        if (!RectificationRules.FIX_DAY_CHOICES.contains(fixWorkingDays)) {
            throw new BusinessException("fixWorkingDays", "整改期限只能是 5、10 或 15 个工作日");
        }
        if (yellowWorkingDays < 0 || yellowWorkingDays >= fixWorkingDays) {
            throw new BusinessException("yellowWorkingDays", "临期提醒须在 0 到 " + (fixWorkingDays - 1) + " 个工作日之间");
        }
        var before = s.auditState();
        s.setFixWorkingDays(fixWorkingDays);
        s.setYellowWorkingDays(yellowWorkingDays);
        em.flush();
        audit.updated(before, s, reason);
        return s;
    }

    /** A new hall starts with the defaults the migration gave the first one (整改 5 working days, yellow 1 before). */
    @PermitAll
    public void open(@Observes HallOpened opened) {
        em.persist(RatingSettings.defaults());
    }
}
