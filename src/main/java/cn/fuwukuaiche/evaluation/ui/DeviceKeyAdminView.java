package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.hall.HallAddress;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.ShownOnceDialog;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.DeviceKeyService;
import cn.fuwukuaiche.evaluation.control.RatingSettingsService;
import cn.fuwukuaiche.evaluation.control.RectificationRules;
import cn.fuwukuaiche.evaluation.entity.RatingDeviceKey;
import cn.fuwukuaiche.evaluation.entity.RatingSettings;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;


/**
 * 评价器管理 (ADMIN): issue a device key for a window (shown once, with the pad's address), list and revoke
 * keys; and the 差评 settings: fix deadline 5, 10 or 15 working days, yellow-light warning.
 */
@Dependent
@Route("admin/rating-pads")
@PageTitle("评价器管理 · 服务快车")
@Menu(title = "menu.ratingPads", order = 76, icon = "vaadin:tablet")
@RolesAllowed(Role.Names.ADMIN)
public class DeviceKeyAdminView extends VerticalLayout {

    private final DeviceKeyService keys;
    private final RatingSettingsService settings;
    private final OrgDirectory org;
    private final Grid<RatingDeviceKey> grid = new Grid<>();
    private final RadioButtonGroup<Integer> fixDays = new RadioButtonGroup<>();
    private final IntegerField yellowDays = new IntegerField();
    private final EntityForm settingsForm = new EntityForm();
    private RatingSettings current;
    private final HallAddress address;

    @Inject
    public DeviceKeyAdminView(DeviceKeyService keys, RatingSettingsService settings, OrgDirectory org, HallAddress address) {
        this.keys = keys;
        this.address = address;
        this.settings = settings;
        this.org = org;
        setSizeFull();

        fixDays.setLabel(getTranslation("pads.fixDays"));
        fixDays.setItems(RectificationRules.FIX_DAY_CHOICES);
        fixDays.setItemLabelGenerator(d -> getTranslation("rect.fixDays", d));
        fixDays.setId("setting-fix-days");
        yellowDays.setLabel(getTranslation("pads.yellowDays"));
        yellowDays.setStepButtonsVisible(true);
        yellowDays.setMin(0);
        yellowDays.setId("setting-yellow-days");
        settingsForm.bind("fixWorkingDays", fixDays);
        settingsForm.bind("yellowWorkingDays", yellowDays);
        Button saveSettings = new Button(getTranslation("action.save"), e -> saveSettings());
        saveSettings.setId("save-settings");
        HorizontalLayout settingsRow = new HorizontalLayout(fixDays, yellowDays, saveSettings);
        settingsRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        loadSettings();

        Button issue = new Button(getTranslation("pads.issue"), VaadinIcon.KEY.create(), e -> issue());
        issue.setId("issue-key");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("keys-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(k -> k.getKeyPrefix() + "…").setHeader(getTranslation("pads.prefix")).setAutoWidth(true);
        grid.addColumn(k -> k.getWindow().label()).setHeader(getTranslation("ratings.window")).setAutoWidth(true);
        grid.addColumn(k -> k.isPlatform() ? k.getLabel() + "（" + getTranslation("pads.platformMark") + "）" : k.getLabel())
                .setHeader(getTranslation("pads.label")).setFlexGrow(1);
        grid.addColumn(k -> Times.format(k.getIssuedAt()) + " " + k.getIssuedBy()).setHeader(getTranslation("pads.issued")).setAutoWidth(true);
        grid.addColumn(k -> Times.format(k.getLastUsedAt())).setHeader(getTranslation("pads.lastUsed")).setAutoWidth(true);
        grid.addColumn(k -> k.isRevoked() ? getTranslation("pads.revokedAt", Times.format(k.getRevokedAt()), k.getRevokeReason())
                : getTranslation("pads.active")).setHeader(getTranslation("rect.status")).setFlexGrow(1);
        grid.addComponentColumn(k -> {
            if (k.isRevoked()) {
                return new Span();
            }
            Button revoke = new Button(getTranslation("pads.revoke"), e -> revoke(k));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-" + k.getId());
            return revoke;
        }).setAutoWidth(true);

        add(new H2(getTranslation("pads.title")), new H3(getTranslation("pads.settings")), new Paragraph(getTranslation("pads.settingsHint")),
                settingsRow, new H3(getTranslation("pads.keys")), new Paragraph(getTranslation("pads.keysHint")), issue, grid);
        refresh();
    }

    private void loadSettings() {
        current = settings.current();
        fixDays.setValue(current.getFixWorkingDays());
        yellowDays.setValue(current.getYellowWorkingDays());
    }

    private void saveSettings() {
        settingsForm.save(() -> {
            settings.update(current.getVersion(), fixDays.getValue() == null ? 0 : fixDays.getValue(),
                    yellowDays.getValue() == null ? -1 : yellowDays.getValue(), null);
            loadSettings();
            EntityForm.saved(getTranslation("ratings.saved"));
        });
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private void issue() {
        EditDialog dialog = new EditDialog(getTranslation("pads.issue"), getTranslation("pads.issue"), "save-key");
        ComboBox<ServiceWindow> window = dialog.form().field("window", new ComboBox<>(getTranslation("ratings.window"), org.windows()));
        window.setItemLabelGenerator(ServiceWindow::label);
        window.setId("key-window");
        window.setWidthFull();
        TextField label = dialog.form().field("label", new TextField(getTranslation("pads.label")));
        label.setPlaceholder(getTranslation("pads.labelHint"));
        label.setId("key-label");
        label.setWidthFull();
        Checkbox platform = new Checkbox(getTranslation("pads.platform"));
        platform.setId("key-platform");
        platform.setTooltipText(getTranslation("pads.platformHint"));
        dialog.form().add(platform);
        dialog.form().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.onSave(() -> {
            DeviceKeyService.IssuedKey issued = keys.issue(window.getValue() == null ? null : window.getValue().getId(), label.getValue(),
                    platform.getValue());
            showOnce(issued);
            refresh();
        }).open();
    }

    private void showOnce(DeviceKeyService.IssuedKey issued) {
        new ShownOnceDialog("key-issued", getTranslation("pads.issuedTitle"), getTranslation("pads.issuedOnce"))
                .line(getTranslation("pads.key"), new Span(issued.key()), "issued-key")
                .line(getTranslation("pads.url"), new Span(address.of("pad/" + issued.key())), "issued-url").open();
    }

    private void revoke(RatingDeviceKey k) {
        EditDialog dialog = new EditDialog(getTranslation("pads.revokeTitle", k.getKeyPrefix(), k.getWindow().label()),
                getTranslation("pads.revoke"), "confirm-revoke");
        dialog.saveButton().removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("pads.revokeReason")));
        reason.setId("revoke-reason");
        reason.setWidthFull();
        dialog.onSave(() -> {
            keys.revoke(k.getId(), k.getVersion(), reason.getValue());
            refresh();
        }).open();
    }
}
