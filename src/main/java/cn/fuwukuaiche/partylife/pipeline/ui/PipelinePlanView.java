package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.PlanLine;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/**
 * 发展计划: per branch, how many 发展对象 and 预备党员 the general branch planned for the year against how many were
 * made (确定发展对象) and approved (审批 as 预备党员); the leader sets the plan, a secretary sees his branch.
 */
@Dependent
@Route("party-life/pipeline/plan")
@Menu(title = "partylife.pipeline.menuPlan", order = 72, icon = "vaadin:chart-3d")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class PipelinePlanView extends VerticalLayout implements HasDynamicTitle {

    private final PipelineFileService files;
    private final IntegerField year = new IntegerField();
    private final Grid<PlanLine> grid = new Grid<>();

    @Inject
    public PipelinePlanView(PipelineFileService files, CurrentUser user) {
        this.files = files;
        boolean leader = user.isAny(Role.ADMIN, Role.LEADER);
        year.setLabel(getTranslation("partylife.pipeline.planYear"));
        year.setId("plan-year");
        year.setValue(Times.today().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        grid.setId("plan-grid");
        grid.addColumn(PlanLine::branch).setHeader(getTranslation("partylife.pipeline.branch")).setAutoWidth(true);
        grid.addColumn(l -> l.doneCandidates() + " / " + l.planCandidates()).setHeader(getTranslation("partylife.pipeline.planCandidates"))
                .setAutoWidth(true);
        grid.addColumn(l -> l.doneProbationaries() + " / " + l.planProbationaries())
                .setHeader(getTranslation("partylife.pipeline.planProbationaries")).setAutoWidth(true);
        if (leader) {
            grid.addComponentColumn(l -> new Button(getTranslation("partylife.pipeline.setPlan"), e -> edit(l)));
        }
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("partylife.pipeline.plan")), new Paragraph(getTranslation("partylife.pipeline.planIntro")), year, grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.pipeline.plan");
    }

    private void refresh() {
        grid.setItems(year.getValue() == null ? java.util.List.of() : files.plans(year.getValue()));
    }

    private void edit(PlanLine l) {
        EditDialog d = new EditDialog(l.branch() + " · " + year.getValue(), "plan-save");
        IntegerField candidates = d.form().field("candidates", new IntegerField(getTranslation("partylife.pipeline.planCandidatesInput")));
        candidates.setValue(l.planCandidates());
        IntegerField probationaries = d.form().field("probationaries", new IntegerField(getTranslation("partylife.pipeline.planProbationariesInput")));
        probationaries.setValue(l.planProbationaries());
        int y = year.getValue();
        d.onSave(() -> {
            files.setPlan(l.branchId(), y, l.planId(), l.planVersion(), candidates.getValue() == null ? -1 : candidates.getValue(),
                    probationaries.getValue() == null ? -1 : probationaries.getValue());
            EntityForm.saved(getTranslation("partylife.pipeline.planSaved"));
            refresh();
        }).open();
    }
}
