package cn.fuwukuaiche.audit.ui;

import cn.fuwukuaiche.audit.control.AuditQuery;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.audit.entity.AuditEntry;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/** The audit trail (操作留痕) for ADMIN and LEADER: filter by person, kind and date; export to Excel. */
@Route("audit")
@PageTitle("操作留痕 · 服务快车")
@Menu(title = "menu.audit", order = 85, icon = "vaadin:records")
// audit lies below security, so it names the two roles by their group names (ArchitectureTest checks them)
@Dependent
@RolesAllowed({"ADMIN", "LEADER"})
public class AuditView extends VerticalLayout {

    private static final int EXPORT_LIMIT = 100_000;

    private final AuditQuery audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;

    @Inject
    public AuditView(AuditQuery audit) {
        this.audit = audit;
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        from = ChineseDates.picker(getTranslation("audit.from"));
        to = ChineseDates.picker(getTranslation("audit.to"));
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        Anchor export = new Anchor(new StreamResource(getTranslation("audit.title") + ".xlsx", () -> new ByteArrayInputStream(exportBytes())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("audit-export");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> Times.format(a.getOccurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(a -> a.getAction().label()).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getEntityType).setHeader(getTranslation("audit.entityType")).setAutoWidth(true);
        grid.addColumn(AuditEntry::getSummary).setHeader(getTranslation("audit.summary")).setFlexGrow(2);
        grid.addColumn(AuditEntry::getReason).setHeader(getTranslation("audit.reason")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a ->
                new Pre(a.getChanges() == null ? getTranslation("audit.noChanges") : a.getChanges())));

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), filters, grid);
        refresh();
    }

    private AuditQuery.Filter filter() {
        return new AuditQuery.Filter(actor.getValue(), action.getValue(), null, from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditQuery.Filter f = filter();
        grid.setItems(query -> audit.find(f, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(f)));
    }

    private byte[] exportBytes() {
        List<AuditEntry> rows = audit.find(filter(), 0, EXPORT_LIMIT);
        return ExcelExport.toBytes(getTranslation("audit.title"), List.of(
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.time"), a -> Times.format(a.getOccurredAt())),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.actor"), AuditEntry::getActor),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.action"), a -> a.getAction().label()),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.entityType"), AuditEntry::getEntityType),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.entityId"), AuditEntry::getEntityId),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.summary"), AuditEntry::getSummary),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.changes"), AuditEntry::getChanges),
                new ExcelExport.Column<AuditEntry>(getTranslation("audit.reason"), AuditEntry::getReason)), rows);
    }
}
