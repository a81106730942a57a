package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.network.control.CaseService;
import cn.fuwukuaiche.network.control.CaseService.CaseFilter;
import cn.fuwukuaiche.network.control.CaseService.CaseRow;
import cn.fuwukuaiche.network.control.ServiceItemService;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.network.control.NodeService;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 代办件: an agent's cases (at or through their node), their inbox of handed-up cases and the new-case
 * form; for leaders and admins all cases and the overdue list.
 */
@Dependent
@Route("network/cases")
@PageTitle("代办件 · 服务快车")
@Menu(title = "menu.network.cases", order = 60, icon = "vaadin:clipboard-user")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class CasesView extends VerticalLayout {

    private final CaseService cases;
    private final ServiceItemService items;
    private final NodeService nodes;
    private final boolean agent;
    private final Grid<CaseRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<CaseState> state = new ComboBox<>();
    private final ComboBox<ServiceNode> node = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Tabs tabs = new Tabs();
    private final Tab mine;
    private final Tab second;
    private final Paragraph summary = new Paragraph();

    @Inject
    public CasesView(CaseService cases, ServiceItemService items, NodeService nodes, CurrentUser currentUser) {
        this.cases = cases;
        this.items = items;
        this.nodes = nodes;
        this.agent = currentUser.is(Role.AGENT) && !currentUser.isAny(Role.ADMIN, Role.LEADER);
        setSizeFull();

        mine = new Tab(getTranslation(agent ? "network.cases.tab.mine" : "network.cases.tab.all"));
        mine.setId("cases-tab-main");
        second = new Tab(getTranslation(agent ? "network.cases.tab.inbox" : "network.cases.tab.overdue"));
        second.setId(agent ? "cases-tab-inbox" : "cases-tab-overdue");
        tabs.add(mine, second);
        tabs.addSelectedChangeListener(e -> refresh());

        text.setPlaceholder(getTranslation("network.cases.search"));
        text.setId("cases-search");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        state.setPlaceholder(getTranslation("network.case.state"));
        state.setItems(CaseState.values());
        state.setItemLabelGenerator(CaseState::label);
        state.setClearButtonVisible(true);
        node.setPlaceholder(getTranslation("network.case.node"));
        node.setItemLabelGenerator(ServiceNode::getName);
        node.setClearButtonVisible(true);
        node.setVisible(!agent);
        if (!agent) {
            node.setItems(nodes.all());
        }
        from = ChineseDates.picker(null);
        from.setPlaceholder(getTranslation("network.from"));
        to = ChineseDates.picker(null);
        to.setPlaceholder(getTranslation("network.to"));
        text.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        node.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("network.cases.new"), VaadinIcon.PLUS.create(), e -> openNew());
        create.setId("case-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(agent);

        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> r.light() != null || r.handledOnTime() == null ? Lights.badge(r.light(), "—")
                        : Lights.handled(r.handledOnTime(), getTranslation("network.onTime"), getTranslation("network.late")))
                .setHeader(getTranslation("network.case.light")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.serviceCase().getCaseNumber()).setHeader(getTranslation("network.case.number")).setAutoWidth(true);
        grid.addColumn(r -> r.serviceCase().getItem().getName()).setHeader(getTranslation("network.case.item")).setFlexGrow(2);
        grid.addColumn(r -> r.serviceCase().getOriginNode().getName()).setHeader(getTranslation("network.case.origin")).setFlexGrow(1);
        grid.addColumn(r -> r.serviceCase().getCurrentNode().getName()).setHeader(getTranslation("network.case.current")).setFlexGrow(1);
        grid.addColumn(r -> r.serviceCase().getState().label()).setHeader(getTranslation("network.case.state")).setAutoWidth(true);
        grid.addColumn(r -> Times.format(r.serviceCase().getEntrustedAt().toLocalDate())).setHeader(getTranslation("network.case.entrusted")).setAutoWidth(true);
        grid.addColumn(r -> Times.format(r.serviceCase().getDeadline())).setHeader(getTranslation("network.case.deadline")).setAutoWidth(true);
        grid.addColumn(r -> r.workingDaysLeft() == null ? "" : String.valueOf(r.workingDaysLeft()))
                .setHeader(getTranslation("network.case.daysLeft")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, e.getItem().serviceCase().getId())));

        HorizontalLayout filters = new HorizontalLayout(text, state, node, from, to, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        summary.setId("cases-summary");
        add(new H2(getTranslation("network.cases.title")), tabs, filters, summary, grid);
        refresh();
    }

    private void refresh() {
        List<CaseRow> rows;
        boolean main = tabs.getSelectedTab() == mine;
        if (main) {
            rows = cases.list(new CaseFilter(text.getValue(), state.getValue(), node.getValue() == null ? null : node.getValue().getId(),
                    from.getValue(), to.getValue()));
        } else if (agent) {
            rows = cases.inbox();
        } else {
            rows = cases.overdue(true);
        }
        grid.setItems(rows);
        long red = rows.stream().filter(r -> r.light() == cn.fuwukuaiche.calendar.DeadlineLight.RED).count();
        summary.setText(getTranslation("network.cases.summary", rows.size(), red));
    }

    private void openNew() {
        List<ServiceItem> acceptable;
        try {
            acceptable = items.acceptableAt(nodeLevel());
        } catch (BusinessException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        EditDialog dialog = new EditDialog(getTranslation("network.cases.new"), getTranslation("network.case.entrust"), "case-save");
        dialog.setWidth("640px");
        EntityForm form = dialog.form();
        ComboBox<ServiceItem> item = form.field("itemId", new ComboBox<>(getTranslation("network.case.item")));
        item.setId("case-item");
        item.setWidthFull();
        item.setItemLabelGenerator(i -> i.getName() + "（" + i.getCode() + "）");
        item.setItems(acceptable);
        TextField name = form.field("applicantName", new TextField(getTranslation("network.case.applicant")));
        name.setId("case-applicant");
        TextField phone = form.field("applicantPhone", new TextField(getTranslation("network.case.phone")));
        phone.setId("case-phone");
        TextArea request = form.field("request", new TextArea(getTranslation("network.case.request")));
        request.setId("case-request");
        request.setWidthFull();
        CheckboxGroup<String> materials = form.field("materials", new CheckboxGroup<>(getTranslation("network.case.materials")));
        materials.setId("case-materials");
        form.setColspan(item, 2);
        form.setColspan(request, 2);
        form.setColspan(materials, 2);
        Paragraph hint = new Paragraph();
        hint.addClassName("notice-warning");
        hint.setVisible(false);
        item.addValueChangeListener(e -> {
            ServiceItem i = e.getValue();
            materials.setItems(i == null ? List.of() : i.materialList());
            materials.setValue(i == null ? java.util.Set.of() : new HashSet<>(i.materialList()));
            hint.setVisible(i != null);
            if (i != null) {
                hint.setText(getTranslation("network.case.itemHint", i.getPromisedDays(), ServiceItem.levelsLabel(i.getHandleLevels()), i.getFee()));
            }
        });
        dialog.addComponentAsFirst(hint);
        dialog.add(new Paragraph(getTranslation("network.case.materialsHint")));
        dialog.onSave(() -> {
            CaseService.Receipt r = cases.create(new CaseService.CaseForm(item.getValue() == null ? null : item.getValue().getId(),
                    name.getValue(), phone.getValue(), request.getValue(), materials.getValue()));
            Notification n = Notification.show(getTranslation(r.state() == CaseState.ACCEPTED ? "network.case.created" : "network.case.createdPending",
                    r.caseNumber(), r.queryCode(), Times.format(r.deadline())), 20000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, r.caseId()));
        }).open();
    }

    private cn.fuwukuaiche.network.entity.NodeLevel nodeLevel() {
        return cases.myNode().getLevel();
    }
}
