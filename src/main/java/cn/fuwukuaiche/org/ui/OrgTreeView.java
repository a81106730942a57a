package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.control.BranchService;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.OrgTreeNode;
import cn.fuwukuaiche.org.control.OrgTreeNode.Level;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.enterprise.context.Dependent;

/**
 * 组织架构: the tree 总支 → 支部 → 单位 → 窗口 → 人员 with 党员数, 窗口数 and 女职工数 at every level, as far as the
 * caller may see (a secretary their branch, window staff their window). Clicking a person opens their record
 * for those who may edit it; ADMIN sets a branch's secretary, business area and floors.
 */
@Dependent
@Route("org")
@PageTitle("组织架构 · 服务快车")
@Menu(title = "menu.org.tree", order = 20, icon = "vaadin:sitemap")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class OrgTreeView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final OrgService org;
    private final StaffService staffService;
    private final BranchService branches;
    private final boolean admin;
    private final TreeGrid<OrgTreeNode> tree = new TreeGrid<>();
    private final Span totals = new Span();
    private final TextField search = new TextField();

    @Inject
    public OrgTreeView(OrgService org, StaffService staffService, BranchService branches, CurrentUser currentUser) {
        this.org = org;
        this.staffService = staffService;
        this.branches = branches;
        this.admin = currentUser.is(Role.ADMIN);
        setSizeFull();
        tree.setId("org-tree");
        tree.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        tree.addHierarchyColumn(n -> n.name()).setHeader(getTranslation("org.tree.name")).setFlexGrow(2).setResizable(true);
        tree.addColumn(n -> Objects.toString(n.detail(), "")).setHeader(getTranslation("org.tree.detail")).setFlexGrow(2);
        tree.addColumn(n -> n.level() == Level.STAFF ? (n.members() > 0 ? getTranslation("org.tree.member") : "") : String.valueOf(n.members()))
                .setHeader(getTranslation("org.tree.members")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> n.level() == Level.STAFF || n.level() == Level.WINDOW ? "" : String.valueOf(n.windows()))
                .setHeader(getTranslation("org.tree.windows")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> n.level() == Level.STAFF ? (n.women() > 0 ? getTranslation("org.tree.woman") : "") : String.valueOf(n.women()))
                .setHeader(getTranslation("org.tree.women")).setAutoWidth(true).setFlexGrow(0);
        tree.addColumn(n -> n.level() == Level.STAFF ? "" : String.valueOf(n.people()))
                .setHeader(getTranslation("org.tree.people")).setAutoWidth(true).setFlexGrow(0);
        tree.addItemClickListener(e -> open(e.getItem()));
        totals.setId("org-totals");

        Button expandAll = new Button(getTranslation("org.tree.expandAll"), e -> expand(true));
        expandAll.setId("org-expand-all");
        expandAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button collapse = new Button(getTranslation("org.tree.collapse"), e -> expand(false));
        collapse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        search.setPlaceholder(getTranslation("org.tree.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        search.setId("org-tree-search");
        search.addValueChangeListener(e -> show());
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("org.tree.title")), totals, search, expandAll, collapse);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, tree);
        refresh();
    }

    private OrgTreeNode root;

    /**
     * {@code ?branch=3}: the branch behind a 党组织换届 figure of the yearly report — its node chosen and its committee's
     * term shown above the tree.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("branch").ifPresent(id -> {
            Branch b = org.choices().branches().stream().filter(x -> String.valueOf(x.getId()).equals(id)).findFirst().orElse(null);
            if (b == null || root == null) {
                return;
            }
            Span term = new Span(b.getTermStart() == null ? getTranslation("org.branch.noTerm", b.getName())
                    : getTranslation("org.branch.term", b.getName(), String.valueOf(b.getTermStart()), String.valueOf(b.getTermEnd())));
            term.setId("org-branch-term");
            addComponentAtIndex(1, term);
            root.children().stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.children().stream()))
                    .filter(n -> n.level() == Level.BRANCH && b.getId().equals(n.id())).findFirst().ifPresent(tree::select);
        });
    }

    private void refresh() {
        root = org.tree();
        totals.setText(getTranslation("org.tree.totals", root.people(), root.members(), root.windows(), root.women()));
        show();
    }

    /** The whole tree (first two levels open), or only what matches the search, fully open. */
    private void show() {
        String text = search.getValue() == null ? "" : search.getValue().strip();
        OrgTreeNode shown = text.isEmpty() ? root : root.filtered(text);
        tree.setItems(shown == null ? List.of() : List.of(shown), OrgTreeNode::children);
        if (shown != null && text.isEmpty()) {
            tree.expand(shown);
            tree.expand(shown.children());
        } else if (shown != null) {
            tree.expandRecursively(List.of(shown), 5);
        }
    }

    private void expand(boolean all) {
        if (all) {
            tree.expandRecursively(List.of(root), 4);
        } else {
            tree.collapseRecursively(List.of(root), 4);
            tree.expand(root);
        }
    }

    private void open(OrgTreeNode n) {
        if (n.level() == Level.STAFF) {
            try {
                Staff s = staffService.staff(n.id());
                if (staffService.canEdit(s)) {
                    new StaffDialog(org, staffService, s, admin, this::refreshKeepingOpen).open();
                }
            } catch (BusinessException e) {
                OrgUi.error(e.getMessage());
            }
        } else if (n.level() == Level.BRANCH && admin && n.id() != null) {
            editBranch(n.id());
        }
    }

    private void refreshKeepingOpen() {
        if (!search.isEmpty()) {
            refresh();
            return;
        }
        Set<String> open = new HashSet<>();
        collectExpanded(root, open);
        root = org.tree();
        tree.setItems(List.of(root), OrgTreeNode::children);
        totals.setText(getTranslation("org.tree.totals", root.people(), root.members(), root.windows(), root.women()));
        reopen(root, open);
    }

    private void collectExpanded(OrgTreeNode n, Set<String> out) {
        if (tree.isExpanded(n)) {
            out.add(n.level() + ":" + n.id());
            n.children().forEach(c -> collectExpanded(c, out));
        }
    }

    private void reopen(OrgTreeNode n, Set<String> open) {
        if (open.contains(n.level() + ":" + n.id())) {
            tree.expand(n);
            n.children().forEach(c -> reopen(c, open));
        }
    }

    private void editBranch(long branchId) {
        Branch b = org.choices().branches().stream().filter(x -> x.getId() == branchId).findFirst().orElse(null);
        if (b == null) {
            return;
        }
        EditDialog d = new EditDialog(b.getName(), getTranslation("action.save"), "branch-save");
        d.setId("branch-dialog");
        EntityForm form = d.form();
        ComboBox<Staff> secretary = form.field("secretary", new ComboBox<>(getTranslation("org.branch.secretary")));
        List<Staff> members = branches.membersOf(branchId);
        secretary.setItems(members);
        secretary.setItemLabelGenerator(s -> s.getName() + "（" + s.getPoliticalStatus().label() + "，" + s.getUnit().displayName() + "）");
        secretary.setClearButtonVisible(true);
        secretary.setId("branch-secretary");
        if (b.getSecretary() != null) {
            members.stream().filter(s -> s.getId().equals(b.getSecretary().getId())).findFirst().ifPresent(secretary::setValue);
        }
        TextField area = form.field("businessArea", new TextField(getTranslation("org.branch.area")));
        area.setValue(Objects.toString(b.getBusinessArea(), ""));
        area.setWidthFull();
        CheckboxGroup<Floor> floors = form.field("floors", new CheckboxGroup<>(getTranslation("org.floor")));
        List<Floor> all = org.choices().floors();
        floors.setItems(all);
        floors.setItemLabelGenerator(Floor::getName);
        Set<Long> current = b.getFloors().stream().map(Floor::getId).collect(Collectors.toSet());
        floors.setValue(all.stream().filter(f -> current.contains(f.getId())).collect(Collectors.toSet()));
        com.vaadin.flow.component.datepicker.DatePicker termStart = form.field("termStart",
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("org.branch.termStart")));
        termStart.setId("branch-term-start");
        termStart.setValue(b.getTermStart());
        com.vaadin.flow.component.datepicker.DatePicker termEnd = form.field("termEnd",
                new com.vaadin.flow.component.datepicker.DatePicker(getTranslation("org.branch.termEnd")));
        termEnd.setId("branch-term-end");
        termEnd.setValue(b.getTermEnd());
        TextField reason = form.field("reason", new TextField(getTranslation("org.reason")));
        d.onSave(() -> {
            branches.updateBranch(b.getId(), b.getVersion(), secretary.getValue() == null ? null : secretary.getValue().getId(),
                    area.getValue(), floors.getValue().stream().map(Floor::getId).collect(Collectors.toSet()),
                    termStart.getValue(), termEnd.getValue(), reason.getValue());
            OrgUi.ok(getTranslation("org.saved"));
            refreshKeepingOpen();
        }).open();
    }
}
