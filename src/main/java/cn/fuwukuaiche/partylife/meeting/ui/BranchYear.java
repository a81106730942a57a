package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.Branch;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.List;

/** The branch and year choice the meeting pages share: the caller's branches (the first chosen) and this year. */
final class BranchYear {

    private BranchYear() {
    }

    static void setUp(ComboBox<Branch> branch, String branchId, List<Branch> branches, IntegerField year, Runnable refresh) {
        branch.setLabel(Messages.t("partylife.meeting.branch"));
        branch.setId(branchId);
        branch.setItems(branches);
        branch.setItemLabelGenerator(Branch::getName);
        branches.stream().findFirst().ifPresent(branch::setValue);
        branch.addValueChangeListener(e -> refresh.run());
        year.setLabel(Messages.t("partylife.meeting.year"));
        year.setValue(Times.today().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh.run());
    }
}
