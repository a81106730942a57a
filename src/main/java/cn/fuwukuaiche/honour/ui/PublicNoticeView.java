package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PublicFrame;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.control.ObjectionLimitException;
import cn.fuwukuaiche.honour.control.ObjectionLimits;
import cn.fuwukuaiche.honour.entity.ObjectorKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 公示 for everyone, no login: the notices now open (honour, person or window, reason, period) and the
 * results published lately (公示结果). Objections are real-name: a person gives name and phone, a unit its
 * name, a contact and a phone; the phone is never shown anywhere public.
 */
@Dependent
@Route(value = "public/notices", autoLayout = false)
@AnonymousAllowed
public class PublicNoticeView extends VerticalLayout implements HasDynamicTitle {

    private final NoticeService notices;
    private final VerticalLayout column = new VerticalLayout();

    private final ObjectionLimits limits;

    @Inject
    public PublicNoticeView(NoticeService notices, ObjectionLimits limits) {
        this.notices = notices;
        this.limits = limits;
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        getStyle().set("background", "#fffaf5").set("min-height", "100vh");
        addClassName("public-page");
        Header band = PublicFrame.band(getTranslation("app.hall") + " · " + getTranslation("honour.public.heading"));
        column.setWidthFull();
        column.setMaxWidth("720px");
        column.getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        column.setId("public-notices");
        PublicFrame.main(column);
        add(band, column);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("honour.public.title") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        column.removeAll();
        column.add(new Paragraph(getTranslation("honour.public.intro")));
        var list = notices.publicNotices();
        if (list.isEmpty()) {
            column.add(new Span(getTranslation("honour.public.none")));
        }
        list.forEach(n -> column.add(card(n)));
    }

    private Div card(NoticeService.PublicLine n) {
        Div d = new Div();
        d.addClassNames("notice-card", "public-card");
        d.getElement().setAttribute("data-notice", String.valueOf(n.id()));
        d.getStyle().set("background", "#fff").set("border-radius", "8px").set("box-shadow", "0 1px 3px rgba(0,0,0,.12)")
                .set("padding", "12px 14px").set("width", "100%").set("box-sizing", "border-box")
                .set("border-left", "5px solid " + (n.open() ? "#c8102e" : "#8c8c8c"));
        H2 t = new H2(getTranslation("honour.public.cardTitle", n.honour(), n.subject()));
        t.getStyle().set("margin", "0 0 6px 0");
        d.add(t, new Paragraph(n.reason()));
        d.add(HonourUi.muted(getTranslation("honour.public.period", Times.format(n.from()), Times.format(n.until()), n.status())));
        if (n.result() != null) {
            Paragraph r = new Paragraph(getTranslation(n.ended() ? "honour.public.ended" : "honour.public.result",
                    Times.format(n.resultOn()), n.result()));
            r.addClassName("notice-result");
            r.getStyle().set("font-weight", "bold");
            d.add(r);
        }
        if (n.open()) {
            Button object = new Button(getTranslation("honour.public.object"));
            object.addClassName("notice-object");
            object.addClickListener(e -> {
                object.setVisible(false);
                d.add(objectionForm(n));
            });
            d.add(object);
        }
        return d;
    }

    private VerticalLayout objectionForm(NoticeService.PublicLine n) {
        RadioButtonGroup<ObjectorKind> kind = new RadioButtonGroup<>(getTranslation("honour.public.kind"));
        kind.setItems(ObjectorKind.values());
        kind.setItemLabelGenerator(ObjectorKind::label);
        kind.setValue(ObjectorKind.PERSON);
        kind.setId("objection-kind");
        TextField name = new TextField(getTranslation("honour.public.name"));
        name.setId("objection-name");
        TextField contact = new TextField(getTranslation("honour.public.contact"));
        contact.setId("objection-contact");
        contact.setVisible(false);
        TextField phone = new TextField(getTranslation("honour.public.phone"));
        phone.setId("objection-phone");
        TextArea content = new TextArea(getTranslation("honour.public.content"));
        content.setId("objection-content");
        content.setWidthFull();
        content.setMaxLength(2000);
        kind.addValueChangeListener(e -> {
            boolean unit = e.getValue() == ObjectorKind.UNIT;
            name.setLabel(unit ? getTranslation("honour.public.unitName") : getTranslation("honour.public.name"));
            contact.setVisible(unit);
        });
        VerticalLayout form = new VerticalLayout(kind, name, contact, phone, content);
        form.setPadding(false);
        Span refused = new Span();
        refused.setId("objection-refused");
        refused.getStyle().set("color", "var(--lumo-error-text-color)");
        refused.setVisible(false);
        Button submit = new Button(getTranslation("honour.public.submit"));
        submit.setId("objection-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            for (var f : new com.vaadin.flow.component.HasValidation[]{kind, name, contact, phone, content}) {
                f.setInvalid(false);
            }
            refused.setVisible(false);
            try {
                notices.object(clientAddress(), n.id(), kind.getValue(), name.getValue(), contact.getValue(), phone.getValue(), content.getValue());
                form.removeAll();
                Span ok = new Span(getTranslation("honour.public.accepted"));
                ok.setId("objection-accepted");
                ok.getStyle().set("color", "#237804");
                form.add(ok);
            } catch (ObjectionLimitException ex) {
                // beside the form, which keeps everything typed so it can be sent later
                refused.setText(getTranslation("honour.public.objectionLimited", ex.maxPerHour(), Times.TIME.format(ex.retryAt())));
                refused.setVisible(true);
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("kind", kind, "name", name, "contact", contact, "phone", phone, "content", content));
            }
        });
        form.add(submit, refused);
        return form;
    }

    /** The client's address as the objection limit counts it (X-Forwarded-For only behind trusted proxies). */
    private String clientAddress() {
        VaadinRequest r = VaadinRequest.getCurrent();
        return r == null ? null : limits.clientAddress(r.getRemoteAddr(), r.getHeader("X-Forwarded-For"));
    }
}
