package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.enterprise.context.Dependent;

/** A failed navigation shows a Chinese message with a reference number, never a stack trace. */
@Dependent
@AnonymousAllowed
public class ErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        return show("error.title", HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                new Paragraph(FriendlyErrorHandler.messageFor(parameter.getCaughtException())));
    }
}
