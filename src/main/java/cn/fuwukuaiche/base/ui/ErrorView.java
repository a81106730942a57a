package cn.fuwukuaiche.base.ui;

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

/** A failed navigation shows a Chinese message with a reference number, never a stack trace. */
@Dependent
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.title"));
        title.setId("error-title");
        add(title, new Paragraph(FriendlyErrorHandler.messageFor(parameter.getCaughtException())),
                new Anchor("/", getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
