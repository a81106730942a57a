package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;

import java.util.List;

/** What ADMIN fills in for a screen. {@link #validate()} names the first wrong field in Chinese. Plain Java. */
public record ScreenForm(String name, String place, List<Panel> panels, Integer secondsPerPanel, ScreenTheme theme,
                         NameDisplay nameDisplay) {

    public ScreenForm validate() {
        Input.requireSingleLine("name", "大屏名称", name);
        Input.requireSingleLine("place", "安放位置", place);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new BusinessException("name", "请填写大屏名称，如“一楼大厅大屏”");
        }
        if (n.length() > 64) {
            throw new BusinessException("name", "名称最多 64 个字");
        }
        String p = place == null ? "" : place.strip();
        if (p.isEmpty()) {
            throw new BusinessException("place", "请填写安放位置，如“一楼大厅”或某乡镇便民服务站");
        }
        if (p.length() > 64) {
            throw new BusinessException("place", "位置最多 64 个字");
        }
        if (panels == null || panels.isEmpty()) {
            throw new BusinessException("panels", "请至少选择一个板块");
        }
        if (secondsPerPanel == null || secondsPerPanel < PanelRotation.MIN_SECONDS || secondsPerPanel > PanelRotation.MAX_SECONDS) {
            throw new BusinessException("secondsPerPanel", "每个板块停留 " + PanelRotation.MIN_SECONDS + "–" + PanelRotation.MAX_SECONDS + " 秒");
        }
        if (theme == null) {
            throw new BusinessException("theme", "请选择主题");
        }
        if (nameDisplay == null) {
            throw new BusinessException("nameDisplay", "请选择姓名显示方式");
        }
        return new ScreenForm(n, p, List.copyOf(new java.util.LinkedHashSet<>(panels)), secondsPerPanel, theme, nameDisplay);
    }
}
