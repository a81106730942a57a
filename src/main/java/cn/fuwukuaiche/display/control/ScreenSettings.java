package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.display.entity.DisplayScreen;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;

import java.util.List;

/** A screen's configuration, detached from JPA; {@code key} is the key the screen was opened with. */
public record ScreenSettings(long id, String key, String name, String place, List<Panel> panels, int secondsPerPanel,
                             ScreenTheme theme, NameDisplay nameDisplay) {

    public ScreenSettings {
        panels = List.copyOf(panels);
    }

    public static ScreenSettings of(DisplayScreen s, String key) {
        return new ScreenSettings(s.getId(), key, s.getName(), s.getPlace(), s.panelList(), s.getPanelSeconds(), s.getTheme(),
                s.getNameDisplay());
    }

    public PanelRotation rotation() {
        return new PanelRotation(panels, secondsPerPanel);
    }
}
