package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Unit;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The search box and the floor, unit and branch filters (and 显示已停用) that the staff and window lists share:
 * made alike in one place, each change reloads the list.
 */
record ListFilters(TextField text, ComboBox<Floor> floor, ComboBox<Unit> unit, ComboBox<Branch> branch, Checkbox inactive) {

    static ListFilters of(OrgService.Choices choices, String searchId, SerializableRunnable refresh) {
        TextField text = new TextField(Messages.t("org.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId(searchId);
        ComboBox<Floor> floor = OrgUi.filter(Messages.t("org.floor"), choices.floors());
        floor.setItemLabelGenerator(Floor::getName);
        ComboBox<Unit> unit = OrgUi.filter(Messages.t("org.unit"), choices.units());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setWidth("16em");
        ComboBox<Branch> branch = OrgUi.filter(Messages.t("org.branch"), choices.branches());
        branch.setItemLabelGenerator(Branch::getName);
        Checkbox inactive = new Checkbox(Messages.t("org.showInactive"));
        text.addValueChangeListener(e -> refresh.run());
        floor.addValueChangeListener(e -> refresh.run());
        unit.addValueChangeListener(e -> refresh.run());
        branch.addValueChangeListener(e -> refresh.run());
        inactive.addValueChangeListener(e -> refresh.run());
        return new ListFilters(text, floor, unit, branch, inactive);
    }
}
