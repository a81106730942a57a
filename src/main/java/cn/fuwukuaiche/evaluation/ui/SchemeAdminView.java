package cn.fuwukuaiche.evaluation.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.SchemeService;
import cn.fuwukuaiche.evaluation.control.scheme.RankingCriterion;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeRuleSpec;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeSpec;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleFeed;
import cn.fuwukuaiche.evaluation.entity.SchemeRuleKind;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 评分方案: each scheme's versions (newest first) and the rules of the selected one; ADMIN adds a version from a
 * month not yet scored, starting from the newest version's rules, and may remove the newest version while
 * nothing was approved under it. LEADER reads.
 */
@Dependent
@Route("evaluation/schemes")
@PageTitle("评分方案 · 服务快车")
@Menu(title = "menu.schemes", order = 78, icon = "vaadin:scale")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class SchemeAdminView extends VerticalLayout {

    private final SchemeService schemes;
    private final boolean admin;
    private final RadioButtonGroup<AssessmentSubject> kind;
    private final Grid<SchemeService.VersionInfo> versions = new Grid<>();
    private final Grid<SchemeRuleSpec> rules = new Grid<>();
    private final Span summary = new Span();

    @Inject
    public SchemeAdminView(SchemeService schemes, CurrentUser currentUser) {
        this.schemes = schemes;
        this.admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        kind = AssessmentUi.kindPicker("scheme-kind", AssessmentSubject.WINDOW);
        kind.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("scheme.new"), VaadinIcon.PLUS.create(), e -> edit());
        add.setId("scheme-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        HorizontalLayout toolbar = new HorizontalLayout(kind, add);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        versions.setId("scheme-versions");
        versions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.addColumn(v -> getTranslation("scheme.versionNo", String.valueOf(v.scheme().versionNo()))).setHeader(getTranslation("scheme.version")).setAutoWidth(true);
        versions.addColumn(v -> AssessmentUi.month(v.scheme().effectiveFrom())).setHeader(getTranslation("scheme.from"))
                .setAutoWidth(true);
        versions.addColumn(v -> v.scheme().spec().changeNote()).setHeader(getTranslation("scheme.note")).setFlexGrow(2);
        versions.addColumn(v -> v.createdBy() + " " + Times.format(v.createdAt())).setHeader(getTranslation("scheme.created"))
                .setAutoWidth(true);
        versions.addColumn(SchemeService.VersionInfo::sheets).setHeader(getTranslation("scheme.sheets")).setAutoWidth(true);
        versions.addComponentColumn(v -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(v));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("scheme.delete"));
            delete.setVisible(admin && v.deletable());
            delete.setId("scheme-delete-" + v.scheme().versionNo());
            return delete;
        }).setWidth("4.5em").setFlexGrow(0);
        versions.setHeight("14em");
        versions.addSelectionListener(e -> show(e.getFirstSelectedItem().map(SchemeService.VersionInfo::scheme).orElse(null)));

        rules.setId("scheme-rules");
        rules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        rules.addColumn(r -> r.kind().label()).setHeader(getTranslation("scheme.kind")).setAutoWidth(true);
        rules.addColumn(SchemeRuleSpec::code).setHeader(getTranslation("scheme.code")).setAutoWidth(true);
        rules.addColumn(SchemeRuleSpec::name).setHeader(getTranslation("scheme.name")).setAutoWidth(true);
        rules.addColumn(r -> r.itemCode() == null ? "" : r.itemCode()).setHeader(getTranslation("scheme.item")).setAutoWidth(true);
        rules.addColumn(r -> r.points() == null ? "" : (r.kind() == SchemeRuleKind.DEDUCTION ? "−" : r.kind() == SchemeRuleKind.BONUS
                ? "+" : "") + AssessmentUi.points(r.points())).setHeader(getTranslation("scheme.points")).setAutoWidth(true);
        rules.addColumn(r -> r.cap() == null ? "" : AssessmentUi.points(r.cap())).setHeader(getTranslation("scheme.cap"))
                .setAutoWidth(true);
        rules.addColumn(r -> r.kind() == SchemeRuleKind.DEDUCTION || r.kind() == SchemeRuleKind.BONUS ? r.feed().label() : "")
                .setHeader(getTranslation("scheme.feed")).setAutoWidth(true);
        summary.setId("scheme-summary");
        summary.getStyle().set("white-space", "pre-line");

        add(new H2(getTranslation("scheme.title")), toolbar, versions, new H4(getTranslation("scheme.rules")), summary, rules);
        setFlexGrow(1, rules);
        refresh();
    }

    private void refresh() {
        List<SchemeService.VersionInfo> all = schemes.versions(kind.getValue());
        versions.setItems(all);
        if (all.isEmpty()) {
            show(null);
        } else {
            versions.select(all.get(0));
        }
    }

    private void show(SchemeInForce s) {
        if (s == null) {
            rules.setItems(List.of());
            summary.setText(getTranslation("scheme.none"));
            return;
        }
        rules.setItems(s.spec().rules().stream().sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder())).toList());
        summary.setText(getTranslation("scheme.summary", s.label(), AssessmentUi.points(s.definition().bonusCap()),
                Arrays.stream(RatingLevel.values()).map(l -> l.label() + " " + AssessmentUi.points(
                        s.definition().ratingPoints().pointsFor(l))).collect(Collectors.joining("、")),
                AssessmentUi.points(s.definition().weights().publicWeight()), AssessmentUi.points(s.definition().weights().peerWeight()),
                AssessmentUi.points(s.definition().weights().organisationWeight()), String.join(" › ", s.criteriaLabels())));
    }

    private void delete(SchemeService.VersionInfo v) {
        try {
            schemes.deleteVersion(v.id(), v.entityVersion(), null);
            AssessmentUi.success(getTranslation("scheme.deleted"));
        } catch (BusinessException e) {
            AssessmentUi.error(e.getMessage());
        } catch (OptimisticLockException e) {
            AssessmentUi.error(getTranslation("error.concurrent"));
        }
        refresh();
    }

    /** A rule row being edited (mutable, unlike {@link SchemeRuleSpec}). */
    static final class Draft {
        SchemeRuleKind kind;
        String code;
        String name;
        String itemCode;
        BigDecimal points;
        BigDecimal cap;
        SchemeRuleFeed feed;

        Draft(SchemeRuleSpec r) {
            kind = r.kind();
            code = r.code();
            name = r.name();
            itemCode = r.itemCode();
            points = r.points();
            cap = r.cap();
            feed = r.feed();
        }

        SchemeRuleSpec toSpec(int order) {
            return new SchemeRuleSpec(kind, blank(code), blank(name), kind == SchemeRuleKind.DEDUCTION ? itemCode : null,
                    kind == SchemeRuleKind.VETO ? null : points, kind == SchemeRuleKind.ITEM || kind == SchemeRuleKind.VETO ? null : cap,
                    feed == null ? SchemeRuleFeed.MANUAL : feed, order);
        }

        private static String blank(String s) {
            return s == null ? null : s.strip();
        }
    }

    private void edit() {
        SchemeSpec template = schemes.template(kind.getValue());
        YearMonth first = schemes.firstOpenMonth(kind.getValue()).orElse(YearMonth.from(Times.today()));
        EditDialog d = new EditDialog(getTranslation("scheme.newTitle", kind.getValue().label()), getTranslation("scheme.save"),
                "version-save");
        d.setId("version-dialog");
        d.setWidth("min(1200px, 98vw)");
        EntityForm head = d.form();

        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(first.plusMonths(i));
        }
        ComboBox<YearMonth> from = head.field("effectiveYm", new ComboBox<>(getTranslation("scheme.from"), months));
        from.setItemLabelGenerator(AssessmentUi::month);
        from.setValue(first);
        from.setId("version-month");
        from.setHelperText(getTranslation("scheme.fromHelp", AssessmentUi.month(first)));
        TextField note = head.field("changeNote", new TextField(getTranslation("scheme.note")));
        note.setId("version-note");
        note.setMaxLength(500);
        note.setRequiredIndicatorVisible(true);
        BigDecimalField bonusCap = decimal(getTranslation("scheme.bonusCap"), template.bonusCap(), "version-bonus-cap");
        List<BigDecimalField> pts = new ArrayList<>();
        for (RatingLevel l : RatingLevel.values()) {
            pts.add(decimal(l.label(), template.ratingPoints().get(l.ordinal()), "version-pts-" + l.name()));
        }
        BigDecimalField wPublic = decimal(getTranslation("scheme.wPublic"), template.weightPublic(), "version-w-public");
        BigDecimalField wPeer = decimal(getTranslation("scheme.wPeer"), template.weightPeer(), "version-w-peer");
        BigDecimalField wOrg = decimal(getTranslation("scheme.wOrg"), template.weightOrganisation(), "version-w-org");
        CheckboxGroup<RankingCriterion> tie = new CheckboxGroup<>(getTranslation("scheme.tieBreakers"));
        tie.setItems(Arrays.stream(RankingCriterion.values()).filter(c -> c != RankingCriterion.TOTAL).toList());
        tie.setItemLabelGenerator(RankingCriterion::label);
        tie.setValue(new LinkedHashSet<>(RankingCriterion.parse(template.tieBreakers()).stream()
                .filter(c -> c != RankingCriterion.TOTAL).toList()));
        tie.setId("version-tie");
        head.add(bonusCap, wPublic, wPeer, wOrg);
        head.setColspan(note, 2);
        FormLayout ptsForm = new FormLayout();
        pts.forEach(ptsForm::add);
        ptsForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 5));

        List<Draft> drafts = new ArrayList<>(template.rules().stream()
                .sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder())).map(Draft::new).toList());
        Grid<Draft> grid = new Grid<>();
        grid.setId("version-rules");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(r -> r.kind.label()).setHeader(getTranslation("scheme.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> text(r.code, v -> r.code = v, "8em")).setHeader(getTranslation("scheme.code"));
        grid.addComponentColumn(r -> text(r.name, v -> r.name = v, "10em")).setHeader(getTranslation("scheme.name"));
        grid.addComponentColumn(r -> {
            if (r.kind != SchemeRuleKind.DEDUCTION) {
                return new Span();
            }
            ComboBox<String> item = new ComboBox<>();
            item.setItems(drafts.stream().filter(x -> x.kind == SchemeRuleKind.ITEM && x.code != null).map(x -> x.code).toList());
            item.setValue(r.itemCode);
            item.setWidth("9em");
            item.addValueChangeListener(e -> r.itemCode = e.getValue());
            return item;
        }).setHeader(getTranslation("scheme.item"));
        grid.addComponentColumn(r -> r.kind == SchemeRuleKind.VETO ? new Span()
                : number(r.points, v -> r.points = v)).setHeader(getTranslation("scheme.points"));
        grid.addComponentColumn(r -> r.kind == SchemeRuleKind.ITEM || r.kind == SchemeRuleKind.VETO ? new Span()
                : number(r.cap, v -> r.cap = v)).setHeader(getTranslation("scheme.cap"));
        grid.addComponentColumn(r -> {
            if (r.kind != SchemeRuleKind.DEDUCTION) {
                return new Span();
            }
            ComboBox<SchemeRuleFeed> feed = new ComboBox<>();
            feed.setItems(SchemeRuleFeed.values());
            feed.setItemLabelGenerator(SchemeRuleFeed::label);
            feed.setValue(r.feed);
            feed.setWidth("12em");
            feed.addValueChangeListener(e -> r.feed = e.getValue());
            return feed;
        }).setHeader(getTranslation("scheme.feed"));
        grid.addComponentColumn(r -> {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                drafts.remove(r);
                grid.setItems(drafts);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(drafts);
        grid.setHeight("22em");
        HorizontalLayout adders = new HorizontalLayout();
        for (SchemeRuleKind k : SchemeRuleKind.values()) {
            Button b = new Button(getTranslation("scheme.add", k.label()), VaadinIcon.PLUS.create(), e -> {
                SchemeRuleSpec blank = new SchemeRuleSpec(k, "", "", null, k == SchemeRuleKind.VETO ? null : BigDecimal.ONE, null,
                        SchemeRuleFeed.MANUAL, drafts.size());
                Draft draft = new Draft(blank);
                int at = 0;
                for (int i = 0; i < drafts.size(); i++) {
                    if (drafts.get(i).kind.ordinal() <= k.ordinal()) {
                        at = i + 1;
                    }
                }
                drafts.add(at, draft);
                grid.setItems(drafts);
            });
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            adders.add(b);
        }
        d.add(new H4(getTranslation("scheme.ratingPoints")), ptsForm, tie, new H4(getTranslation("scheme.rules")), adders, grid);
        d.onSave(() -> {
            List<SchemeRuleSpec> specs = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                specs.add(drafts.get(i).toSpec(i));
            }
            Set<RankingCriterion> chosen = new LinkedHashSet<>();
            Arrays.stream(RankingCriterion.values()).filter(tie.getValue()::contains).forEach(chosen::add);
            SchemeSpec spec = new SchemeSpec(null, template.schemeName(), 0,
                    from.getValue() == null ? 0 : SchemeMapper.period(from.getValue()), bonusCap.getValue(),
                    pts.stream().map(BigDecimalField::getValue).toList(), wPublic.getValue(), wPeer.getValue(), wOrg.getValue(),
                    RankingCriterion.format(new ArrayList<>(chosen)), note.getValue(), specs);
            schemes.createVersion(kind.getValue(), spec, null);
            AssessmentUi.success(getTranslation("scheme.saved"));
            refresh();
        }).open();
    }

    private static BigDecimalField decimal(String label, BigDecimal value, String id) {
        BigDecimalField f = new BigDecimalField(label);
        f.setValue(value == null ? null : value.stripTrailingZeros());
        f.setId(id);
        return f;
    }

    private static Component text(String value, java.util.function.Consumer<String> set, String width) {
        TextField t = new TextField();
        t.setValue(value == null ? "" : value);
        t.setWidth(width);
        t.addValueChangeListener(e -> set.accept(e.getValue()));
        return t;
    }

    private static Component number(BigDecimal value, java.util.function.Consumer<BigDecimal> set) {
        BigDecimalField f = new BigDecimalField();
        f.setValue(value == null ? null : value.stripTrailingZeros());
        f.setWidth("6em");
        f.addValueChangeListener(e -> set.accept(e.getValue()));
        return f;
    }
}
