package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.hall.HallAddress;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.ShownOnceDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.display.control.DisplayScreenService;
import cn.fuwukuaiche.display.control.ScreenForm;
import cn.fuwukuaiche.display.entity.DisplayScreen;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 大屏管理 (ADMIN): define screens (name, place, panels, seconds per panel, theme, how names show), see each
 * screen's address, change it (an attached screen shows the change at once), revoke its key or issue a new one.
 */
@Dependent
@Route("admin/screens")
@Menu(title = "menu.screens", order = 77, icon = "vaadin:desktop")
@RolesAllowed(Role.Names.ADMIN)
public class DisplayScreenAdminView extends VerticalLayout implements HasDynamicTitle {

    private final DisplayScreenService screens;
    private final HallAddress address;
    private final Grid<DisplayScreen> grid = new Grid<>();

    @Inject
    public DisplayScreenAdminView(DisplayScreenService screens, HallAddress address) {
        this.screens = screens;
        this.address = address;
        setSizeFull();
        Button create = new Button(getTranslation("display.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("screen-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("screens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(DisplayScreen::getName).setHeader(getTranslation("display.name")).setAutoWidth(true);
        grid.addColumn(DisplayScreen::getPlace).setHeader(getTranslation("display.place")).setAutoWidth(true);
        grid.addColumn(s -> String.join("、", s.panelList().stream().map(Panel::title).toList()))
                .setHeader(getTranslation("display.panels")).setWidth("24em").setFlexGrow(1);
        grid.addColumn(s -> getTranslation("display.seconds.value", s.getPanelSeconds())).setHeader(getTranslation("display.seconds"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.getTheme().label() + " · " + s.getNameDisplay().label()).setHeader(getTranslation("display.look"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.getKeyPrefix() + "…").setHeader(getTranslation("display.key")).setAutoWidth(true);
        grid.addColumn(s -> s.isRevoked() ? getTranslation("display.revokedAt", Times.format(s.getRevokedAt()), s.getRevokeReason())
                : getTranslation("display.active")).setHeader(getTranslation("display.status")).setAutoWidth(true);
        grid.addColumn(s -> s.getLastSeenAt() == null ? getTranslation("display.lastSeen.never") : Times.format(s.getLastSeenAt()))
                .setHeader(getTranslation("display.lastSeen")).setAutoWidth(true);
        grid.addComponentColumn(s -> {
            Button edit = new Button(getTranslation("action.edit"), e -> edit(s));
            edit.setId("screen-edit-" + s.getId());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button rekey = new Button(getTranslation("display.rekey"), e -> reason(s, true));
            rekey.setId("screen-rekey-" + s.getId());
            rekey.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout actions = new HorizontalLayout(edit, rekey);
            if (!s.isRevoked()) {
                Button revoke = new Button(getTranslation("display.revoke"), e -> reason(s, false));
                revoke.setId("screen-revoke-" + s.getId());
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                actions.add(revoke);
            }
            return actions;
        }).setAutoWidth(true);
        add(new H2(getTranslation("display.title")), new Paragraph(getTranslation("display.hint")), create, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("display.admin.pageTitle");
    }

    private void refresh() {
        grid.setItems(screens.list());
    }

    private void edit(DisplayScreen s) {
        EditDialog dialog = new EditDialog(getTranslation(s == null ? "display.new" : "display.edit"), "screen-save");
        dialog.setId("screen-dialog");
        dialog.setWidth("720px");
        EntityForm form = dialog.form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        TextField name = form.field("name", new TextField(getTranslation("display.name")));
        name.setId("screen-form-name");
        name.setPlaceholder(getTranslation("display.name.placeholder"));
        name.setWidthFull();
        TextField place = form.field("place", new TextField(getTranslation("display.place")));
        place.setId("screen-form-place");
        place.setPlaceholder(getTranslation("display.place.placeholder"));
        place.setWidthFull();
        CheckboxGroup<Panel> panels = form.field("panels", new CheckboxGroup<>(getTranslation("display.panels")));
        panels.setId("screen-form-panels");
        panels.setItems(Panel.values());
        panels.setItemLabelGenerator(Panel::title);
        IntegerField seconds = form.field("secondsPerPanel", new IntegerField(getTranslation("display.seconds")));
        seconds.setId("screen-form-seconds");
        seconds.setStepButtonsVisible(true);
        seconds.setMin(5);
        seconds.setMax(600);
        RadioButtonGroup<ScreenTheme> theme = form.field("theme", new RadioButtonGroup<>(getTranslation("display.theme")));
        theme.setId("screen-form-theme");
        theme.setItems(ScreenTheme.values());
        theme.setItemLabelGenerator(ScreenTheme::label);
        RadioButtonGroup<NameDisplay> names = form.field("nameDisplay", new RadioButtonGroup<>(getTranslation("display.nameDisplay")));
        names.setId("screen-form-names");
        names.setItems(NameDisplay.values());
        names.setItemLabelGenerator(NameDisplay::label);
        if (s == null) {
            panels.setValue(new java.util.LinkedHashSet<>(Arrays.asList(Panel.values())));
            seconds.setValue(15);
            theme.setValue(ScreenTheme.RED);
            names.setValue(NameDisplay.FULL);
        } else {
            name.setValue(s.getName());
            place.setValue(s.getPlace());
            panels.setValue(new java.util.LinkedHashSet<>(s.panelList()));
            seconds.setValue(s.getPanelSeconds());
            theme.setValue(s.getTheme());
            names.setValue(s.getNameDisplay());
        }
        dialog.onSave(() -> {
            // panels in the standard order (the order of the checkboxes)
            List<Panel> chosen = new ArrayList<>(Arrays.stream(Panel.values()).filter(panels.getValue()::contains).toList());
            ScreenForm f = new ScreenForm(name.getValue(), place.getValue(), chosen, seconds.getValue(), theme.getValue(), names.getValue());
            if (s == null) {
                showOnce(screens.create(f));
            } else {
                screens.update(s.getId(), s.getVersion(), f);
                EntityForm.saved(getTranslation("display.saved"));
            }
            refresh();
        }).open();
    }

    private void showOnce(DisplayScreenService.IssuedScreen issued) {
        String page = address.of("screen/" + issued.key());
        Anchor url = new Anchor(page, page);
        url.setTarget("_blank");
        new ShownOnceDialog("screen-issued", getTranslation("display.issuedTitle"), getTranslation("display.issuedOnce"))
                .line(getTranslation("display.url"), url, "issued-screen-url")
                .line(getTranslation("display.feed"), new Span(address.of("api/display/" + issued.key())), "issued-feed-url").open();
    }

    private void reason(DisplayScreen s, boolean rekey) {
        EditDialog dialog = new EditDialog(getTranslation(rekey ? "display.rekeyTitle" : "display.revokeTitle", s.getName()),
                getTranslation(rekey ? "display.rekey" : "display.revoke"), "screen-reason-save");
        if (!rekey) {
            dialog.saveButton().removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        dialog.addComponentAsFirst(new Paragraph(getTranslation(rekey ? "display.rekeyHint" : "display.revokeHint")));
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("display.reason")));
        reason.setId("screen-reason");
        reason.setWidthFull();
        dialog.form().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.onSave(() -> {
            if (rekey) {
                showOnce(screens.rekey(s.getId(), s.getVersion(), reason.getValue()));
            } else {
                screens.revoke(s.getId(), s.getVersion(), reason.getValue());
            }
            refresh();
        }).open();
    }
}
