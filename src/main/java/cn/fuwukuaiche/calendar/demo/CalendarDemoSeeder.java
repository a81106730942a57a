package cn.fuwukuaiche.calendar.demo;

import cn.fuwukuaiche.calendar.control.BuiltInCalendars;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import jakarta.enterprise.context.Dependent;

/** The demo county's calendar: the 2025 and 2026 State Council schedules (if the startup bean has not entered them). */
@Dependent
public class CalendarDemoSeeder implements DemoSeeder {

    @Override
    public int order() {
        return 150;
    }

    @Override
    public void seed(DemoContext context) {
        BuiltInCalendars.insertMissing(context.em());
    }
}
