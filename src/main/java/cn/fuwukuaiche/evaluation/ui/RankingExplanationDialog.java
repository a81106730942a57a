package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.AssessmentEvidenceInfo;
import cn.fuwukuaiche.evaluation.control.AssessmentService;
import cn.fuwukuaiche.evaluation.control.RankingExplanation;
import cn.fuwukuaiche.evaluation.control.RankingRatingLine;
import cn.fuwukuaiche.evaluation.control.RankingService;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentSources;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreLine;
import cn.fuwukuaiche.evaluation.entity.AssessmentCorrection;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * "为什么是这个分数": every score line of one window or person — item, deduction, bonus, veto, rating — with
 * its explanation and the record it came from (the figure's note and evidence files, or the month's rating
 * list), the place in the ranking and what separated it from the place above.
 */
class RankingExplanationDialog extends Dialog {

    private final RankingService ranking;
    private final AssessmentService assessments;

    RankingExplanationDialog(RankingExplanation e, RankingService ranking, AssessmentService assessments) {
        this.ranking = ranking;
        this.assessments = assessments;
        RankingRow row = e.place().item();
        setId("explain-dialog");
        setHeaderTitle(getTranslation("explain.title") + " · " + row.subject().label() + " · " + e.periodLabel());
        setWidth("min(1100px, 96vw)");
        setMaxHeight("92vh");

        Span total = new Span(getTranslation("explain.total", AssessmentUi.points(row.total()), e.place().rank(),
                e.place().tied() ? getTranslation("ranking.tied") : ""));
        total.setId("explain-total");
        total.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        VerticalLayout head = new VerticalLayout(total);
        head.setPadding(false);
        head.setSpacing(false);
        head.add(new Span(getTranslation("explain.scheme", e.schemeLabel())));
        head.add(new Span(getTranslation("explain.criteria", String.join(" › ", e.criteria()))));
        Span place = new Span(placeText(e));
        place.setId("explain-place");
        head.add(place);
        if (!row.eligibleForRedFlag()) {
            Span veto = AssessmentUi.badge(getTranslation("explain.veto"), "#fde2e2", "#a8071a");
            veto.setId("explain-veto");
            head.add(veto);
        }
        head.add(new Span(getTranslation("explain.status", row.subject().statusLabel())));

        Grid<ScoreLine> lines = new Grid<>();
        lines.setId("explain-lines");
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.addColumn(l -> kind(l.kind())).setHeader(getTranslation("explain.kind")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(ScoreLine::name).setHeader(getTranslation("explain.name")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.kind() == ScoreLine.Kind.ITEM ? AssessmentUi.points(row.score().itemScores().get(l.code()))
                        + " / " + AssessmentUi.points(l.points()) : AssessmentUi.signed(l.points()))
                .setHeader(getTranslation("explain.points")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(ScoreLine::explanation).setHeader(getTranslation("explain.explanation")).setFlexGrow(3);
        lines.addComponentColumn(l -> source(l, e)).setHeader(getTranslation("explain.source")).setFlexGrow(2);
        lines.setItems(row.score().lines());
        lines.setAllRowsVisible(true);

        add(head, lines);
        if (!e.evidence().isEmpty()) {
            add(new H4(getTranslation("explain.evidence")));
            HorizontalLayout files = new HorizontalLayout();
            files.setWrap(true);
            e.evidence().forEach(f -> files.add(download(f)));
            add(files);
        }
        if (!e.corrections().isEmpty()) {
            add(new H4(getTranslation("explain.corrections")));
            for (AssessmentCorrection c : e.corrections()) {
                add(new Paragraph(getTranslation("explain.correction", Times.format(c.getCorrectedAt()), c.getCorrectedBy(),
                        AssessmentUi.points(c.getTotalBefore()), AssessmentUi.points(c.getTotalAfter()), c.getReason())));
            }
        }
        Button close = new Button(getTranslation("action.close"), ev -> close());
        close.setId("explain-close");
        getFooter().add(close);
    }

    private String placeText(RankingExplanation e) {
        if (e.neighbourAbove() == null) {
            return getTranslation("explain.first");
        }
        if (e.place().decidedBy() == null) {
            return getTranslation("explain.tiedWith", e.neighbourAbove());
        }
        return getTranslation("explain.decidedBy", e.neighbourAbove(), e.place().decidedBy());
    }

    private String kind(ScoreLine.Kind k) {
        String key = "explain.kind." + k.name();
        return getTranslation(key);
    }

    private Component source(ScoreLine l, RankingExplanation e) {
        var parsed = AssessmentSources.parse(l.source());
        if (parsed.isEmpty()) {
            return new Span(l.source() == null ? "" : l.source());
        }
        AssessmentSources.Source s = parsed.get();
        if (s.type() == AssessmentSources.Type.RATINGS) {
            Button list = new Button(getTranslation("explain.ratings"), ev -> ratings(s.subject(), s.subjectId(), s.periodYm()));
            list.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            list.setId("explain-ratings-" + l.code());
            return list;
        }
        Div box = new Div();
        AssessmentFigure f = e.place().item().subject().figures().get(s.code());
        box.add(new Span(getTranslation("explain.sheetFigure", f == null ? 0 : f.tally())
                + (f == null || f.note() == null ? "" : "：" + f.note())));
        e.evidence().stream().filter(ev -> s.code().equals(ev.ruleCode())).forEach(ev -> {
            box.add(new Span(" "));
            box.add(download(ev));
        });
        return box;
    }

    private Anchor download(AssessmentEvidenceInfo f) {
        Anchor a = new Anchor(new StreamResource(f.fileName(),
                () -> new ByteArrayInputStream(assessments.evidenceFile(f.id()).content())), f.fileName()
                + "（" + f.sizeLabel() + "）");
        a.getElement().setAttribute("download", true);
        a.getElement().insertChild(0, com.vaadin.flow.component.icon.VaadinIcon.PAPERCLIP.create().getElement());
        a.addClassName("evidence-link");
        return a;
    }

    private void ratings(AssessmentSubject kind, long subjectId, int periodYm) {
        List<RankingRatingLine> rows = ranking.ratings(kind, subjectId, YearMonth.of(periodYm / 100, periodYm % 100));
        Dialog d = new Dialog();
        d.setId("explain-ratings-dialog");
        d.setHeaderTitle(getTranslation("explain.ratingsTitle", rows.size()));
        d.setWidth("min(760px, 94vw)");
        Grid<RankingRatingLine> g = new Grid<>();
        g.setId("explain-ratings-grid");
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        g.addColumn(r -> Times.format(r.ratedAt())).setHeader(getTranslation("explain.ratedAt")).setAutoWidth(true);
        g.addComponentColumn(r -> r.bad() ? AssessmentUi.badge(r.level(), "#fde2e2", "#a8071a") : new Span(r.level()))
                .setHeader(getTranslation("explain.level")).setAutoWidth(true);
        g.addColumn(RankingRatingLine::channel).setHeader(getTranslation("explain.channel")).setAutoWidth(true);
        g.addColumn(r -> r.staffName() == null ? "" : r.staffName()).setHeader(getTranslation("explain.staff")).setAutoWidth(true);
        g.addColumn(r -> r.excluded() ? getTranslation("explain.excluded") : "").setHeader(getTranslation("explain.appeal"))
                .setAutoWidth(true);
        g.setItems(rows);
        g.setHeight("60vh");
        d.add(new Paragraph(getTranslation("explain.ratingsNote")), g);
        d.getFooter().add(new Button(getTranslation("action.close"), ev -> d.close()));
        d.open();
    }
}
