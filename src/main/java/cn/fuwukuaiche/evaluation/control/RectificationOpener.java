package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Opens the rectification of a 差评 inside the caller's transaction (the pad, the API, the 回访 observer, the
 * demo seeder), with deadlines from the admin's calendar and the fix-days setting. When the calendar lacks a
 * year the deadlines need, the rectification opens without them and {@link #fillMissingDeadlines} completes
 * it once the administrator has entered that year: the rating is never lost for want of a calendar.
 */
@HallBound
@Dependent
public class RectificationOpener {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkCalendarProvider calendars;

    public Rectification open(Rating rating) {
        return open(rating, calendars.current(), RatingSettingsService.current(em).getFixWorkingDays());
    }

    public Rectification open(Rating rating, WorkCalendar cal, int fixDays) {
        if (!rating.isBad()) {
            throw new IllegalArgumentException("只有差评需要整改");
        }
        Rectification r = new Rectification(rating, rating.getRatedAt().toLocalDate(), fixDays);
        setDeadlines(r, cal);
        em.persist(r);
        return r;
    }

    /** Completes deadlines left open for want of a calendar year; returns how many were completed. */
    public int fillMissingDeadlines() {
        List<Rectification> missing = em.createQuery("select r from Rectification r where r.fixDue is null or r.callbackDue is null",
                Rectification.class).getResultList();
        if (missing.isEmpty()) {
            return 0;
        }
        WorkCalendar cal = calendars.current();
        int filled = 0;
        for (Rectification r : missing) {
            if (setDeadlines(r, cal)) {
                filled++;
            }
        }
        return filled;
    }

    private static boolean setDeadlines(Rectification r, WorkCalendar cal) {
        try {
            RectificationRules.Deadlines d = RectificationRules.deadlines(r.getOpenedOn(), r.getFixWorkingDays(), cal);
            r.setDeadlines(d.callbackDue(), d.fixDue());
            return true;
        } catch (UnknownYearException e) {
            return false;
        }
    }
}
