package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.control.CaseLookupService;
import cn.fuwukuaiche.network.control.CaseLookupService.LookupResult;
import cn.fuwukuaiche.network.control.CaseLookupService.PublicCase;
import cn.fuwukuaiche.network.control.CaseLookupService.PublicStep;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.time.LocalDateTime;
import jakarta.enterprise.context.Dependent;

/**
 * 办件查询, for the public on a phone: case number + query code show the status and the steps. Nothing
 * private is shown; a wrong pair gets one generic message; attempts are limited per client address.
 */
@Dependent
@Route(value = "lookup", autoLayout = false)
@PageTitle("办件查询 · 服务快车")
@AnonymousAllowed
public class PublicLookupView extends PublicPage implements BeforeEnterObserver {

    private final CaseLookupService lookup;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final Div result = new Div();

    @Inject
    public PublicLookupView(CaseLookupService lookup) {
        super("network.lookup.title");
        this.lookup = lookup;
        VerticalLayout col = column();
        number.setLabel(getTranslation("network.lookup.number"));
        number.setPlaceholder("DB202611120001");
        number.setId("lookup-number");
        number.setWidthFull();
        number.setMaxLength(32);
        code.setLabel(getTranslation("network.lookup.code"));
        code.setId("lookup-code");
        code.setWidthFull();
        code.setMaxLength(16);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "off");
        Button search = new Button(getTranslation("network.lookup.submit"), e -> search());
        search.setId("lookup-submit");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.setWidthFull();
        search.addClickShortcut(Key.ENTER);
        Div form = card();
        form.add(number, code, search, new Paragraph(getTranslation("network.lookup.hint")));
        result.setId("lookup-result");
        result.setWidthFull();
        Anchor guide = new Anchor("guide", getTranslation("network.lookup.toGuide"));
        col.add(form, result, guide);
    }

    /** The receipt's QR code opens {@code /lookup?no=<case number>}: the number is filled in, the code is typed. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("no").map(String::strip)
                .filter(n -> n.length() <= 32 && n.matches("[A-Za-z0-9]+")).ifPresent(n -> {
                    number.setValue(n);
                    code.focus();
                });
    }

    private void search() {
        result.removeAll();
        String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        LookupResult r = lookup.lookup(address, number.getValue(), code.getValue());
        switch (r.outcome()) {
            case RATE_LIMITED -> result.add(message(getTranslation("network.lookup.limited",
                    Times.TIME.format(LocalDateTime.ofInstant(r.retryAt(), Times.ZONE)))));
            case NOT_FOUND -> result.add(message(getTranslation("network.lookup.notFound")));
            default -> result.add(found(r.found()));
        }
    }

    private Div message(String text) {
        Div d = card();
        d.setId("lookup-message");
        d.getStyle().set("border-left", "4px solid #c62828");
        d.add(new Span(text));
        return d;
    }

    private Div found(PublicCase c) {
        Div d = card();
        H2 item = new H2(c.itemName());
        item.getStyle().set("margin", "0 0 6px 0");
        Span state = new Span(c.stateLabel());
        state.setId("lookup-state");
        state.getStyle().set("font-weight", "600").set("margin-right", "10px");
        Div head = new Div(state, c.light() != null ? Lights.badge(c.light(), "")
                : Lights.handled(c.handledOnTime(), getTranslation("network.onTime"), getTranslation("network.late")));
        d.add(item, head,
                line("network.lookup.caseNumber", c.caseNumber()),
                line("network.case.current", c.currentNode()),
                line("network.case.accepted", Times.format(c.acceptedOn())),
                line("network.case.deadline", Times.format(c.deadline())));
        Div steps = new Div();
        steps.setId("lookup-steps");
        steps.getStyle().set("margin-top", "10px").set("border-left", "2px solid #c8102e").set("padding-left", "12px");
        for (PublicStep s : c.steps()) {
            Div row = new Div();
            row.addClassName("lookup-step");
            row.getStyle().set("margin-bottom", "8px");
            Span what = new Span(s.step());
            what.getStyle().set("font-weight", "600").set("margin-right", "8px");
            Span when = new Span(Times.format(s.at()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Div where = new Div(new Span(s.node() + (s.toNode() == null ? "" : " → " + s.toNode())));
            where.getStyle().set("font-size", "var(--lumo-font-size-s)");
            row.add(what, when, where);
            steps.add(row);
        }
        d.add(steps);
        return d;
    }

    private Div line(String key, String value) {
        Div l = new Div(new Span(getTranslation(key) + "：" + (value == null || value.isEmpty() ? "—" : value)));
        l.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return l;
    }
}
