package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The cadence rules in plain Java (table test {@code CadenceRulesTest}): which periods a kind is due in during a
 * year when its cadence changed from some period on, the light of a period, and who counts as 应到 on a day.
 */
public final class CadenceRules {

    /** A period ends "soon" (yellow) when at most this many working days are left — the default of a kind. */
    public static final int YELLOW_WORKING_DAYS = 10;

    /** The longest lead a kind may have: half a year's working days. */
    public static final int MAX_WARN_WORKING_DAYS = 130;

    private CadenceRules() {
    }

    /** A kind's cadence from {@code from} (the first day of one of its periods) on. */
    public record Rule(Cadence cadence, LocalDate from) {
    }

    /** A staff member's time as a full or probationary member of a branch (and group), both ends inclusive. */
    public record Membership(long staffId, long branchId, Long groupId, LocalDate from, LocalDate to) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * The periods of {@code year} that a kind is due in: each period is judged by the rule in force on its first day
     * (the latest rule whose start is not after it), so a change applies from its period on and past periods keep
     * theirs. A rule {@link Cadence#NONE} (switched off) has no periods.
     */
    public static List<CadencePeriod> periods(List<Rule> rules, int year) {
        List<Rule> sorted = rules.stream().sorted(Comparator.comparing(Rule::from)).toList();
        List<CadencePeriod> out = new ArrayList<>();
        LocalDate day = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        while (!day.isAfter(yearEnd)) {
            Rule rule = inForce(sorted, day);
            if (rule == null || rule.cadence() == Cadence.NONE) {
                day = day.plusMonths(1).withDayOfMonth(1);
                continue;
            }
            CadencePeriod p = CadencePeriod.containing(rule.cadence(), day);
            if (p.start().equals(day)) {
                out.add(p);
                day = p.end().plusDays(1);
            } else {
                // a rule whose start is not a period start of its own cadence: wait for its next period
                day = p.end().plusDays(1);
            }
        }
        return out;
    }

    static Rule inForce(List<Rule> sortedRules, LocalDate day) {
        Rule found = null;
        for (Rule r : sortedRules) {
            if (!r.from().isAfter(day)) {
                found = r;
            }
        }
        return found;
    }

    /** Null when {@code from} starts a period of {@code cadence}; else the Chinese reason it does not. */
    public static String effectiveFromProblem(Cadence cadence, LocalDate from) {
        if (from == null) {
            return "请选择从哪个周期起执行";
        }
        if (cadence == Cadence.NONE) {
            return from.getDayOfMonth() == 1 ? null : "须从某月 1 日起执行";
        }
        return CadencePeriod.containing(cadence, from).start().equals(from) ? null
                : "须从一个" + cadence.label() + "周期的第一天起执行（如 " + CadencePeriod.containing(cadence, from).end().plusDays(1) + "）";
    }

    /**
     * Green once held; otherwise red when {@code today} is past the period's end, yellow when at most
     * {@link #YELLOW_WORKING_DAYS} working days of the period are left (the end day counts, today does not), else open.
     * A year the work calendar does not know counts Monday to Friday.
     */
    public static CadenceLight light(CadencePeriod period, boolean held, LocalDate today, WorkCalendar calendar) {
        return light(period, held, today, calendar, YELLOW_WORKING_DAYS);
    }

    /**
     * As {@link #light(CadencePeriod, boolean, LocalDate, WorkCalendar)} with the kind's own lead: yellow when at most
     * {@code warnWorkingDays} working days are left. A lead at least as long as the period (e.g. 23 for a monthly
     * kind: no month has more working days after its first) makes an unheld current period yellow from its first day.
     */
    public static CadenceLight light(CadencePeriod period, boolean held, LocalDate today, WorkCalendar calendar, int warnWorkingDays) {
        if (held) {
            return CadenceLight.GREEN;
        }
        if (today.isAfter(period.end())) {
            return CadenceLight.RED;
        }
        if (today.isBefore(period.start())) {
            return CadenceLight.OPEN; // not begun: a long lead must not light next month's period
        }
        return workingDaysLeft(today, period.end(), calendar) <= warnWorkingDays ? CadenceLight.YELLOW : CadenceLight.OPEN;
    }

    /** Null when {@code days} is a lead a kind may have (1 to {@link #MAX_WARN_WORKING_DAYS}); else the Chinese reason. */
    public static String warnDaysProblem(Integer days) {
        if (days == null) {
            return "请填写临期提醒的工作日数";
        }
        return days < 1 || days > MAX_WARN_WORKING_DAYS ? "临期提醒须在 1 至 " + MAX_WARN_WORKING_DAYS + " 个工作日之间" : null;
    }

    static int workingDaysLeft(LocalDate today, LocalDate end, WorkCalendar calendar) {
        try {
            if (calendar != null) {
                return calendar.workingDaysBetween(today, end);
            }
        } catch (UnknownYearException e) {
            // fall through: weekdays
        }
        int n = 0;
        for (LocalDate d = today.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    /**
     * 应到 on {@code day}: the staff whose membership of {@code branchId} covers the day — for a party group's
     * meeting ({@code groupId} not null) only those of that group.
     */
    public static Set<Long> expected(List<Membership> memberships, long branchId, Long groupId, LocalDate day) {
        Set<Long> out = new java.util.TreeSet<>();
        for (Membership m : memberships) {
            if (m.branchId() == branchId && (groupId == null || groupId.equals(m.groupId())) && m.covers(day)) {
                out.add(m.staffId());
            }
        }
        return out;
    }
}
