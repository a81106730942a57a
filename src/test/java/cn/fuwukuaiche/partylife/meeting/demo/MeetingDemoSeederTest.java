package cn.fuwukuaiche.partylife.meeting.demo;

import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.partylife.meeting.control.CadenceLight;
import cn.fuwukuaiche.partylife.meeting.control.CadencePeriod;
import cn.fuwukuaiche.partylife.meeting.control.CadenceRules;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo county's cadence matrix shows all three colours whatever day it is loaded on (issue 17, "Done when"): the
 * seeder's plan ({@link MeetingDemoSeeder#heldOn}) over the default kinds of V70, lit by {@link CadenceRules} as the
 * matrix lights them, with the demo hall's 23-working-day lead for the 党小组会. A row fails if the demo lost a colour
 * on its date.
 */
class MeetingDemoSeederTest {

    private static final WorkCalendar CAL_2026 = WorkCalendar.of(ChinaHolidays2026.schedule());

    /** V70's kinds: code, held by the central branch, by joint branches, default cadence. */
    private record Kind(String code, boolean central, boolean joint, Cadence cadence) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("COMMITTEE", true, true, Cadence.TWO_MONTHS), new Kind("ASSEMBLY", true, true, Cadence.QUARTER),
            new Kind("GROUP", true, true, Cadence.MONTH), new Kind("LECTURE", true, true, Cadence.HALF_YEAR),
            new Kind("THEME_DAY", true, true, Cadence.MONTH), new Kind("LIFE", true, true, Cadence.YEAR),
            new Kind("LEADERSHIP_LIFE", true, false, Cadence.HALF_YEAR));

    @ParameterizedTest(name = "{0}: red {1}, yellow {2}, green {3}")
    @CsvSource({
            // loaded on        red  yellow  green   (at least this many cells of each colour)
            "2026-01-01,         2,   4,      20",
            "2026-01-05,         2,   4,      20",
            "2026-02-17,         2,   4,      20",  // 春节
            "2026-03-31,         2,   4,      20",
            "2026-04-01,         2,   4,      20",
            "2026-06-15,         2,   4,      20",
            "2026-10-01,         2,   4,      20",  // 国庆
            "2026-12-06,         2,   4,      20",  // the day gap 1 was found: every current period ends 31 Dec
            "2026-12-16,         2,   4,      20",
            "2026-12-31,         2,   4,      20",
            "2027-01-01,         2,   4,      20",  // a year the work calendar does not know: Monday to Friday
            "2027-07-15,         2,   4,      20",
    })
    void the_demo_shows_all_three_colours_on(LocalDate today, int red, int yellow, int green) {
        Map<CadenceLight, Integer> count = new EnumMap<>(CadenceLight.class);
        Random random = new Random(20260101L);
        for (int bi = 0; bi < 4; bi++) {
            for (Kind k : KINDS) {
                if (!(bi == 0 ? k.central() : k.joint())) {
                    continue;
                }
                List<CadenceRules.Rule> rules = List.of(new CadenceRules.Rule(k.cadence(), LocalDate.of(2000, 1, 1)));
                int warn = k.code().equals("GROUP") ? MeetingDemoSeeder.GROUP_WARN_WORKING_DAYS : CadenceRules.YELLOW_WORKING_DAYS;
                for (CadencePeriod p : MeetingDemoSeeder.periods(rules, today)) {
                    boolean held = MeetingDemoSeeder.heldOn(bi, k.code(), p, today, random) != null;
                    count.merge(CadenceRules.light(p, held, today, CAL_2026, warn), 1, Integer::sum);
                }
            }
        }
        assertTrue(count.getOrDefault(CadenceLight.RED, 0) >= red, "red " + count);
        assertTrue(count.getOrDefault(CadenceLight.YELLOW, 0) >= yellow, "yellow " + count);
        assertTrue(count.getOrDefault(CadenceLight.GREEN, 0) >= green, "green " + count);
    }
}
