package cn.fuwukuaiche.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.context.Dependent;

/** 无权访问, naming the roles that may open the page, instead of "page not found" (status 403). */
@Dependent
@AnonymousAllowed
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<ForbiddenException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.forbidden"));
        title.setId("error-title");
        Paragraph who = new Paragraph(getTranslation("error.forbidden.roles", parameter.getException().getMessage()));
        who.setId("error-roles");
        add(title, who, new Anchor("/", getTranslation("error.backHome")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
