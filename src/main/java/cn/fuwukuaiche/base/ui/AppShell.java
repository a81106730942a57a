package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/**
 * Page-wide settings: server push for the live screens (default WEBSOCKET_XHR transport, so a login
 * still arrives as a real HTTP request) and the Party-red theme, plain CSS in
 * {@code src/main/frontend/themes/fwkc} (no npm build is possible on these machines).
 */
@Push
@Theme("fwkc")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("服务快车");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description", "县政务服务中心 · 服务快车");
    }
}
