package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.ui.ErrorPage;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.context.Dependent;

/** 无权访问, naming the roles that may open the page, instead of "page not found" (status 403). */
@Dependent
@AnonymousAllowed
public class ForbiddenView extends ErrorPage implements HasErrorParameter<ForbiddenException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        Paragraph who = new Paragraph(getTranslation("error.forbidden.roles", parameter.getException().getMessage()));
        who.setId("error-roles");
        return show("error.forbidden", HttpServletResponse.SC_FORBIDDEN, who);
    }
}
