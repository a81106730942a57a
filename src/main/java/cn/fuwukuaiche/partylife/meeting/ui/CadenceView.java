package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.meeting.control.CadenceLight;
import cn.fuwukuaiche.partylife.meeting.control.CadenceService;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.enterprise.context.Dependent;

/**
 * 组织生活亮灯: branches × kinds × periods of a year, each cell green (held), yellow (due within the kind's lead,
 * 10 working days unless set), red (overdue) or grey (not yet due). A click on a cell says what is missing. The
 * leader sees every branch, a secretary his own.
 */
@Dependent
@Route("party-life/cadence")
@PageTitle("组织生活亮灯 · 服务快车")
@Menu(title = "partylife.cadence.menu", order = 67, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class CadenceView extends VerticalLayout {

    private final CadenceService cadence;
    private final IntegerField year = new IntegerField();
    private final Div matrix = new Div();
    private final Div detail = new Div();

    @Inject
    public CadenceView(CadenceService cadence) {
        this.cadence = cadence;
        addClassName("cadence-view");
        year.setLabel(getTranslation("partylife.cadence.year"));
        year.setId("cadence-year");
        year.setValue(Times.today().getYear());
        year.setStepButtonsVisible(true);
        year.addValueChangeListener(e -> refresh());
        matrix.setId("cadence-matrix");
        detail.setId("cadence-detail");
        detail.getStyle().set("padding", "var(--lumo-space-s)").set("border-left", "4px solid var(--lumo-contrast-30pct)");
        HorizontalLayout legend = new HorizontalLayout();
        for (CadenceLight l : CadenceLight.values()) {
            legend.add(cell(l.label(), l));
        }
        legend.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("partylife.cadence.title")), new Paragraph(getTranslation("partylife.cadence.intro")), year, legend,
                matrix, detail);
        detail.setVisible(false);
        refresh();
    }

    private static Span cell(String text, CadenceLight light) {
        Span s = new Span(text);
        s.addClassNames("cadence-cell", "light-" + light.name().toLowerCase());
        String bg = switch (light) {
            case GREEN -> "#2e7d32";
            case YELLOW -> "#f9a825";
            case RED -> "#c62828";
            case OPEN -> "#e0e0e0";
        };
        s.getStyle().set("background", bg).set("color", light == CadenceLight.OPEN || light == CadenceLight.YELLOW ? "#222" : "#fff")
                .set("padding", "2px 6px").set("border-radius", "4px").set("margin", "1px").set("display", "inline-block")
                .set("font-size", "var(--lumo-font-size-s)").set("cursor", "pointer").set("min-width", "3em").set("text-align", "center");
        s.getElement().setAttribute("title", light.label());
        return s;
    }

    private void refresh() {
        matrix.removeAll();
        detail.setVisible(false);
        if (year.getValue() == null) {
            return;
        }
        List<CadenceService.Row> rows = cadence.matrix(year.getValue(), null);
        String lastBranch = null;
        for (CadenceService.Row r : rows) {
            if (!r.branch().equals(lastBranch)) {
                H3 h = new H3(r.branch());
                h.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
                matrix.add(h);
                lastBranch = r.branch();
            }
            Span kind = new Span(r.kind().getName());
            kind.setWidth("8em");
            HorizontalLayout line = new HorizontalLayout(kind);
            line.setSpacing(false);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            line.getStyle().set("flex-wrap", "wrap");
            for (CadenceService.Cell c : r.cells()) {
                Span s = cell(c.period().shortLabel(), c.light());
                s.setId("cell-" + r.branchId() + "-" + r.kind().getCode() + "-" + c.period().start());
                s.getElement().setAttribute("data-branch", r.branch()).setAttribute("data-kind", r.kind().getCode())
                        .setAttribute("data-period", c.period().start().toString());
                s.addClickListener(e -> show(r, c));
                line.add(s);
            }
            if (r.cells().isEmpty()) {
                line.add(new Span(getTranslation("partylife.cadence.none")));
            }
            matrix.add(line);
        }
    }

    private void show(CadenceService.Row r, CadenceService.Cell c) {
        detail.removeAll();
        detail.add(new H3(r.branch() + " · " + r.kind().getName() + " · " + c.period().label()),
                new Paragraph(getTranslation("partylife.cadence.state", c.light().label(), c.held(),
                        Times.format(c.period().start()), Times.format(c.period().end()))));
        if (!c.missing().isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("partylife.cadence.missing", String.join("、", c.missing())));
            missing.setId("cadence-missing");
            detail.add(missing);
        }
        detail.setVisible(true);
    }
}
