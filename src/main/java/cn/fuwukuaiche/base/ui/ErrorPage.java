package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * What the error pages share (not found, forbidden, failed): a Chinese title ({@code error-title}), what the caller
 * says about it, and the way back to the home page; the page answers with its HTTP status.
 */
public abstract class ErrorPage extends VerticalLayout {

    /** Shows {@code titleKey}'s words, then {@code details}, then 返回首页; returns {@code status} for the response. */
    protected int show(String titleKey, int status, Component... details) {
        removeAll();
        H2 title = new H2(getTranslation(titleKey));
        title.setId("error-title");
        add(title);
        add(details);
        add(new Anchor("/", getTranslation("error.backHome")));
        return status;
    }
}
