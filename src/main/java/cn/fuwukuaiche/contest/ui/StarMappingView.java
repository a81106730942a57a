package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.control.StarMappingService;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.EnumMap;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * ADMIN: which star (五星) a contest prize makes its winner a candidate for, e.g. 一等奖 → 业绩突出星. The honours
 * feature reads it through {@link StarMappingService#starCandidates}. Every change is audited with its reason.
 */
@Dependent
@Route("contests/stars")
@RolesAllowed(Role.Names.ADMIN)
public class StarMappingView extends VerticalLayout implements HasDynamicTitle {

    private final StarMappingService contests;
    /** The choice "no star" in each box. */
    private final String none = getTranslation("contest.stars.none");
    private final Map<Prize, ComboBox<String>> boxes = new EnumMap<>(Prize.class);
    private final TextField reason = new TextField();

    @Inject
    public StarMappingView(StarMappingService contests) {
        this.contests = contests;
        setMaxWidth("760px");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        for (Prize p : Prize.values()) {
            ComboBox<String> box = new ComboBox<>(p.label());
            box.setId("star-" + p.name().toLowerCase());
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(none);
            items.addAll(StarMappingService.STARS);
            box.setItems(items);
            boxes.put(p, box);
            form.add(box);
        }
        reason.setLabel(getTranslation("contest.stars.reason"));
        reason.setId("star-reason");
        reason.setWidthFull();
        form.add(reason, 2);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("star-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(getTranslation("menu.contests"), e -> getUI().ifPresent(ui -> ui.navigate(ContestAdminView.class)));
        add(new H2(getTranslation("contest.stars.title")), new Paragraph(getTranslation("contest.stars.hint")), form,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(back, save));
        load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.stars.pageTitle");
    }

    private void load() {
        Map<Prize, String> now = contests.starMapping();
        boxes.forEach((p, box) -> box.setValue(now.getOrDefault(p, none)));
        reason.clear();
    }

    private void save() {
        reason.setInvalid(false);
        Map<Prize, String> m = new EnumMap<>(Prize.class);
        boxes.forEach((p, box) -> m.put(p, box.getValue() == null || none.equals(box.getValue()) ? null : box.getValue()));
        try {
            int n = contests.saveStarMapping(m, reason.getValue());
            Notification.show(getTranslation("contest.stars.saved", n), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (BusinessException ex) {
            if ("reason".equals(ex.field())) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            } else {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }
}
