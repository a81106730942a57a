package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * 公示管理: every notice with its period and pending objections; the objections of the selected notice (the
 * phone masked except for LEADER and ADMIN); the leader verifies or dismisses each with a reason, and
 * publishes the result once the period has ended.
 */
@Route("honour/notices")
@PageTitle("公示管理 · 服务快车")
@Menu(title = "menu.honour.notices", order = 52, icon = "vaadin:megaphone")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class NoticeAdminView extends VerticalLayout {

    private final NoticeService notices;
    private final boolean leader;
    private final Grid<PublicNotice> grid = new Grid<>();
    private final Grid<NoticeService.ObjectionLine> objections = new Grid<>();
    private final H3 objectionsTitle = new H3("异议");
    private final Button publish = new Button("发布公示结果");
    private Map<Long, Long> pending = Map.of();

    @Inject
    public NoticeAdminView(NoticeService notices, CurrentUser user) {
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        grid.setId("notice-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PublicNotice::getHonour).setHeader("荣誉").setAutoWidth(true);
        grid.addColumn(PublicNotice::getSubjectName).setHeader("对象").setAutoWidth(true);
        grid.addColumn(n -> Times.format(n.getOpenedOn()) + " 至 " + Times.format(n.getClosesOn()) + "（" + n.getWorkingDays()
                + " 个工作日）").setHeader("公示期").setAutoWidth(true);
        grid.addColumn(n -> n.getStatus().label()).setHeader("状态").setAutoWidth(true);
        grid.addColumn(n -> pending.getOrDefault(n.getId(), 0L) == 0 ? "" : pending.get(n.getId()) + " 件待核实")
                .setHeader("异议").setAutoWidth(true);
        grid.addColumn(n -> n.getResult() == null ? "" : n.getResult()).setHeader("公示结果").setFlexGrow(1);
        grid.addSelectionListener(e -> showObjections());
        grid.setAllRowsVisible(true);

        objections.setId("objection-grid");
        objections.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        objections.addColumn(o -> Times.format(o.submittedAt())).setHeader("提出时间").setAutoWidth(true);
        objections.addColumn(o -> o.kind() + "：" + o.name() + (o.contact() == null ? "" : "（联系人 " + o.contact() + "）"))
                .setHeader("异议人").setAutoWidth(true);
        objections.addColumn(NoticeService.ObjectionLine::phone).setHeader("电话").setAutoWidth(true);
        objections.addColumn(NoticeService.ObjectionLine::content).setHeader("异议内容").setFlexGrow(1);
        objections.addColumn(o -> o.status().label() + (o.decisionReason() == null ? "" : "：" + o.decisionReason()))
                .setHeader("核实结果").setFlexGrow(1);
        objections.addComponentColumn(o -> {
            HorizontalLayout l = new HorizontalLayout();
            if (leader && o.status() == ObjectionStatus.PENDING) {
                Button up = new Button("异议成立", e -> decide(o, true));
                up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                up.setId("objection-uphold-" + o.id());
                Button no = new Button("不成立", e -> decide(o, false));
                no.addThemeVariants(ButtonVariant.LUMO_SMALL);
                no.setId("objection-dismiss-" + o.id());
                l.add(up, no);
            }
            return l;
        }).setAutoWidth(true);
        objections.setAllRowsVisible(true);

        publish.setId("notice-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setVisible(false);
        publish.addClickListener(e -> {
            PublicNotice n = grid.asSingleSelect().getValue();
            try {
                notices.publishResult(n.getId(), n.getVersion());
                HonourUi.success("公示结果已发布");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.error(ex.getMessage());
            }
        });
        add(new H2(getTranslation("menu.honour.notices")), new Anchor("public/notices", "查看公示公开页面"), grid,
                new HorizontalLayout(objectionsTitle, publish), objections);
        refresh();
    }

    private void refresh() {
        pending = notices.pendingCounts();
        Long selected = grid.asSingleSelect().getValue() == null ? null : grid.asSingleSelect().getValue().getId();
        var all = notices.all();
        grid.setItems(all);
        all.stream().filter(n -> n.getId().equals(selected)).findFirst().ifPresent(grid::select);
        showObjections();
    }

    private void showObjections() {
        PublicNotice n = grid.asSingleSelect().getValue();
        if (n == null) {
            objectionsTitle.setText("异议（请选择一条公示）");
            objections.setItems();
            publish.setVisible(false);
            return;
        }
        objectionsTitle.setText("对「" + n.getHonour() + "：" + n.getSubjectName() + "」的异议");
        objections.setItems(notices.objections(n.getId()));
        publish.setVisible(leader && n.isOpen());
    }

    private void decide(NoticeService.ObjectionLine o, boolean upheld) {
        Dialog d = new Dialog();
        d.setHeaderTitle(upheld ? "异议成立：撤销该荣誉并公布结果" : "异议不成立");
        TextArea reason = new TextArea("核实情况和理由（必填）");
        reason.setId("objection-reason");
        reason.setWidth("32em");
        d.add(reason);
        Button ok = new Button("确定", e -> {
            try {
                notices.decide(o.id(), o.version(), upheld, reason.getValue());
                d.close();
                HonourUi.success("已处理");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("decisionReason", reason));
            }
        });
        ok.setId("objection-decide-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("取消", e -> d.close()), ok);
        d.open();
    }
}
