package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.context.Dependent;

/** A Chinese "page not found" instead of Vaadin's English route list. */
@Dependent
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.notFound"));
        title.setId("error-title");
        add(title, new Anchor("/", getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
