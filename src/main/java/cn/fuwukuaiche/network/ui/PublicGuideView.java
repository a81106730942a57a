package cn.fuwukuaiche.network.ui;

import cn.fuwukuaiche.network.control.ServiceItemService;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceItem;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 服务指南 for the public on a phone: search the items in the catalogue by keyword, category and the level
 * where they can be applied for; each item opens to who handles it, the steps, the materials, the time
 * limits and the fee. Only catalogue facts: nothing private exists here.
 */
@Dependent
@Route(value = "guide", autoLayout = false)
@PageTitle("服务指南 · 服务快车")
@AnonymousAllowed
public class PublicGuideView extends PublicPage {

    private final ServiceItemService items;
    private final TextField keyword = new TextField();
    private final ComboBox<ItemCategory> category = new ComboBox<>();
    private final ComboBox<NodeLevel> level = new ComboBox<>();
    private final Span count = new Span();
    private final Div results = new Div();

    @Inject
    public PublicGuideView(ServiceItemService items) {
        super("network.guide.title");
        this.items = items;
        VerticalLayout col = column();
        keyword.setPlaceholder(getTranslation("network.guide.keyword"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setId("guide-keyword");
        keyword.setAriaLabel(getTranslation("network.guide.keyword"));
        keyword.setWidthFull();
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.LAZY);
        category.setPlaceholder(getTranslation("network.item.category"));
        category.setItems(ItemCategory.values());
        category.setItemLabelGenerator(ItemCategory::label);
        category.setClearButtonVisible(true);
        category.setId("guide-category");
        category.setAriaLabel(getTranslation("network.item.category"));
        category.setWidth("48%");
        level.setPlaceholder(getTranslation("network.guide.level"));
        level.setItems(NodeLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("network.guide.levelAt", l.label()));
        level.setClearButtonVisible(true);
        level.setId("guide-level");
        level.setAriaLabel(getTranslation("network.guide.level"));
        level.setWidth("48%");
        keyword.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        Div filters = new Div(keyword, category, level);
        filters.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "4%").set("width", "100%");
        count.setId("guide-count");
        count.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        results.setId("guide-results");
        results.setWidthFull();
        Anchor lookup = new Anchor("lookup", getTranslation("network.guide.toLookup"));
        col.add(filters, count, results, lookup);
        refresh();
    }

    private void refresh() {
        List<ServiceItem> found = items.searchPublic(keyword.getValue(), category.getValue(), level.getValue());
        count.setText(getTranslation("network.guide.count", found.size()));
        results.removeAll();
        for (ServiceItem i : found) {
            results.add(card(i));
        }
    }

    private Div card(ServiceItem i) {
        Span name = new Span(i.getName());
        name.getStyle().set("font-weight", "600");
        Span meta = new Span(i.getCategory().label() + (i.getVillageCategory() == null ? "" : " · " + i.getVillageCategory().label())
                + " · " + (i.getPromisedDays() == 0 ? getTranslation("network.guide.immediate")
                        : getTranslation("network.guide.promisedShort", i.getPromisedDays())));
        meta.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div summary = new Div(name, meta);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setSpacing(false);
        body.add(line("network.item.code", i.getCode()));
        if (!i.handlerLabel().isEmpty()) {
            body.add(line("network.item.handler", i.handlerLabel()));
        }
        body.add(line("network.item.acceptLevels", ServiceItem.levelsLabel(i.getAcceptLevels())),
                line("network.item.handleLevels", ServiceItem.levelsLabel(i.getHandleLevels())),
                line("network.item.days", getTranslation("network.item.daysValue", i.getLegalDays(), i.getPromisedDays())),
                line("network.item.fee", i.getFee()));
        body.add(heading("network.item.materials"));
        if (i.materialList().isEmpty()) {
            body.add(new Span(getTranslation("network.item.noMaterials")));
        } else {
            UnorderedList ul = new UnorderedList();
            i.materialList().forEach(m -> ul.add(new ListItem(m)));
            body.add(ul);
        }
        if (!i.procedureList().isEmpty()) {
            body.add(heading("network.item.procedure"));
            OrderedList ol = new OrderedList();
            i.procedureList().forEach(p -> ol.add(new ListItem(p.replaceFirst("^\\d+\\.\\s*", ""))));
            body.add(ol);
        }
        body.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Details details = new Details(summary, body);
        details.setWidthFull();
        Div c = card();
        c.addClassName("guide-item");
        c.getStyle().set("margin-bottom", "8px");
        c.add(details);
        return c;
    }

    private Span heading(String key) {
        Span s = new Span(getTranslation(key));
        s.getStyle().set("font-weight", "600").set("margin-top", "6px");
        return s;
    }

    private Div line(String key, String value) {
        return new Div(new Span(getTranslation(key) + "：" + value));
    }
}
