package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.Detail;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.PaperLine;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStep;
import cn.fuwukuaiche.partylife.pipeline.entity.ProbationReview;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * One person's file (发展党员档案): stage, clocks with their lights, the steps that may be taken now (each a dialog,
 * messages beside the fields), the papers of the checklist, the steps taken (who, when) and the 考察记录. For the
 * branch's secretary, the leader and ADMIN only: the services refuse anyone else, so the private papers never show.
 */
@Dependent
@Route("party-life/pipeline/person")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class PipelinePersonView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PipelineFileService files;
    private final PipelineService service;
    private final StepDialogs dialogs;
    private Long id;

    @Inject
    public PipelinePersonView(PipelineFileService files, PipelineService service) {
        this.files = files;
        this.service = service;
        this.dialogs = new StepDialogs(files, service, this::refresh);
        addClassName("pipeline-person-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.pipeline.person");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getLocation().getQueryParameters().getSingleParameter("id").map(s -> {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
        refresh();
    }

    void refresh() {
        removeAll();
        Button back = new Button(getTranslation("partylife.pipeline.back"), e -> getUI().ifPresent(ui -> ui.navigate("party-life/pipeline")));
        add(back);
        if (id == null) {
            add(new Paragraph(getTranslation("partylife.pipeline.notFound")));
            return;
        }
        Detail d;
        try {
            d = files.detail(id);
        } catch (BusinessException e) {
            Paragraph p = new Paragraph(e.getMessage());
            p.setId("pipeline-refused");
            add(p);
            return;
        }
        MembershipApplication a = d.application();
        H2 title = new H2(a.getPersonName() + (a.getUnitName() == null ? "" : "（" + a.getUnitName() + "）"));
        Span stage = new Span(a.getStage().label());
        stage.setId("person-stage");
        stage.getElement().getThemeList().add("badge");
        Paragraph facts = new Paragraph(getTranslation("partylife.pipeline.facts", d.branchName(), Times.format(a.getAppliedOn()),
                Times.format(a.getBirthDate()), a.getNoticeState().label()));
        add(title, new HorizontalLayout(stage), facts);
        if (a.getProbationEndsOn() != null) {
            add(new Paragraph(getTranslation("partylife.pipeline.probationEnds", Times.format(a.getProbationEndsOn()))));
        }
        if (d.earliestCandidateOn() != null && a.getCandidateOn() == null) {
            Paragraph p = new Paragraph(getTranslation("partylife.pipeline.earliestCandidate", Times.format(d.earliestCandidateOn())));
            p.setId("person-earliest");
            add(p);
        }
        if (d.voidedVote() != null) {
            Paragraph v = new Paragraph(d.voidedVote());
            v.setId("person-voided");
            v.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            add(v);
        }
        Div clocks = new Div();
        clocks.setId("person-clocks");
        d.clocks().forEach(c -> clocks.add(Lights.badge(c.what(), c.due(), c.light())));
        add(clocks);
        add(new Paragraph(getTranslation("partylife.pipeline.people",
                d.sponsors().stream().map(s -> s.getSponsorName()).collect(Collectors.joining("、")),
                d.introducers().stream().map(i -> i.getIntroducerName()).collect(Collectors.joining("、")))));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("person-actions");
        actions.getStyle().set("flex-wrap", "wrap");
        for (StepKind k : d.possibleSteps()) {
            Button b = new Button(k.label());
            b.setId("step-" + k.name().toLowerCase());
            if (k == StepKind.NOTICE) {
                b.addClickListener(e -> FinalStepDialog.ask(getTranslation("partylife.pipeline.noticeTitle"),
                        getTranslation("partylife.pipeline.noticeWhat", a.getPersonName()), getTranslation("partylife.pipeline.noticeConfirm"))
                        .onConfirm(r -> {
                            service.putToNotice(a.getId(), a.getVersion());
                            return Messages.t("partylife.pipeline.noticed");
                        }).then(this::refresh).open());
            } else {
                b.addClickListener(e -> dialogs.open(d, k));
            }
            if (k == StepKind.WITHDRAW || k == StepKind.DISQUALIFY) {
                b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            }
            actions.add(b);
        }
        // a step the rules do not offer yet may still be asked for: the refusal says why (and from when)
        if (a.getStage() == cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage.ACTIVIST
                && !d.possibleSteps().contains(StepKind.MAKE_CANDIDATE)) {
            Button early = new Button(StepKind.MAKE_CANDIDATE.label());
            early.setId("step-make_candidate");
            early.addClickListener(e -> dialogs.open(d, StepKind.MAKE_CANDIDATE));
            actions.add(early);
        }
        add(new H3(getTranslation("partylife.pipeline.next")), actions);
        add(new H3(getTranslation("partylife.pipeline.papers")), papers(d));
        Grid<PipelineStep> steps = new Grid<>();
        steps.setId("person-steps");
        steps.addColumn(s -> Times.format(s.getStepOn())).setHeader(getTranslation("partylife.pipeline.date")).setAutoWidth(true);
        steps.addColumn(s -> s.getStep().label()).setHeader(getTranslation("partylife.pipeline.step")).setAutoWidth(true);
        steps.addColumn(s -> s.getEntitled() == null ? "" : getTranslation("partylife.pipeline.voteLine", s.getEntitled(), s.getPresent(),
                s.getInFavour(), s.getAgainst(), s.getAbstained())).setHeader(getTranslation("partylife.pipeline.vote")).setAutoWidth(true);
        steps.addColumn(s -> s.getNote() == null ? "" : s.getNote()).setHeader(getTranslation("partylife.pipeline.note")).setFlexGrow(1);
        steps.addColumn(s -> s.getRecordedBy() + " " + Times.format(s.getRecordedAt())).setHeader(getTranslation("partylife.pipeline.recorded"))
                .setAutoWidth(true);
        steps.setItems(d.steps());
        steps.setAllRowsVisible(true);
        Grid<ProbationReview> reviews = new Grid<>();
        reviews.setId("person-reviews");
        reviews.addColumn(r -> Times.format(r.getReviewedOn())).setHeader(getTranslation("partylife.pipeline.date")).setAutoWidth(true);
        reviews.addColumn(r -> r.getStage().label()).setHeader(getTranslation("partylife.pipeline.stage")).setAutoWidth(true);
        reviews.addColumn(ProbationReview::getAuthor).setHeader(getTranslation("partylife.pipeline.author")).setAutoWidth(true);
        reviews.addColumn(ProbationReview::getContent).setHeader(getTranslation("partylife.pipeline.review")).setFlexGrow(1);
        reviews.setItems(d.reviews());
        reviews.setAllRowsVisible(true);
        add(new H3(getTranslation("partylife.pipeline.history")), steps, new H3(getTranslation("partylife.pipeline.reviews")), reviews);
    }

    private Grid<PaperLine> papers(Detail d) {
        long appId = d.application().getId();
        Grid<PaperLine> g = new Grid<>();
        g.setId("person-papers");
        g.addColumn(p -> p.kind().stage().label()).setHeader(getTranslation("partylife.pipeline.stage")).setAutoWidth(true);
        g.addColumn(p -> p.kind().label()).setHeader(getTranslation("partylife.pipeline.paper")).setAutoWidth(true);
        g.addComponentColumn(p -> {
            if (p.fileName() != null) {
                Anchor link = new Anchor(new StreamResource(p.fileName(), () -> new ByteArrayInputStream(files.paperContent(appId, p.kind())
                        .map(PipelineFileService.PaperFile::content).orElse(new byte[0]))), p.fileName());
                link.getElement().setAttribute("download", true);
                return link;
            }
            String text = p.keptAt() != null ? getTranslation("partylife.pipeline.keptAt", p.keptAt())
                    : p.waived() ? getTranslation("partylife.pipeline.waived", p.waiverReason()) : getTranslation("partylife.pipeline.missing");
            Span s = new Span(text);
            if (!p.present()) {
                s.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            return s;
        }).setHeader(getTranslation("partylife.pipeline.paperState")).setFlexGrow(1);
        g.addComponentColumn(p -> {
            HorizontalLayout h = new HorizontalLayout();
            h.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            if (d.application().getStage().ended()) {
                return h;
            }
            Button keep = new Button(getTranslation("partylife.pipeline.keep"), e -> dialogs.paper(appId, p.kind(), false));
            keep.setId("paper-keep-" + p.kind().name().toLowerCase());
            keep.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button upload = new Button(getTranslation("partylife.pipeline.upload"), e -> dialogs.upload(appId, p.kind()));
            upload.setId("paper-upload-" + p.kind().name().toLowerCase());
            upload.addThemeVariants(ButtonVariant.LUMO_SMALL);
            h.add(keep, upload);
            if (!p.present() && d.generalBranch()) {
                Button waive = new Button(getTranslation("partylife.pipeline.waive"), e -> dialogs.paper(appId, p.kind(), true));
                waive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                h.add(waive);
            }
            return h;
        }).setAutoWidth(true);
        g.setItems(d.papers());
        g.setAllRowsVisible(true);
        return g;
    }

    static void refused(RuntimeException e) {
        FriendlyErrorHandler.show(e instanceof BusinessException be ? be.getMessage() : FriendlyErrorHandler.messageFor(e));
    }

    static void saved(String message) {
        EntityForm.saved(message);
    }
}
