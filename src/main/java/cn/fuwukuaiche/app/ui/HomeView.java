package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.partylife.meeting.ui.PartyLifeHomeSection;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

import java.util.stream.Collectors;

/** The first page after login: who you are and what the portal holds. */
@Route("")
@PageTitle("首页 · 服务快车")
@Menu(title = "menu.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout {

    @Inject
    public HomeView(CurrentUser currentUser, PartyLifeHomeSection partyLife) {
        addClassName("home-view");
        currentUser.account().ifPresent(me -> {
            H2 welcome = new H2(getTranslation("home.welcome", me.getDisplayName()));
            welcome.setId("welcome");
            add(welcome,
                    new Paragraph(getTranslation("home.roles",
                            me.getRoles().stream().map(Role::label).collect(Collectors.joining("、")))),
                    new Paragraph(getTranslation("home.intro")));
        });
        add(partyLife);
    }
}
