package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Inline;
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
        settings.setPageTitle(Messages.t("app.brand"));
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description", Messages.t("app.metaDescription"));
        settings.addFavIcon("icon", "favicon.ico", "64x64");
        // 适老化: the large-type choice stored in this browser applies before the first paint
        settings.addInlineWithContents(Inline.Position.PREPEND, LargeTypeToggle.APPLY_STORED, Inline.Wrapping.JAVASCRIPT);
    }
}
