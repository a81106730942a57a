package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.EChart;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.network.control.CatalogueHistory;
import cn.fuwukuaiche.network.control.ServiceItemService;
import cn.fuwukuaiche.network.control.ServiceItemService.ItemFilter;
import cn.fuwukuaiche.network.control.ServiceItemService.ItemForm;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.VillageCategory;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 服务事项 (the guide, for staff of the network): search, and for ADMIN add, edit, withdraw, import and
 * export; the catalogue's size over time shows the clean-ups.
 */
@Dependent
@Route("network/items")
@PageTitle("服务事项 · 服务快车")
@Menu(title = "menu.network.items", order = 62, icon = "vaadin:book")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class ServiceItemsView extends VerticalLayout {

    private final ServiceItemService items;
    private final OrgDirectory org;
    private final boolean admin;
    private final Grid<ServiceItem> grid = new Grid<>();
    private final TextField keyword = new TextField();
    private final ComboBox<ItemCategory> category = new ComboBox<>();
    private final ComboBox<VillageCategory> villageCategory = new ComboBox<>();
    private final ComboBox<NodeLevel> level = new ComboBox<>();
    private final Checkbox withdrawn = new Checkbox();
    private List<ServiceItem> shown = List.of();

    @Inject
    public ServiceItemsView(ServiceItemService items, OrgDirectory org, CurrentUser currentUser) {
        this.items = items;
        this.org = org;
        this.admin = currentUser.is(Role.ADMIN);
        setWidthFull();
        keyword.setPlaceholder(getTranslation("network.guide.keyword"));
        keyword.setId("items-keyword");
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        category.setPlaceholder(getTranslation("network.item.category"));
        category.setItems(ItemCategory.values());
        category.setItemLabelGenerator(ItemCategory::label);
        category.setClearButtonVisible(true);
        villageCategory.setPlaceholder(getTranslation("network.item.villageCategory"));
        villageCategory.setItems(VillageCategory.values());
        villageCategory.setItemLabelGenerator(VillageCategory::label);
        villageCategory.setClearButtonVisible(true);
        level.setPlaceholder(getTranslation("network.guide.level"));
        level.setItems(NodeLevel.values());
        level.setItemLabelGenerator(NodeLevel::label);
        level.setClearButtonVisible(true);
        withdrawn.setLabel(getTranslation("network.items.includeWithdrawn"));
        withdrawn.setId("items-withdrawn");
        keyword.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        villageCategory.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        withdrawn.addValueChangeListener(e -> refresh());

        grid.setId("items-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("480px");
        grid.addColumn(ServiceItem::getCode).setHeader(getTranslation("network.item.code")).setWidth("90px").setFlexGrow(0);
        grid.addColumn(ServiceItem::getName).setHeader(getTranslation("network.item.name")).setWidth("200px").setFlexGrow(2);
        grid.addColumn(i -> i.getCategory().label()).setHeader(getTranslation("network.item.category")).setAutoWidth(true);
        grid.addColumn(i -> i.getVillageCategory() == null ? "" : i.getVillageCategory().label())
                .setHeader(getTranslation("network.item.villageCategory")).setAutoWidth(true);
        grid.addColumn(ServiceItem::handlerLabel).setHeader(getTranslation("network.item.handler")).setWidth("200px").setFlexGrow(1);
        grid.addColumn(i -> ServiceItem.levelsLabel(i.getAcceptLevels())).setHeader(getTranslation("network.item.acceptLevels")).setAutoWidth(true);
        grid.addColumn(i -> ServiceItem.levelsLabel(i.getHandleLevels())).setHeader(getTranslation("network.item.handleLevels")).setAutoWidth(true);
        grid.addColumn(i -> i.getLegalDays() + " / " + i.getPromisedDays()).setHeader(getTranslation("network.item.daysShort")).setAutoWidth(true);
        grid.addColumn(ServiceItem::getFee).setHeader(getTranslation("network.item.fee")).setAutoWidth(true);
        grid.addColumn(i -> i.getStatus().label() + (i.getWithdrawnOn() == null ? "" : " " + Times.format(i.getWithdrawnOn())))
                .setHeader(getTranslation("network.item.status")).setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(i -> {
                Button edit = new Button(getTranslation("action.edit"), e -> edit(i));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                Button withdraw = new Button(getTranslation("network.item.withdraw"), e -> withdraw(i));
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                withdraw.setVisible(i.isActive());
                return new HorizontalLayout(edit, withdraw);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(i -> {
            VerticalLayout d = new VerticalLayout();
            d.setPadding(false);
            d.add(new com.vaadin.flow.component.html.Span(getTranslation("network.item.materials") + "：" + String.join("、", i.materialList())));
            d.add(new com.vaadin.flow.component.html.Pre(Objects.toString(i.getProcedureSteps(), "")));
            if (i.getWithdrawReason() != null) {
                d.add(new com.vaadin.flow.component.html.Span(getTranslation("network.item.withdrawReason") + "：" + i.getWithdrawReason()));
            }
            return d;
        }));

        Anchor export = new Anchor(new StreamResource(getTranslation("menu.network.items") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("items-export");
        HorizontalLayout filters = new HorizontalLayout(keyword, category, villageCategory, level, withdrawn, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        if (admin) {
            Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("item-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(add, Uploads.excel("items-import", bytes -> {
                ServiceItemService.ImportResult r = items.importSheet(bytes);
                return getTranslation("network.import.itemsDone", r.created(), r.updated(), r.withdrawn());
            }, this::refresh));
        }
        add(new H2(getTranslation("network.items.title")), filters, grid);
        if (admin || currentUser.is(Role.LEADER)) {
            EChart chart = new EChart("items-history", "240px");
            YearMonth now = YearMonth.from(Times.today());
            List<CatalogueHistory.Point> points = items.history(YearMonth.of(2024, 1), now);
            chart.setOption("{\"grid\":{\"left\":40,\"right\":20,\"top\":30,\"bottom\":30},\"tooltip\":{\"trigger\":\"axis\"},"
                    + "\"xAxis\":{\"type\":\"category\",\"data\":[" + points.stream().map(p -> EChart.str(p.month().toString()))
                    .collect(Collectors.joining(",")) + "]},\"yAxis\":{\"type\":\"value\",\"min\":0},"
                    + "\"series\":[{\"name\":" + EChart.str(getTranslation("network.items.historySeries"))
                    + ",\"type\":\"line\",\"step\":\"end\",\"itemStyle\":{\"color\":\"#c8102e\"},\"data\":["
                    + points.stream().map(p -> String.valueOf(p.items())).collect(Collectors.joining(",")) + "]}]}");
            add(new H3(getTranslation("network.items.history")), chart);
        }
        refresh();
    }

    private void refresh() {
        shown = items.list(new ItemFilter(keyword.getValue(), category.getValue(), villageCategory.getValue(), level.getValue(),
                withdrawn.getValue()));
        grid.setItems(shown);
    }

    private byte[] exportBytes() {
        List<ExcelExport.Column<ServiceItem>> cols = new ArrayList<>();
        for (int c = 0; c < ServiceItemService.SHEET_COLUMNS.size(); c++) {
            int col = c;
            cols.add(new ExcelExport.Column<>(ServiceItemService.SHEET_COLUMNS.get(c), i -> ServiceItemService.sheetRow(i).get(col)));
        }
        return ExcelExport.toBytes(getTranslation("menu.network.items"), cols, shown);
    }

    private void withdraw(ServiceItem item) {
        EditDialog dialog = new EditDialog(getTranslation("network.item.withdraw") + "：" + item.getName(),
                getTranslation("network.item.withdraw"), "item-withdraw-ok");
        dialog.saveButton().addThemeVariants(ButtonVariant.LUMO_ERROR);
        DatePicker on = dialog.form().field("withdrawnOn", ChineseDates.picker(getTranslation("network.item.withdrawnOn")));
        on.setValue(Times.today());
        TextField reason = dialog.form().field("reason", new TextField(getTranslation("network.item.withdrawReason")));
        reason.setId("item-withdraw-reason");
        reason.setWidthFull();
        dialog.onSave(() -> {
            items.withdraw(item.getId(), item.getVersion(), on.getValue(), reason.getValue());
            refresh();
        }).open();
    }

    private void edit(ServiceItem existing) {
        EditDialog dialog = new EditDialog(existing == null ? getTranslation("network.item.new") : existing.getName(),
                getTranslation("action.save"), "item-save");
        dialog.setWidth("820px");
        EntityForm form = dialog.form();
        TextField code = form.field("code", new TextField(getTranslation("network.item.code")));
        code.setId("item-code");
        TextField name = form.field("name", new TextField(getTranslation("network.item.name")));
        name.setId("item-name");
        ComboBox<ItemCategory> cat = form.field("category", new ComboBox<>(getTranslation("network.item.category"), ItemCategory.values()));
        cat.setItemLabelGenerator(ItemCategory::label);
        cat.setId("item-category");
        ComboBox<VillageCategory> vcat = form.field("villageCategory", new ComboBox<>(getTranslation("network.item.villageCategory"), VillageCategory.values()));
        vcat.setItemLabelGenerator(VillageCategory::label);
        vcat.setClearButtonVisible(true);
        ComboBox<Unit> unit = form.field("unitId", new ComboBox<>(getTranslation("network.item.unit"), org.units()));
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        ComboBox<ServiceWindow> window = form.field("windowId", new ComboBox<>(getTranslation("network.item.window")));
        window.setItemLabelGenerator(ServiceWindow::label);
        window.setClearButtonVisible(true);
        List<ServiceWindow> allWindows = org.windows();
        unit.addValueChangeListener(e -> {
            window.setItems(e.getValue() == null ? allWindows
                    : allWindows.stream().filter(w -> w.getUnit().getId().equals(e.getValue().getId())).toList());
        });
        window.setItems(allWindows);
        IntegerField legal = form.field("legalDays", new IntegerField(getTranslation("network.item.legalDays")));
        legal.setId("item-legal");
        IntegerField promised = form.field("promisedDays", new IntegerField(getTranslation("network.item.promisedDays")));
        promised.setId("item-promised");
        TextField fee = form.field("fee", new TextField(getTranslation("network.item.fee")));
        fee.setValue(getTranslation("network.item.feeFree"));
        DatePicker effective = ChineseDates.picker(getTranslation("network.item.effectiveFrom"));
        effective.setValue(Times.today());
        form.field("effectiveFrom", effective);
        CheckboxGroup<NodeLevel> accept = form.field("acceptLevels", new CheckboxGroup<>(getTranslation("network.item.acceptLevels")));
        accept.setItems(NodeLevel.values());
        accept.setItemLabelGenerator(NodeLevel::label);
        accept.setId("item-accept");
        CheckboxGroup<NodeLevel> handle = form.field("handleLevels", new CheckboxGroup<>(getTranslation("network.item.handleLevels")));
        handle.setItems(NodeLevel.values());
        handle.setItemLabelGenerator(NodeLevel::label);
        handle.setId("item-handle");
        TextArea materials = form.field("materials", new TextArea(getTranslation("network.item.materialsLines")));
        TextArea procedure = form.field("procedure", new TextArea(getTranslation("network.item.procedureLines")));
        form.setColspan(materials, 2);
        form.setColspan(procedure, 2);
        TextField reason = new TextField(getTranslation("network.reason"));
        if (existing != null) {
            code.setValue(existing.getCode());
            code.setReadOnly(true);
            name.setValue(existing.getName());
            cat.setValue(existing.getCategory());
            vcat.setValue(existing.getVillageCategory());
            if (existing.getUnit() != null) {
                unit.getListDataView().getItems().filter(u -> u.getId().equals(existing.getUnit().getId())).findFirst().ifPresent(unit::setValue);
            }
            if (existing.getWindow() != null) {
                window.getListDataView().getItems().filter(w -> w.getId().equals(existing.getWindow().getId())).findFirst().ifPresent(window::setValue);
            }
            legal.setValue(existing.getLegalDays());
            promised.setValue(existing.getPromisedDays());
            fee.setValue(existing.getFee());
            accept.setValue(existing.getAcceptLevels());
            handle.setValue(existing.getHandleLevels());
            materials.setValue(Objects.toString(existing.getMaterials(), ""));
            procedure.setValue(Objects.toString(existing.getProcedureSteps(), ""));
            effective.setValue(existing.getEffectiveFrom());
            form.field("reason", reason);
        }
        dialog.onSave(() -> {
            ItemForm f = new ItemForm(code.getValue(), name.getValue(), cat.getValue(), vcat.getValue(),
                    unit.getValue() == null ? null : unit.getValue().getId(), window.getValue() == null ? null : window.getValue().getId(),
                    procedure.getValue(), materials.getValue(), legal.getValue() == null ? -1 : legal.getValue(),
                    promised.getValue() == null ? -1 : promised.getValue(), fee.getValue(),
                    accept.getValue().isEmpty() ? EnumSet.noneOf(NodeLevel.class) : EnumSet.copyOf(accept.getValue()),
                    handle.getValue().isEmpty() ? EnumSet.noneOf(NodeLevel.class) : EnumSet.copyOf(handle.getValue()),
                    effective.getValue());
            if (existing == null) {
                items.create(f);
            } else {
                items.update(existing.getId(), existing.getVersion(), f, reason.getValue());
            }
            EntityForm.saved(getTranslation("network.saved"));
            refresh();
        }).open();
    }
}
