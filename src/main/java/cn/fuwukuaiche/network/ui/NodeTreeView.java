package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.control.NodeService;
import cn.fuwukuaiche.network.control.NodeService.NodeForm;
import cn.fuwukuaiche.network.control.NodeService.NodeRow;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.NodeStatus;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jakarta.enterprise.context.Dependent;

/** 服务网点: the county → township → village tree with agents and cases per node; ADMIN edits and imports. */
@Dependent
@Route("network/nodes")
@PageTitle("服务网点 · 服务快车")
@Menu(title = "menu.network.nodes", order = 61, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
public class NodeTreeView extends VerticalLayout {

    private final NodeService nodes;
    private final boolean admin;
    private final TreeGrid<NodeRow> tree = new TreeGrid<>();
    private final Paragraph counts = new Paragraph();
    private List<NodeRow> rows = List.of();

    @Inject
    public NodeTreeView(NodeService nodes, CurrentUser currentUser) {
        this.nodes = nodes;
        this.admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        tree.setId("nodes-tree");
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        tree.addHierarchyColumn(r -> r.node().getName()).setHeader(getTranslation("network.node.name")).setWidth("300px").setFlexGrow(0);
        tree.addColumn(r -> r.node().getLevel().label()).setHeader(getTranslation("network.node.level")).setAutoWidth(true);
        tree.addColumn(r -> r.node().getCode()).setHeader(getTranslation("network.node.code")).setAutoWidth(true);
        tree.addColumn(NodeRow::agents).setHeader(getTranslation("network.node.agents")).setAutoWidth(true);
        tree.addColumn(NodeRow::openCases).setHeader(getTranslation("network.node.openCases")).setAutoWidth(true);
        tree.addColumn(NodeRow::casesThisYear).setHeader(getTranslation("network.node.casesThisYear")).setAutoWidth(true);
        tree.addColumn(r -> Objects.toString(r.node().getPhone(), "")).setHeader(getTranslation("network.node.phone")).setAutoWidth(true);
        tree.addColumn(r -> Objects.toString(r.node().getOpeningHours(), "")).setHeader(getTranslation("network.node.hours")).setFlexGrow(1);
        tree.addColumn(r -> r.node().getStatus().label()).setHeader(getTranslation("network.node.status")).setAutoWidth(true);
        if (admin) {
            tree.addComponentColumn(r -> {
                Button edit = new Button(getTranslation("action.edit"), e -> edit(r.node()));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return edit;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        counts.setId("nodes-counts");

        Anchor export = new Anchor(new StreamResource(getTranslation("menu.network.nodes") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("nodes-export");
        HorizontalLayout bar = new HorizontalLayout(export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (admin) {
            Button add = new Button(getTranslation("action.new"), VaadinIcon.PLUS.create(), e -> edit(null));
            add.setId("node-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.addComponentAsFirst(add);
            bar.add(Uploads.excel("nodes-import", bytes -> {
                NodeService.ImportResult r = nodes.importSheet(bytes);
                return getTranslation("network.import.nodesDone", r.created(), r.updated());
            }, this::refresh));
        }
        add(new H2(getTranslation("network.nodes.title")), counts, bar, tree);
        refresh();
    }

    private void refresh() {
        rows = nodes.rows(Times.today().withDayOfYear(1));
        TreeData<NodeRow> data = new TreeData<>();
        Map<Long, NodeRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.node().getId(), r));
        for (NodeRow r : rows) {
            ServiceNode parent = r.node().getParent();
            data.addItem(parent == null ? null : byId.get(parent.getId()), r);
        }
        tree.setDataProvider(new TreeDataProvider<>(data));
        rows.stream().filter(r -> r.node().getLevel() == NodeLevel.COUNTY).forEach(tree::expand);
        long towns = rows.stream().filter(r -> r.node().getLevel() == NodeLevel.TOWNSHIP).count();
        long villages = rows.stream().filter(r -> r.node().getLevel() == NodeLevel.VILLAGE).count();
        long agents = rows.stream().mapToLong(NodeRow::agents).sum();
        long open = rows.stream().mapToLong(NodeRow::openCases).sum();
        counts.setText(getTranslation("network.nodes.counts", towns, villages, agents, open));
    }

    private byte[] exportBytes() {
        List<ExcelExport.Column<NodeRow>> cols = new ArrayList<>();
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(0), r -> r.node().getCode()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(1), r -> r.node().getName()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(2), r -> r.node().getLevel().label()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(3), r -> r.node().getParent() == null ? "" : r.node().getParent().getCode()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(4), r -> r.node().getAddress()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(5), r -> r.node().getPhone()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(6), r -> r.node().getOpeningHours()));
        cols.add(new ExcelExport.Column<>(NodeService.SHEET_COLUMNS.get(7), r -> r.node().getStatus().label()));
        cols.add(new ExcelExport.Column<>(getTranslation("network.node.agents"), NodeRow::agents));
        cols.add(new ExcelExport.Column<>(getTranslation("network.node.openCases"), NodeRow::openCases));
        return ExcelExport.toBytes(getTranslation("menu.network.nodes"), cols, rows);
    }

    private void edit(ServiceNode existing) {
        EditDialog dialog = new EditDialog(existing == null ? getTranslation("network.node.new") : existing.getName(),
                getTranslation("action.save"), "node-save");
        EntityForm form = dialog.form();
        TextField code = form.field("code", new TextField(getTranslation("network.node.code")));
        code.setId("node-code");
        TextField name = form.field("name", new TextField(getTranslation("network.node.name")));
        name.setId("node-name");
        ComboBox<NodeLevel> level = form.field("level", new ComboBox<>(getTranslation("network.node.level"), NodeLevel.values()));
        level.setItemLabelGenerator(NodeLevel::label);
        level.setId("node-level");
        ComboBox<ServiceNode> parent = form.field("parentId", new ComboBox<>(getTranslation("network.node.parent")));
        parent.setItems(rows.stream().map(NodeRow::node).filter(n -> n.getLevel() != NodeLevel.VILLAGE).toList());
        parent.setItemLabelGenerator(ServiceNode::getName);
        parent.setClearButtonVisible(true);
        parent.setId("node-parent");
        TextField address = form.field("address", new TextField(getTranslation("network.node.address")));
        TextField phone = form.field("phone", new TextField(getTranslation("network.node.phone")));
        phone.setId("node-phone");
        TextField hours = form.field("openingHours", new TextField(getTranslation("network.node.hours")));
        ComboBox<NodeStatus> status = form.field("status", new ComboBox<>(getTranslation("network.node.status"), NodeStatus.values()));
        status.setItemLabelGenerator(NodeStatus::label);
        status.setValue(NodeStatus.OPEN);
        TextField reason = new TextField(getTranslation("network.reason"));
        if (existing != null) {
            code.setValue(existing.getCode());
            code.setReadOnly(true);
            name.setValue(existing.getName());
            level.setValue(existing.getLevel());
            if (existing.getParent() != null) {
                parent.getListDataView().getItems().filter(n -> n.getId().equals(existing.getParent().getId())).findFirst().ifPresent(parent::setValue);
            }
            address.setValue(Objects.toString(existing.getAddress(), ""));
            phone.setValue(Objects.toString(existing.getPhone(), ""));
            hours.setValue(Objects.toString(existing.getOpeningHours(), ""));
            status.setValue(existing.getStatus());
            form.field("reason", reason);
        }
        dialog.onSave(() -> {
            NodeForm f = new NodeForm(code.getValue(), name.getValue(), level.getValue(),
                    parent.getValue() == null ? null : parent.getValue().getId(), address.getValue(), phone.getValue(),
                    hours.getValue(), status.getValue());
            if (existing == null) {
                nodes.create(f);
            } else {
                nodes.update(existing.getId(), existing.getVersion(), f, reason.getValue());
            }
            EntityForm.saved(getTranslation("network.saved"));
            refresh();
        }).open();
    }
}
