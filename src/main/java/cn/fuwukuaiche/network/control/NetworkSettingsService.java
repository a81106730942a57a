package cn.fuwukuaiche.network.control;

import jakarta.enterprise.event.Observes;
import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.network.entity.NetworkSettings;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/** The network's settings (light thresholds, hand-up limit, deemed agreement): everyone reads, ADMIN changes. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NetworkSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    WorkCalendarProvider calendars;

    /** The working-day calendar the network's deadlines and lights count in (today's, as maintained). */
    @PermitAll
    public WorkCalendar calendar() {
        return calendars.current();
    }

    /** The one row (Flyway inserts it); a missing row means the defaults. */
    @PermitAll
    public NetworkSettings current() {
        return em.createQuery("select s from NetworkSettings s order by s.id", NetworkSettings.class)
                .setMaxResults(1).getResultStream().findFirst().orElseGet(NetworkSettings::new);
    }

    public record SettingsForm(int caseYellowDays, int approvalYellowDays, int handUpDays, boolean deemedAgree) {
    }

    public NetworkSettings update(long expectedVersion, SettingsForm form, String reason) {
        validate(form);
        NetworkSettings s = current();
        if (s.getId() == null) {
            throw new BusinessException("设置记录缺失，请联系管理员检查数据库迁移");
        }
        if (s.getVersion() != expectedVersion) {
            throw new OptimisticLockException("三级网络设置已被他人修改");
        }
        Map<String, Object> before = s.auditState();
        s.setCaseYellowDays(form.caseYellowDays());
        s.setApprovalYellowDays(form.approvalYellowDays());
        s.setHandUpDays(form.handUpDays());
        s.setDeemedAgree(form.deemedAgree());
        em.flush();
        audit.updated(before, s, reason);
        return s;
    }

    static void validate(SettingsForm form) {
        if (form.caseYellowDays() < 0 || form.caseYellowDays() > 30) {
            throw new BusinessException("caseYellowDays", "临期提醒须在 0–30 个工作日之间");
        }
        if (form.approvalYellowDays() < 0 || form.approvalYellowDays() > 30) {
            throw new BusinessException("approvalYellowDays", "临期提醒须在 0–30 个工作日之间");
        }
        if (form.handUpDays() < 1 || form.handUpDays() > 20) {
            throw new BusinessException("handUpDays", "上交时限须在 1–20 个工作日之间");
        }
    }

    /** A new hall starts with the defaults the migration gave the first one. */
    @PermitAll
    public void open(@Observes HallOpened opened) {
        em.persist(new NetworkSettings());
    }
}
