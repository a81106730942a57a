package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.network.control.NetworkSettingsService;
import cn.fuwukuaiche.network.entity.NetworkSettings;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;


/** ADMIN sets the light thresholds, the hand-up limit and whether late approval tasks are deemed to agree. */
@Dependent
@Route("network/settings")
@PageTitle("三级网络设置 · 服务快车")
@Menu(title = "menu.network.settings", order = 65, icon = "vaadin:cog")
@RolesAllowed(Role.Names.ADMIN)
public class NetworkSettingsView extends VerticalLayout {

    private final NetworkSettingsService settings;
    private final IntegerField caseYellow = new IntegerField();
    private final IntegerField approvalYellow = new IntegerField();
    private final IntegerField handUp = new IntegerField();
    private final Checkbox deemed = new Checkbox();
    private final TextField reason = new TextField();
    private final EntityForm form = new EntityForm();
    private NetworkSettings current;

    @Inject
    public NetworkSettingsView(NetworkSettingsService settings) {
        this.settings = settings;
        setMaxWidth("760px");
        caseYellow.setLabel(getTranslation("network.settings.caseYellow"));
        caseYellow.setHelperText(getTranslation("network.settings.caseYellowHelp"));
        caseYellow.setId("settings-case-yellow");
        approvalYellow.setLabel(getTranslation("network.settings.approvalYellow"));
        approvalYellow.setId("settings-approval-yellow");
        handUp.setLabel(getTranslation("network.settings.handUp"));
        handUp.setHelperText(getTranslation("network.settings.handUpHelp"));
        handUp.setId("settings-hand-up");
        deemed.setLabel(getTranslation("network.settings.deemed"));
        deemed.setId("settings-deemed");
        reason.setLabel(getTranslation("network.reason"));
        reason.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.field("caseYellowDays", caseYellow);
        form.field("approvalYellowDays", approvalYellow);
        form.field("handUpDays", handUp);
        form.add(deemed);
        form.field("reason", reason);
        form.setColspan(reason, 2);
        add(new H2(getTranslation("network.settings.title")), new Paragraph(getTranslation("network.settings.intro")), form, save);
        load();
    }

    private void load() {
        current = settings.current();
        caseYellow.setValue(current.getCaseYellowDays());
        approvalYellow.setValue(current.getApprovalYellowDays());
        handUp.setValue(current.getHandUpDays());
        deemed.setValue(current.isDeemedAgree());
        reason.clear();
    }

    private void save() {
        form.save(() -> {
            settings.update(current.getVersion(), new NetworkSettingsService.SettingsForm(
                    caseYellow.getValue() == null ? -1 : caseYellow.getValue(), approvalYellow.getValue() == null ? -1 : approvalYellow.getValue(),
                    handUp.getValue() == null ? -1 : handUp.getValue(), deemed.getValue()), reason.getValue());
            EntityForm.saved(getTranslation("network.saved"));
            load();
        });
    }
}
