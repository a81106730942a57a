package cn.fuwukuaiche.honour.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.FlagRules;
import cn.fuwukuaiche.honour.control.FlagService;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 流动红旗: pick a month; see why it cannot be awarded yet (not over, ranking not confirmed), or the confirmed
 * ranking with the proposal; the leader awards (another window needs a reason), revokes with a reason and
 * puts the award to 公示. Below: the history with streaks, and the counts per window, unit and branch; ADMIN
 * sets the optional 连续持有 rule.
 */
@Route("honour/flag")
@PageTitle("流动红旗 · 服务快车")
@Menu(title = "menu.honour.flag", order = 50, icon = "vaadin:flag")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class FlagView extends VerticalLayout {

    private final FlagService flags;
    private final NoticeService notices;
    private final boolean leader;
    private final ComboBox<YearMonth> month = new ComboBox<>("月份");
    private final Div monthPanel = new Div();
    private final Grid<FlagRules.Place> places = new Grid<>();
    private final Grid<RedFlagAward> history = new Grid<>();
    private final Grid<FlagService.Count> counts = new Grid<>();
    private FlagService.MonthView current;
    private Map<YearMonth, Integer> streaks = Map.of();

    @Inject
    public FlagView(FlagService flags, NoticeService notices, CurrentUser user) {
        this.flags = flags;
        this.notices = notices;
        this.leader = user.is(Role.LEADER);
        setWidthFull();
        add(new H2(getTranslation("menu.honour.flag")));
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(Times.today());
        for (int i = 0; i < 24; i++) {
            months.add(now.minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(HonourUi::month);
        month.setId("flag-month");
        month.setValue(now.minusMonths(1));
        month.addValueChangeListener(e -> refresh());
        monthPanel.setId("flag-month-panel");
        monthPanel.setWidthFull();

        places.setId("flag-places");
        places.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        places.addColumn(p -> "第 " + p.rank() + " 名").setHeader("名次").setAutoWidth(true).setFlexGrow(0);
        places.addColumn(FlagRules.Place::label).setHeader("窗口").setAutoWidth(true);
        places.addColumn(p -> HonourUi.points(p.total())).setHeader("总分").setAutoWidth(true);
        places.addComponentColumn(this::eligibility).setHeader("流动红旗资格").setAutoWidth(true);
        places.addComponentColumn(this::awardButton).setAutoWidth(true).setFlexGrow(0);
        places.setAllRowsVisible(true);

        history.setId("flag-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(RedFlagAward::monthLabel).setHeader("月份").setAutoWidth(true);
        history.addColumn(RedFlagAward::getWindowLabel).setHeader("获旗窗口").setAutoWidth(true);
        history.addColumn(a -> "第 " + a.getAwardedRank() + " 名 · " + HonourUi.points(a.getAwardedScore()) + " 分")
                .setHeader("名次 · 得分").setAutoWidth(true);
        history.addColumn(a -> a.inForce() && streaks.getOrDefault(a.getMonth(), 1) > 1
                ? "连续 " + streaks.get(a.getMonth()) + " 个月" : "").setHeader("连续持有").setAutoWidth(true);
        history.addColumn(a -> a.getStatus().label()).setHeader("状态").setAutoWidth(true);
        history.addColumn(a -> a.getAwardedBy() + " " + Times.format(a.getAwardedAt())).setHeader("授予").setAutoWidth(true);
        history.addColumn(a -> a.getEndReason() != null ? "撤销理由：" + a.getEndReason()
                : a.getReason() == null ? "按排名推荐" : "理由：" + a.getReason()).setHeader("说明").setWidth("24em").setFlexGrow(1);
        history.setAllRowsVisible(true);

        counts.setId("flag-counts");
        counts.addThemeVariants(GridVariant.LUMO_COMPACT);
        counts.addColumn(FlagService.Count::kind).setHeader("类别").setAutoWidth(true);
        counts.addColumn(FlagService.Count::name).setHeader("名称").setAutoWidth(true);
        counts.addColumn(c -> c.months() + " 个月").setHeader("获旗次数").setAutoWidth(true);
        counts.addColumn(c -> c.kind().equals("窗口") ? "最长连续 " + c.longestStreak() + " 个月" : "").setHeader("连续")
                .setAutoWidth(true);
        counts.setAllRowsVisible(true);

        add(month, monthPanel, places, new H3("获旗记录"), history, new H3("获旗统计（窗口、单位、支部）"), counts);
        if (user.is(Role.ADMIN)) {
            add(ruleEditor());
        }
        refresh();
    }

    private void refresh() {
        current = flags.month(month.getValue());
        streaks = flags.streaks();
        monthPanel.removeAll();
        String m = HonourUi.month(current.month());
        if (current.award().isPresent()) {
            RedFlagAward a = current.award().get();
            Div box = box("#fff4e5");
            box.setId("flag-current");
            var flag = VaadinIcon.FLAG.create();
            flag.setColor("#c8102e");
            Span title = new Span(m + "流动红旗：" + a.getWindowLabel());
            title.getStyle().set("font-weight", "bold").set("margin-left", "6px");
            box.add(flag, title);
            box.add(new Paragraph("授予：" + a.getAwardedBy() + "，" + Times.format(a.getAwardedAt()) + "；依据排名存档 #"
                    + a.getSnapshotId() + "（第 " + a.getSnapshotRevision() + " 次存档），该窗口第 " + a.getAwardedRank() + " 名、"
                    + HonourUi.points(a.getAwardedScore()) + " 分" + (a.getReason() == null ? "，即排名推荐。"
                    : "；排名推荐为第 " + a.getProposedRank() + " 名，改授理由：" + a.getReason())));
            if (leader) {
                Button revoke = new Button("撤销", VaadinIcon.CLOSE_CIRCLE.create(), e -> revokeDialog(a));
                revoke.setId("flag-revoke");
                revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
                Button notice = new Button("公示", VaadinIcon.MEGAPHONE.create(), e -> putToNotice(a));
                notice.setId("flag-notice");
                notice.setEnabled(!notices.inNotice(FlagService.SUBJECT, a.getId()));
                box.add(new HorizontalLayout(notice, revoke));
            }
            monthPanel.add(box);
        } else if (current.blocked() != null) {
            Div box = box("#f2f2f2");
            box.setId("flag-blocked");
            box.add(new Span(current.blocked()));
            monthPanel.add(box);
        } else {
            Div box = box("#eef6ee");
            box.setId("flag-proposal");
            box.add(new Span(current.proposal().map(p -> m + "排名推荐：" + p.label() + "（第 " + p.rank() + " 名，"
                    + HonourUi.points(p.total()) + " 分）").orElse(m + "没有符合条件的窗口")));
            box.add(HonourUi.muted("依据：" + m + "窗口排名存档 #" + current.snapshot().getId() + "（" + current.snapshot()
                    .getSchemeLabel() + "，" + current.snapshot().getConfirmedBy() + " 于 " + Times.format(current.snapshot()
                    .getConfirmedAt()) + " 确认）。一票否决的窗口不得参评；授予推荐以外的窗口须写明理由。"
                    + (current.maxRunning() == null ? "" : "同一窗口连续持有不超过 " + current.maxRunning() + " 个月。")));
            monthPanel.add(box);
        }
        places.setItems(current.places());
        places.setVisible(!current.places().isEmpty());
        history.setItems(flags.history());
        counts.setItems(flags.counts());
    }

    private static Div box(String background) {
        Div d = new Div();
        d.getStyle().set("background", background).set("padding", "10px 14px").set("border-radius", "8px")
                .set("margin", "8px 0").set("box-sizing", "border-box");
        d.setWidthFull();
        return d;
    }

    private Span eligibility(FlagRules.Place p) {
        String why = current.whyNot().get(p.windowId());
        if (why != null) {
            return HonourUi.badge(p.eligible() ? "受连续持有规则限制" : "一票否决", "#fde2e2", "#a8071a");
        }
        boolean proposed = current.proposal().map(x -> x.windowId() == p.windowId()).orElse(false);
        return proposed ? HonourUi.badge("推荐", "#f6ffed", "#237804") : new Span("✓");
    }

    private Button awardButton(FlagRules.Place p) {
        Button b = new Button("授予", e -> awardDialog(p));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        b.setId("flag-award-" + p.windowId());
        b.setVisible(leader && current.award().isEmpty() && !current.whyNot().containsKey(p.windowId()));
        return b;
    }

    private void awardDialog(FlagRules.Place p) {
        Dialog d = new Dialog();
        d.setHeaderTitle("授予" + HonourUi.month(current.month()) + "流动红旗");
        boolean proposed = current.proposal().map(x -> x.windowId() == p.windowId()).orElse(false);
        VerticalLayout body = new VerticalLayout();
        body.add(new Span("窗口：" + p.label() + "（第 " + p.rank() + " 名，" + HonourUi.points(p.total()) + " 分）"));
        TextArea reason = new TextArea(proposed ? "说明（可不填）" : "改授理由（必填）");
        reason.setId("flag-award-reason");
        reason.setWidth("32em");
        reason.setMaxLength(1000);
        if (!proposed) {
            body.add(HonourUi.muted("排名推荐为 " + current.proposal().map(FlagRules.Place::label).orElse("无")
                    + "；授予其他窗口须写明理由，理由记入留痕。"));
        }
        body.add(reason);
        d.add(body);
        Button ok = new Button("确认授予", e -> {
            try {
                flags.award(current.month(), p.windowId(), reason.getValue());
                d.close();
                HonourUi.success("已授予 " + p.label() + " " + HonourUi.month(current.month()) + "流动红旗");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("reason", reason));
                if (ex.field() == null) {
                    d.close();
                    refresh();
                }
            }
        });
        ok.setId("flag-award-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("取消", e -> d.close()), ok);
        d.open();
    }

    private void revokeDialog(RedFlagAward a) {
        Dialog d = new Dialog();
        d.setHeaderTitle("撤销" + a.monthLabel() + "流动红旗（" + a.getWindowLabel() + "）");
        TextArea reason = new TextArea("撤销理由（必填）");
        reason.setId("flag-revoke-reason");
        reason.setWidth("32em");
        d.add(reason);
        Button ok = new Button("确认撤销", e -> {
            try {
                flags.revoke(a.getId(), a.getVersion(), reason.getValue());
                d.close();
                HonourUi.success("已撤销");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("reason", reason));
            }
        });
        ok.setId("flag-revoke-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button("取消", e -> d.close()), ok);
        d.open();
    }

    private void putToNotice(RedFlagAward a) {
        try {
            notices.open(FlagService.SUBJECT, a.getId(), "流动红旗（" + a.monthLabel() + "）", a.getWindowLabel(),
                    "根据" + a.monthLabel() + "窗口月度考评确认排名（第 " + a.getAwardedRank() + " 名，"
                            + HonourUi.points(a.getAwardedScore()) + " 分）" + (a.getReason() == null ? "，经总支书记审定授予流动红旗。"
                            : "。" + a.getReason() + "。"));
            HonourUi.success("已公示，公示期 " + NoticeService.DEFAULT_WORKING_DAYS + " 个工作日");
            refresh();
        } catch (BusinessException ex) {
            HonourUi.error(ex.getMessage());
        }
    }

    private HorizontalLayout ruleEditor() {
        IntegerField max = new IntegerField("同一窗口连续持有流动红旗不超过（个月，留空不限）");
        max.setId("flag-rule-max");
        max.setWidth("24em");
        max.setValue(flags.maxRunning());
        Button save = new Button("保存规则", e -> {
            try {
                flags.setMaxRunning(max.getValue(), null);
                HonourUi.success("已保存");
                refresh();
            } catch (BusinessException ex) {
                HonourUi.show(ex, Map.of("maxRunning", max));
            }
        });
        HorizontalLayout l = new HorizontalLayout(max, save);
        l.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return l;
    }
}
