package cn.fuwukuaiche.partylife.report.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.partylife.report.control.ItemDef;
import cn.fuwukuaiche.partylife.report.control.YearTemplateService;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/**
 * 统计表模板 (ADMIN): the items of a year's form; add a typed item after the chosen one, rename it or change its unit,
 * drop it — only for a year not yet reported (the service refuses otherwise), each with a reason for the audit.
 */
@Dependent
@Route("party/year-report/template")
@RolesAllowed(Role.Names.ADMIN)
public class YearTemplateView extends VerticalLayout implements HasDynamicTitle {

    private final YearTemplateService templates;
    private final IntegerField year = new IntegerField();
    private final Grid<ItemDef> grid = new Grid<>();

    @Inject
    public YearTemplateView(YearTemplateService templates) {
        this.templates = templates;
        setWidthFull();
        year.setLabel(getTranslation("yearreport.year"));
        year.setId("yt-year");
        year.setValue(Times.today().getYear() + 1);
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        grid.setId("yt-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ItemDef::section).setHeader(getTranslation("yearreport.template.section")).setAutoWidth(true);
        grid.addColumn(ItemDef::group).setHeader(getTranslation("yearreport.template.group")).setAutoWidth(true);
        grid.addColumn(ItemDef::label).setHeader(getTranslation("yearreport.item")).setFlexGrow(1);
        grid.addColumn(ItemDef::unit).setHeader(getTranslation("yearreport.unit")).setAutoWidth(true);
        grid.addColumn(i -> i.source().label() + (i.formula() == null ? "" : " " + i.formula()))
                .setHeader(getTranslation("yearreport.template.source")).setAutoWidth(true);
        grid.addColumn(ItemDef::code).setHeader(getTranslation("yearreport.template.code")).setAutoWidth(true);
        grid.setHeight("65vh");
        Button add = new Button(getTranslation("yearreport.template.add"), VaadinIcon.PLUS.create(), e -> edit(true));
        add.setId("yt-add");
        Button rename = new Button(getTranslation("yearreport.template.rename"), VaadinIcon.EDIT.create(), e -> edit(false));
        rename.setId("yt-rename");
        Button drop = new Button(getTranslation("yearreport.template.drop"), VaadinIcon.TRASH.create(), e -> drop());
        drop.setId("yt-drop");
        HorizontalLayout bar = new HorizontalLayout(year, add, rename, drop);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("yearreport.template.title")), new Paragraph(getTranslation("yearreport.template.help")), bar, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("yearreport.template.title") + " · " + getTranslation("app.brand");
    }

    private void refresh() {
        if (year.getValue() != null) {
            grid.setItems(templates.items(year.getValue()));
        }
    }

    private void edit(boolean adding) {
        ItemDef selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            EntityForm.saved(getTranslation("yearreport.template.pick"));
            return;
        }
        EditDialog d = new EditDialog(getTranslation(adding ? "yearreport.template.add" : "yearreport.template.rename"), "yt-save");
        EntityForm form = d.form();
        TextField code = form.field("code", new TextField(getTranslation("yearreport.template.code")));
        code.setId("yt-code");
        code.setValue(adding ? "" : selected.code());
        code.setReadOnly(!adding);
        TextField label = form.field("label", new TextField(getTranslation("yearreport.item")));
        label.setId("yt-label");
        label.setValue(adding ? "" : selected.label());
        TextField unit = form.field("unit", new TextField(getTranslation("yearreport.unit")));
        unit.setId("yt-unit");
        unit.setValue(adding ? "" : selected.unit());
        TextField reason = form.field("reason", new TextField(getTranslation("yearreport.reason")));
        reason.setId("yt-reason");
        d.onSave(() -> {
            if (adding) {
                templates.addItem(year.getValue(), selected.code(), code.getValue(), label.getValue(), unit.getValue(), reason.getValue());
            } else {
                templates.renameItem(year.getValue(), selected.code(), label.getValue(), unit.getValue(), reason.getValue());
            }
            EntityForm.saved(getTranslation("yearreport.saved"));
            refresh();
        }).open();
    }

    private void drop() {
        ItemDef selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            EntityForm.saved(getTranslation("yearreport.template.pick"));
            return;
        }
        FinalStepDialog.ask(getTranslation("yearreport.template.drop"), getTranslation("yearreport.template.dropWhat", selected.label(),
                year.getValue()), getTranslation("yearreport.template.drop")).requireReason().onConfirm(r -> {
                    templates.dropItem(year.getValue(), selected.code(), r);
                    return getTranslation("yearreport.template.dropped");
                }).then(this::refresh).open();
    }
}
