package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.ExemplarCandidates;
import cn.fuwukuaiche.honour.control.ExemplarService;
import cn.fuwukuaiche.honour.entity.Exemplar;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;


/** 行业标兵: the list, and the leader's choice among the 一旗两岗五星 holders with a statement of deeds (goes to 公示). */
@Dependent
@Route("honour/exemplars")
@Menu(title = "menu.honour.exemplars", order = 53, icon = "vaadin:medal")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class ExemplarView extends VerticalLayout implements HasDynamicTitle {

    private final ExemplarService exemplars;
    private final Grid<Exemplar> grid = new Grid<>();

    @Inject
    public ExemplarView(ExemplarService exemplars, CurrentUser user) {
        this.exemplars = exemplars;
        setWidthFull();
        Button propose = new Button(getTranslation("honour.exemplar.propose"), VaadinIcon.PLUS.create(), e -> proposeDialog());
        propose.setId("exemplar-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setVisible(user.is(Role.LEADER));
        grid.setId("exemplar-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Exemplar::getTitle).setHeader(getTranslation("honour.exemplar.title")).setWidth("12em").setFlexGrow(0);
        grid.addColumn(Exemplar::getSubjectName).setHeader(getTranslation("honour.exemplar.subject")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(Exemplar::getBasis).setHeader(getTranslation("honour.exemplar.basis")).setWidth("14em");
        grid.addColumn(Exemplar::getDeeds).setHeader(getTranslation("honour.exemplar.deeds")).setWidth("24em").setFlexGrow(1);
        grid.addColumn(e -> e.getEndReason() == null ? e.getStatus().label()
                        : getTranslation("honour.exemplar.statusReason", e.getStatus().label(), e.getEndReason()))
                .setHeader(getTranslation("honour.exemplar.status")).setAutoWidth(true);
        grid.addColumn(e -> Times.format(e.getProposedAt())).setHeader(getTranslation("honour.exemplar.proposedAt")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.honour.exemplars")), propose, grid);
        grid.setItems(exemplars.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.honour.exemplars") + " · " + getTranslation("app.brand");
    }

    private void proposeDialog() {
        EditDialog d = new EditDialog(getTranslation("honour.exemplar.dialogTitle"), getTranslation("honour.exemplar.ok"), "exemplar-ok");
        EntityForm form = d.form();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("40em");
        ComboBox<ExemplarCandidates.Candidate> who = form.field("candidate", new ComboBox<>(getTranslation("honour.exemplar.candidate")));
        who.setItems(exemplars.candidates());
        // with the window, so two people of the same name can be told apart
        who.setItemLabelGenerator(c -> c.windowName() == null ? getTranslation("honour.exemplar.candidateLabel", c.name(), c.basis())
                : getTranslation("honour.exemplar.candidateWithWindow", c.name(), c.windowName(), c.basis()));
        who.setId("exemplar-candidate");
        who.setWidthFull();
        TextField title = form.field("title", new TextField(getTranslation("honour.exemplar.title"),
                getTranslation("honour.exemplar.defaultTitle", Times.today().getYear()), ""));
        title.setId("exemplar-title");
        TextArea deeds = form.field("deeds", new TextArea(getTranslation("honour.exemplar.deedsField")));
        deeds.setId("exemplar-deeds");
        deeds.setWidthFull();
        deeds.setMinHeight("8em");
        d.onSave(() -> {
            exemplars.propose(who.getValue() == null ? "" : who.getValue().key(), title.getValue(), deeds.getValue());
            HonourUi.success(getTranslation("honour.exemplar.done"));
            grid.setItems(exemplars.all());
        }).open();
    }
}
