package cn.fuwukuaiche.calendar.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * On a start with an empty calendar (a fresh installation, demo or not), enters the built-in 2025 and 2026
 * schedules so deadlines work from the first day; later years are the administrator's to enter.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class CalendarStartup {

    private static final Logger LOG = Logger.getLogger(CalendarStartup.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @PostConstruct
    void loadDefaults() {
        long years = em.createQuery("select count(y) from CalendarYear y", Long.class).getSingleResult();
        if (years > 0) {
            return;
        }
        List<Integer> inserted = BuiltInCalendars.insertMissing(em);
        if (!inserted.isEmpty()) {
            audit.event(AuditAction.SYSTEM, "工作日历", null, "首次启动：载入内置的 " + inserted + " 年节假日安排", null, null);
            LOG.info("工作日历：已载入内置的 " + inserted + " 年节假日安排");
        }
    }
}
