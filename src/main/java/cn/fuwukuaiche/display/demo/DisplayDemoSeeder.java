package cn.fuwukuaiche.display.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.display.entity.DisplayScreen;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;
import cn.fuwukuaiche.evaluation.control.DeviceKeys;
import jakarta.enterprise.context.Dependent;

import java.util.List;

/**
 * The demo county's screens (order 600), with fixed, documented keys: {@value #HALL_KEY} (一楼大厅, Party red,
 * full names) and {@value #DARK_KEY} (二楼等候区, dark, surname + 同志, a shorter rotation).
 */
@Dependent
public class DisplayDemoSeeder implements DemoSeeder {

    public static final String HALL_KEY = "demo-screen-hall";
    public static final String DARK_KEY = "demo-screen-dark";

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void seed(DemoContext ctx) {
        DisplayScreen hall = new DisplayScreen(DeviceKeys.hash(HALL_KEY), DeviceKeys.prefix(HALL_KEY), "admin");
        hall.setName("一楼大厅大屏");
        hall.setPlace("一楼大厅");
        hall.setPanels(List.of(Panel.values()));
        hall.setPanelSeconds(15);
        hall.setTheme(ScreenTheme.RED);
        hall.setNameDisplay(NameDisplay.FULL);
        ctx.em().persist(hall);

        DisplayScreen dark = new DisplayScreen(DeviceKeys.hash(DARK_KEY), DeviceKeys.prefix(DARK_KEY), "admin");
        dark.setName("二楼等候区电视");
        dark.setPlace("二楼等候区");
        dark.setPanels(List.of(Panel.FLAG, Panel.MODEL_POSTS, Panel.STARS, Panel.SATISFACTION, Panel.NOTICES, Panel.NETWORK,
                Panel.EXEMPLARS, Panel.CONTESTS));
        dark.setPanelSeconds(12);
        dark.setTheme(ScreenTheme.DARK);
        dark.setNameDisplay(NameDisplay.SURNAME);
        ctx.em().persist(dark);
    }
}
