package cn.fuwukuaiche.contest.ui;

import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.ContestResultService;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.control.ContestSteps;
import cn.fuwukuaiche.contest.control.ContestService.ContestForm;
import cn.fuwukuaiche.contest.control.ContestResultService.ResultRow;
import cn.fuwukuaiche.contest.control.JudgingService;
import cn.fuwukuaiche.contest.control.ContestService.Scope;
import cn.fuwukuaiche.contest.control.Quarters;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import cn.fuwukuaiche.base.ui.FinalStepDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import jakarta.enterprise.context.Dependent;

/** ADMIN and LEADER run the quarterly contests: create, choose participants, open, close, score, publish. */
@Dependent
@Route("contests")
@Menu(title = "menu.contests", order = 45, icon = "vaadin:trophy")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class ContestAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ContestService contests;
    private final ContestResultService resultService;
    private final JudgingService judging;
    private final Grid<Contest> grid = new Grid<>();

    @Inject
    public ContestAdminView(ContestService contests, ContestResultService resultService, JudgingService judging,
                            cn.fuwukuaiche.security.control.CurrentUser currentUser) {
        this.contests = contests;
        this.resultService = resultService;
        this.judging = judging;
        setSizeFull();
        Button create = new Button(getTranslation("contest.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        create.setId("contest-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bank = new Button(getTranslation("menu.questions"), VaadinIcon.BOOK.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionBankView.class)));
        Button stars = new Button(getTranslation("contest.stars.title"), VaadinIcon.STAR.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(StarMappingView.class)));
        stars.setId("contest-stars");
        stars.setVisible(currentUser.is(Role.ADMIN));
        grid.setId("contests-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Contest::getTitle).setHeader(getTranslation("contest.title")).setWidth("200px").setFlexGrow(2);
        grid.addColumn(c -> c.getKind().label()).setHeader(getTranslation("contest.kind")).setAutoWidth(true);
        grid.addColumn(c -> Quarters.chinese(c.getQuarterLabel())).setHeader(getTranslation("contest.quarter")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("contest.window.range", Times.format(c.getOpensAt()), Times.format(c.getClosesAt())))
                .setHeader(getTranslation("contest.window")).setWidth("170px").setFlexGrow(0);
        grid.addColumn(c -> c.getStatus().label()).setHeader(getTranslation("contest.status")).setAutoWidth(true);
        grid.addColumn(c -> c.isTeamMode() ? getTranslation("contest.participants.team", String.valueOf(contests.participantCount(c.getId())))
                        : String.valueOf(contests.participantCount(c.getId())))
                .setHeader(getTranslation("contest.participants")).setAutoWidth(true);
        grid.addComponentColumn(this::screensToggle).setHeader(getTranslation("contest.screensColumn")).setAutoWidth(true);
        // at 1440×900 the actions lay past the grid's right edge: small buttons, and the column is frozen to the end
        grid.addComponentColumn(this::actions).setHeader(getTranslation("contest.action")).setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        add(new H2(getTranslation("contest.admin.title")), new HorizontalLayout(create, bank, stars), grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.admin.pageTitle");
    }

    private void refresh() {
        grid.setItems(contests.contests());
    }

    private Component actions(Contest c) {
        HorizontalLayout h = new HorizontalLayout();
        if (ContestSteps.editable(c.getStatus())) {
            Button e = new Button(getTranslation("action.edit"), ev -> edit(c));
            e.setId("contest-edit-" + c.getId());
            h.add(e);
        }
        ContestSteps.next(c.getStatus()).ifPresent(next -> {
            String key = switch (next) {
                case OPEN -> "contest.open";
                case CLOSED -> "contest.close";
                default -> "contest.publish";
            };
            Button b = new Button(getTranslation(key), ev -> advance(c, next));
            b.setId("contest-" + next.name().toLowerCase() + "-" + c.getId());
            h.add(b);
        });
        Button r = new Button(getTranslation("contest.results"), ev -> results(c));
        r.setId("contest-results-" + c.getId());
        r.getElement().setAttribute("data-contest", c.getTitle());
        h.add(r);
        h.setSpacing(false);
        h.getStyle().set("gap", "var(--lumo-space-xs)");
        h.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return h;
    }

    /** 在大厅屏幕展示结果: switchable at any time; the screens show it once the results are published. */
    private Component screensToggle(Contest c) {
        Checkbox box = new Checkbox(c.isToScreens());
        box.setId("contest-screens-" + c.getId());
        box.setTooltipText(getTranslation("contest.toScreens"));
        box.setAriaLabel(getTranslation("contest.toScreens"));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                contests.setToScreens(c.getId(), c.getVersion(), e.getValue());
                Notification.show(getTranslation("contest.admin.done", c.getTitle(), getTranslation(e.getValue() ? "contest.screens.on" : "contest.screens.off")), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (BusinessException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (OptimisticLockException ex) {
                Notification.show(getTranslation("error.concurrent"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        return box;
    }

    /** Each step cannot be undone: it says first what it will do and to how many; ending early needs a reason. */
    private void advance(Contest c, ContestStatus next) {
        ContestService.StepPreview p;
        try {
            p = contests.preview(c.getId(), next);
        } catch (BusinessException ex) {
            Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        String title;
        String text;
        String button;
        switch (next) {
            case OPEN -> {
                title = getTranslation("contest.step.openTitle", c.getTitle());
                text = getTranslation("contest.step.openText", p.participants());
                button = getTranslation("contest.open");
            }
            case CLOSED -> {
                title = getTranslation("contest.step.closeTitle", c.getTitle());
                text = !p.endsEarly() ? getTranslation("contest.step.closeText", p.submitted(), p.notTaken())
                        : p.notTaken() == 0 ? getTranslation("contest.step.closeEarlyAllText", p.participants(), Times.format(p.closesAt()))
                        : getTranslation("contest.step.closeEarlyText", p.notTaken(), Times.format(p.closesAt()), p.submitted());
                button = getTranslation(p.endsEarly() ? "contest.step.closeEarly" : "contest.close");
            }
            default -> {
                title = getTranslation("contest.step.publishTitle", c.getTitle());
                text = getTranslation(c.isToScreens() ? "contest.step.publishScreensText" : "contest.step.publishText",
                        p.participants(), p.prizes());
                button = getTranslation("contest.publish");
            }
        }
        FinalStepDialog d = FinalStepDialog.ask(title, text, button).onConfirm(reason -> {
            try {
                contests.advance(c.getId(), c.getVersion(), next, reason);
            } catch (OptimisticLockException ex) {
                throw new BusinessException(getTranslation("error.concurrent"));
            }
            return getTranslation("contest.admin.done", c.getTitle(), next.label());
        }).then(this::refresh);
        if (p.endsEarly()) {
            d.requireReason();
        }
        d.open();
    }

    private void edit(Contest c) {
        EditDialog d = new EditDialog(getTranslation(c == null ? "contest.new" : "action.edit"), "contest-form-save");
        d.setWidth("820px");
        TextField title = new TextField(getTranslation("contest.title"));
        title.setId("contest-form-title");
        ComboBox<ContestKind> kind = new ComboBox<>(getTranslation("contest.kind"), ContestKind.values());
        kind.setItemLabelGenerator(ContestKind::label);
        TextField quarter = new TextField(getTranslation("contest.quarter"));
        quarter.setHelperText(getTranslation("contest.quarter.hint"));
        DateTimePicker opens = new DateTimePicker(getTranslation("contest.opens"));
        DateTimePicker closes = new DateTimePicker(getTranslation("contest.closes"));
        IntegerField limit = new IntegerField(getTranslation("contest.limit"));
        TextArea rules = new TextArea(getTranslation("contest.rules"));
        rules.setHelperText(getTranslation("contest.rules.hint"));
        Checkbox shuffle = new Checkbox(getTranslation("contest.shuffle"));
        TextArea passage = new TextArea(getTranslation("contest.passage"));
        TextArea passage2 = new TextArea(getTranslation("contest.passage2"));
        passage2.setHelperText(getTranslation("contest.passage2.hint"));
        passage2.setId("contest-form-passage2");
        Checkbox teamMode = new Checkbox(getTranslation("contest.teamMode"));
        teamMode.setId("contest-form-team");
        IntegerField rounds = new IntegerField(getTranslation("contest.rounds"));
        IntegerField[] prizes = new IntegerField[4];
        for (Prize p : Prize.values()) {
            prizes[p.ordinal()] = new IntegerField(getTranslation("contest.prizeCount", p.label()));
            prizes[p.ordinal()].setMin(0);
        }
        Checkbox screens = new Checkbox(getTranslation("contest.toScreens"));
        MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>(getTranslation("contest.byUnit"));
        units.setItems(contests.units());
        units.setItemLabelGenerator(Unit::getName);
        MultiSelectComboBox<Branch> branches = new MultiSelectComboBox<>(getTranslation("contest.byBranch"));
        branches.setItems(contests.branches());
        branches.setItemLabelGenerator(Branch::getName);
        MultiSelectComboBox<ServiceWindow> windows = new MultiSelectComboBox<>(getTranslation("contest.byWindow"));
        windows.setItems(contests.windows());
        windows.setItemLabelGenerator(w -> w.getWindowNo() + " " + w.getName());

        if (c == null) {
            kind.setValue(ContestKind.KNOWLEDGE);
            quarter.setValue(Quarters.label(Times.today()));
            opens.setValue(Times.today().atTime(9, 0));
            closes.setValue(Times.today().plusDays(7).atTime(17, 30));
            limit.setValue(20);
            rounds.setValue(1);
            int[] def = {1, 2, 3, 5};
            for (int i = 0; i < 4; i++) {
                prizes[i].setValue(def[i]);
            }
        } else {
            title.setValue(c.getTitle());
            kind.setValue(c.getKind());
            quarter.setValue(c.getQuarterLabel());
            opens.setValue(c.getOpensAt());
            closes.setValue(c.getClosesAt());
            limit.setValue(c.getTimeLimitMinutes());
            rules.setValue(c.getPaperRules() == null ? "" : c.getPaperRules());
            shuffle.setValue(c.isShufflePerPerson());
            passage.setValue(c.getPassage() == null ? "" : c.getPassage());
            passage2.setValue(c.getPassage2() == null ? "" : c.getPassage2());
            teamMode.setValue(c.isTeamMode());
            rounds.setValue(c.getRounds());
            for (Prize p : Prize.values()) {
                prizes[p.ordinal()].setValue(c.prizeCount(p));
            }
            screens.setValue(c.isToScreens());
        }
        EntityForm form = d.form();
        form.add(title, kind, quarter, limit, opens, closes, rules, shuffle, passage, passage2, rounds,
                prizes[0], prizes[1], prizes[2], prizes[3], screens, teamMode, units, branches, windows);
        form.setColspan(title, 2);
        form.setColspan(rules, 2);
        form.setColspan(passage, 2);
        form.setColspan(passage2, 2);
        Runnable byKind = () -> {
            ContestKind k = kind.getValue();
            rules.setVisible(k == ContestKind.KNOWLEDGE);
            shuffle.setVisible(k == ContestKind.KNOWLEDGE);
            passage.setVisible(k == ContestKind.TYPING);
            passage2.setVisible(k == ContestKind.TYPING);
            limit.setVisible(k != ContestKind.OTHER);
            rounds.setVisible(k == ContestKind.OTHER);
        };
        kind.addValueChangeListener(e -> byKind.run());
        byKind.run();
        form.bind("title", title);
        form.bind("kind", kind);
        form.bind("quarter", quarter);
        form.bind("closesAt", closes);
        form.bind("timeLimit", limit);
        form.bind("paperRules", rules);
        form.bind("passage", passage);
        form.bind("passage2", passage2);
        form.bind("prizes", prizes[0]);
        form.bind("round", rounds);
        d.onSave(() -> {
            ContestForm f = new ContestForm(title.getValue(), kind.getValue(), quarter.getValue(), opens.getValue(), closes.getValue(),
                    n(limit), rules.getValue(), shuffle.getValue(), passage.getValue(), n(rounds), n(prizes[0]), n(prizes[1]),
                    n(prizes[2]), n(prizes[3]), screens.getValue(), teamMode.getValue(), passage2.getValue());
            Scope scope = new Scope(units.getValue().stream().map(Unit::getId).toList(), branches.getValue().stream().map(Branch::getId).toList(),
                    windows.getValue().stream().map(ServiceWindow::getId).toList());
            if (c == null) {
                contests.create(f, scope);
            } else {
                contests.update(c.getId(), c.getVersion(), f, scope);
            }
            refresh();
        }).open();
    }

    private static int n(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

    private void results(Contest c) {
        Dialog d = new Dialog(c.getTitle() + " · " + getTranslation("contest.results"));
        d.setWidth("1000px");
        d.setHeight("85vh");
        Grid<ResultRow> rg = new Grid<>();
        rg.setId("results-grid");
        rg.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rg.addColumn(ResultRow::placeLabel).setHeader(getTranslation("contest.place")).setAutoWidth(true);
        rg.addColumn(ResultRow::staffName).setHeader(getTranslation("contest.staff")).setAutoWidth(true);
        rg.addColumn(ResultRow::unit).setHeader(getTranslation("contest.unit")).setAutoWidth(true);
        rg.addColumn(ResultRow::window).setHeader(getTranslation("contest.windowNo")).setAutoWidth(true);
        rg.addColumn(r -> r.score().toPlainString()).setHeader(getTranslation("contest.score")).setAutoWidth(true);
        rg.addColumn(ResultRow::prizeLabel).setHeader(getTranslation("contest.prize")).setAutoWidth(true);
        rg.addColumn(ResultRow::detail).setHeader(getTranslation("contest.detail")).setFlexGrow(2);
        rg.addComponentColumn(r -> {
            if (r.prize() == null || !ContestSteps.certified(c.getStatus())) {
                return new com.vaadin.flow.component.html.Span();
            }
            Anchor a = new Anchor("contests/certificate/" + c.getId() + "/" + r.staffId(), getTranslation("contest.certificate"));
            a.setTarget("_blank");
            return a;
        }).setAutoWidth(true);
        List<ResultRow> rows = resultService.results(c.getId());
        rg.setItems(rows);
        Grid<ContestResultService.TeamRow> tg = new Grid<>();
        if (c.isTeamMode()) {
            tg.setId("team-results-grid");
            tg.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            tg.addColumn(ContestResultService.TeamRow::placeLabel).setHeader(getTranslation("contest.place")).setAutoWidth(true);
            tg.addColumn(ContestResultService.TeamRow::team).setHeader(getTranslation("contest.team")).setAutoWidth(true);
            tg.addColumn(ContestResultService.TeamRow::unit).setHeader(getTranslation("contest.unit")).setAutoWidth(true);
            tg.addColumn(r -> r.score().toPlainString()).setHeader(getTranslation("contest.teamScore")).setAutoWidth(true);
            tg.addColumn(ContestResultService.TeamRow::prizeLabel).setHeader(getTranslation("contest.prize")).setAutoWidth(true);
            tg.addColumn(ContestResultService.TeamRow::detail).setHeader(getTranslation("contest.detail")).setFlexGrow(1);
            tg.addColumn(ContestResultService.TeamRow::members).setHeader(getTranslation("contest.members")).setFlexGrow(1);
            tg.addComponentColumn(r -> {
                if (r.prize() == null || !ContestSteps.certified(c.getStatus())) {
                    return new com.vaadin.flow.component.html.Span();
                }
                Anchor a = new Anchor("contests/certificate/" + c.getId() + "/window/" + r.windowId(), getTranslation("contest.certificate"));
                a.setTarget("_blank");
                return a;
            }).setAutoWidth(true);
            tg.setItems(resultService.teamResults(c.getId()));
            tg.setAllRowsVisible(true);
        }
        // headers read now: the download runs later, outside this view's request
        List<ExcelExport.Column<ResultRow>> columns = List.of(
                new ExcelExport.Column<ResultRow>(getTranslation("contest.place"), ResultRow::placeLabel),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.export.name"), ResultRow::staffName),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.export.staffNo"), ResultRow::staffNo),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.unit"), ResultRow::unit),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.windowNo"), ResultRow::window),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.score"), ResultRow::score),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.prize"), ResultRow::prizeLabel),
                new ExcelExport.Column<ResultRow>(getTranslation("contest.detail"), ResultRow::detail));
        String sheet = getTranslation("contest.export.sheet");
        Anchor export = new Anchor(new StreamResource(getTranslation("contest.export.file", c.getTitle()), () -> new ByteArrayInputStream(
                ExcelExport.toBytes(sheet, columns, resultService.results(c.getId())))), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("results-export");
        VerticalLayout body = new VerticalLayout(export);
        body.setPadding(false);
        if (c.isTeamMode()) {
            List<ExcelExport.Column<ContestResultService.TeamRow>> teamColumns = List.of(
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.place"), ContestResultService.TeamRow::placeLabel),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.windowNo"), ContestResultService.TeamRow::team),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.unit"), ContestResultService.TeamRow::unit),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.teamScore"), ContestResultService.TeamRow::score),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.prize"), ContestResultService.TeamRow::prizeLabel),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.detail"), ContestResultService.TeamRow::detail),
                    new ExcelExport.Column<ContestResultService.TeamRow>(getTranslation("contest.members"), ContestResultService.TeamRow::members));
            String teamSheet = getTranslation("contest.export.teamSheet");
            Anchor teamExport = new Anchor(new StreamResource(getTranslation("contest.export.teamFile", c.getTitle()),
                    () -> new ByteArrayInputStream(ExcelExport.toBytes(teamSheet, teamColumns, resultService.teamResults(c.getId())))), "");
            teamExport.getElement().setAttribute("download", true);
            teamExport.add(new Button(getTranslation("contest.teamExport"), VaadinIcon.DOWNLOAD.create()));
            teamExport.setId("team-results-export");
            body.removeAll();
            body.add(new HorizontalLayout(teamExport, export), new H3(getTranslation("contest.teamRanking")), tg);
            if (c.getKind() != ContestKind.OTHER) {
                body.add(new H3(getTranslation("contest.memberRanking")), rg);
            }
        } else {
            body.add(rg);
        }
        if (c.getKind() == ContestKind.OTHER && ContestSteps.judgeable(c.getStatus())) {
            if (c.isTeamMode()) {
                ComboBox<ServiceWindow> team = new ComboBox<>(getTranslation("contest.team"));
                team.setItems(judging.teams(c.getId()));
                team.setItemLabelGenerator(w -> w.getWindowNo() + " " + w.getName());
                judgeRow(body, c, team, "team", "contest.judge.pickTeam", (round, score) -> {
                    judging.saveTeamScore(c.getId(), team.getValue().getId(), round, score);
                    tg.setItems(resultService.teamResults(c.getId()));
                });
            } else {
                ComboBox<Staff> who = new ComboBox<>(getTranslation("contest.staff"));
                who.setItems(contests.participants(c.getId()));
                who.setItemLabelGenerator(s -> getTranslation("contest.staffWithNo", s.getName(), s.getStaffNo()));
                judgeRow(body, c, who, "staff", "contest.judge.pickStaff", (round, score) -> {
                    judging.saveJudgeScore(c.getId(), who.getValue().getId(), round, score);
                    rg.setItems(resultService.results(c.getId()));
                });
            }
        }
        if (c.getKind() == ContestKind.KNOWLEDGE && c.isOver()) {
            Grid<ContestResultService.QuestionStat> sg = new Grid<>();
            sg.setId("question-stats");
            sg.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            sg.addColumn(s -> s.question().getCategory()).setHeader(getTranslation("contest.question.category")).setAutoWidth(true);
            sg.addColumn(s -> s.question().getStem()).setHeader(getTranslation("contest.question.stem")).setFlexGrow(3);
            sg.addColumn(s -> s.question().getType() == cn.fuwukuaiche.contest.entity.QuestionType.TRUE_FALSE
                    ? getTranslation("T".equals(s.question().getAnswerKey()) ? "contest.question.true" : "contest.question.false")
                    : s.question().getAnswerKey()).setHeader(getTranslation("contest.question.answer")).setAutoWidth(true);
            sg.addColumn(s -> s.answered()).setHeader(getTranslation("contest.stats.answered")).setAutoWidth(true);
            sg.addColumn(s -> s.answered() == 0 ? "-" : Math.round(s.correct() * 100.0 / s.answered()) + "%").setHeader(getTranslation("contest.stats.rate")).setAutoWidth(true);
            sg.setItems(resultService.questionStats(c.getId()));
            sg.setAllRowsVisible(true);
            body.add(new H3(getTranslation("contest.stats")), sg);
        }
        d.add(body);
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.open();
    }

    /** The judges' row above the results: whom (a person or a team), the round, the score, 保存评分. */
    private void judgeRow(VerticalLayout body, Contest c, ComboBox<?> subject, String subjectField, String pickKey,
                          BiConsumer<Integer, BigDecimal> save) {
        IntegerField round = new IntegerField(getTranslation("contest.round"));
        round.setValue(1);
        round.setMin(1);
        round.setMax(c.getRounds());
        BigDecimalField score = new BigDecimalField(getTranslation("contest.score"));
        Button saveButton = new Button(getTranslation("contest.saveScore"), e -> {
            try {
                if (subject.getValue() == null) {
                    throw new BusinessException(subjectField, getTranslation(pickKey));
                }
                save.accept(n(round), score.getValue());
                score.clear();
            } catch (BusinessException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        HorizontalLayout judge = new HorizontalLayout(subject, round, score, saveButton);
        judge.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        body.addComponentAsFirst(judge);
        body.addComponentAsFirst(new H3(getTranslation("contest.judgeTitle")));
    }
}
