package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.ExemplarCandidates;
import cn.fuwukuaiche.honour.control.ExemplarService;
import cn.fuwukuaiche.honour.entity.Exemplar;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;

/** 行业标兵: the list, and the leader's choice among the 一旗两岗五星 holders with a statement of deeds (goes to 公示). */
@Route("honour/exemplars")
@PageTitle("行业标兵 · 服务快车")
@Menu(title = "menu.honour.exemplars", order = 53, icon = "vaadin:medal")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class ExemplarView extends VerticalLayout {

    private final ExemplarService exemplars;
    private final Grid<Exemplar> grid = new Grid<>();

    @Inject
    public ExemplarView(ExemplarService exemplars, CurrentUser user) {
        this.exemplars = exemplars;
        setWidthFull();
        Button propose = new Button("评选行业标兵", VaadinIcon.PLUS.create(), e -> proposeDialog());
        propose.setId("exemplar-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.setVisible(user.is(Role.LEADER));
        grid.setId("exemplar-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Exemplar::getTitle).setHeader("称号").setAutoWidth(true);
        grid.addColumn(Exemplar::getSubjectName).setHeader("对象").setAutoWidth(true);
        grid.addColumn(Exemplar::getBasis).setHeader("荣誉依据").setWidth("14em");
        grid.addColumn(Exemplar::getDeeds).setHeader("主要事迹").setFlexGrow(1);
        grid.addColumn(e -> e.getStatus().label() + (e.getEndReason() == null ? "" : "：" + e.getEndReason()))
                .setHeader("状态").setAutoWidth(true);
        grid.addColumn(e -> Times.format(e.getProposedAt())).setHeader("评选时间").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("menu.honour.exemplars")), propose, grid);
        grid.setItems(exemplars.all());
    }

    private void proposeDialog() {
        Dialog d = new Dialog();
        d.setHeaderTitle("评选行业标兵（评选后进入公示）");
        ComboBox<ExemplarCandidates.Candidate> who = new ComboBox<>("对象（一旗两岗五星获得者）");
        who.setItems(exemplars.candidates());
        who.setItemLabelGenerator(c -> c.name() + " — " + c.basis());
        who.setId("exemplar-candidate");
        who.setWidthFull();
        TextField title = new TextField("称号", Times.today().getYear() + "年行业标兵", "");
        title.setId("exemplar-title");
        TextArea deeds = new TextArea("主要事迹（公示时向社会公开）");
        deeds.setId("exemplar-deeds");
        deeds.setWidthFull();
        deeds.setMinHeight("8em");
        VerticalLayout body = new VerticalLayout(who, title, deeds);
        body.setWidth("40em");
        d.add(body);
        Button ok = new Button("评选并公示", e -> {
            try {
                exemplars.propose(who.getValue() == null ? "" : who.getValue().key(), title.getValue(), deeds.getValue());
                d.close();
                HonourUi.success("已进入公示");
                grid.setItems(exemplars.all());
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("candidate", who, "title", title, "deeds", deeds));
            }
        });
        ok.setId("exemplar-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("取消", e -> d.close()), ok);
        d.open();
    }
}
