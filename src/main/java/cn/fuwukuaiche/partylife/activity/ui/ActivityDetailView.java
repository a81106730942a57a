package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.partylife.activity.control.ActivityService;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityPhoto;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.org.control.OrgDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/** One activity: what, when, where, who (领导干部 marked), the summary and its photos (through the service's branch check). */
@Dependent
@Route("party-life/activity")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ActivityDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ActivityService service;
    private final OrgDirectory org;

    @Inject
    public ActivityDetailView(ActivityService service, OrgDirectory org) {
        this.service = service;
        this.org = org;
        addClassName("activity-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        Activity a = service.activity(id);
        Map<Long, String> names = service.names();
        Button back = new Button(getTranslation("partylife.activity.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ActivitiesView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H2 title = new H2(a.getTitle());
        title.setId("activity-detail-title");
        add(back, title);
        line("partylife.activity.series", a.getSeries().getName());
        line("partylife.activity.date", a.getHeldOn().toString());
        line("partylife.activity.place", a.getPlace());
        line("partylife.activity.branch", org.branchNames().getOrDefault(a.getBranchId(), ""));
        line("partylife.activity.kind", ActivityTexts.kindLine(a));
        if (a.getPledgeDue() != null) {
            line("partylife.activity.pledgeDue", a.getPledgeDue().toString());
        }
        if (a.getPledgeNote() != null) {
            line("partylife.activity.pledgeNote", a.getPledgeNote());
        }
        line("partylife.activity.participants", a.getParticipants().stream()
                .map(p -> names.getOrDefault(p.getStaffId(), "#" + p.getStaffId()) + (p.isLeader() ? getTranslation("partylife.activity.leaderMark") : ""))
                .collect(Collectors.joining("、")));
        line("partylife.activity.screens", getTranslation(a.isOnScreens() ? "partylife.activity.onScreensShort" : "partylife.activity.notOnScreens"));
        if (a.getSummary() != null) {
            Paragraph summary = new Paragraph(a.getSummary());
            summary.setId("activity-detail-summary");
            summary.getStyle().set("white-space", "pre-wrap");
            add(summary);
        }
        Div photos = new Div();
        photos.setId("activity-detail-photos");
        photos.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        for (ActivityPhoto p : service.photos(a.getId())) {
            long pid = p.getId();
            Image img = new Image(new StreamResource(p.getFileName(), () -> new ByteArrayInputStream(service.photoContent(pid))), p.getFileName());
            img.addClassName("activity-detail-photo");
            img.setMaxWidth("320px");
            img.setMaxHeight("240px");
            photos.add(img);
        }
        if (photos.getComponentCount() == 0) {
            photos.add(new Span(getTranslation("partylife.activity.noPhotos")));
        }
        add(photos);
    }

    private void line(String key, String value) {
        Span label = new Span(getTranslation(key) + "：");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(label, new Span(value == null ? "" : value));
        row.addClassName("activity-detail-line");
        add(row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.activity.heading") + " · " + getTranslation("app.brand");
    }
}
