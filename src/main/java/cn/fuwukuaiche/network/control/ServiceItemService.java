package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.PageHall;
import cn.fuwukuaiche.base.db.JpqlFilter;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.control.SheetRows.SheetRow;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.ItemStatus;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.VillageCategory;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service guide (服务指南): the public searches the items in the catalogue; agents and leaders read all
 * of them; ADMIN maintains, withdraws, imports and exports them.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ServiceItemService {

    /** The columns of the item sheet, in export order. */
    public static final List<String> SHEET_COLUMNS = List.of("编码", "名称", "类别", "村级类别", "承办单位", "承办窗口", "办理程序", "申请材料",
            "法定时限", "承诺时限", "收费", "受理层级", "办理层级", "生效日期", "状态", "取消日期", "取消原因");
    static final int PUBLIC_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    OrgDirectory org;

    /** The public guide: items in the catalogue, by keyword (name or code), category and level (accepted there). */
    @PermitAll
    @PageHall
    public List<ServiceItem> searchPublic(String keyword, ItemCategory category, NodeLevel level) {
        return query(keyword, category, null, level, false).setMaxResults(PUBLIC_LIMIT).getResultList();
    }

    /** Items agents may accept at a level, for the new-case form. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
    public List<ServiceItem> acceptableAt(NodeLevel level) {
        return query(null, null, null, level, false).getResultList();
    }

    public record ItemFilter(String keyword, ItemCategory category, VillageCategory villageCategory, NodeLevel level,
                             boolean includeWithdrawn) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT})
    public List<ServiceItem> list(ItemFilter f) {
        return query(f.keyword(), f.category(), f.villageCategory(), f.level(), f.includeWithdrawn()).getResultList();
    }

    @PermitAll
    public ServiceItem find(long id) {
        ServiceItem item = em.find(ServiceItem.class, id);
        if (item == null) {
            throw new BusinessException("该事项不存在");
        }
        return item;
    }

    private TypedQuery<ServiceItem> query(String keyword, ItemCategory category, VillageCategory villageCategory,
                                          NodeLevel level, boolean includeWithdrawn) {
        return new JpqlFilter("select i from ServiceItem i")
                .contains("kw", keyword, "i.name", "i.code", "i.materials")
                .and("i.category = :category", "category", category)
                .and("i.villageCategory = :vc", "vc", villageCategory)
                .and("i.acceptLevelsText like :level", "level", level == null ? null : "%" + level.name() + "%")
                .and("i.status = :active", "active", includeWithdrawn ? null : ItemStatus.ACTIVE)
                .query(em, ServiceItem.class, "i.code");
    }

    public record ItemForm(String code, String name, ItemCategory category, VillageCategory villageCategory,
                           Long unitId, Long windowId, String procedureSteps, String materials, int legalDays, int promisedDays, String fee,
                           Set<NodeLevel> acceptLevels, Set<NodeLevel> handleLevels, LocalDate effectiveFrom) {
    }

    public ServiceItem create(ItemForm form) {
        validate(form, null);
        ServiceItem item = new ServiceItem(form.code().strip(), form.name().strip(), form.category(),
                form.effectiveFrom() == null ? Times.today() : form.effectiveFrom());
        apply(item, form);
        applyHandler(item, form);
        em.persist(item);
        em.flush();
        audit.created(item, null);
        return item;
    }

    public ServiceItem update(long id, long expectedVersion, ItemForm form, String reason) {
        ServiceItem item = load(id, expectedVersion);
        validate(form, item);
        Map<String, Object> before = item.auditState();
        apply(item, form);
        applyHandler(item, form);
        em.flush();
        audit.updated(before, item, reason);
        return item;
    }

    /** 承办: the unit, and optionally one of its windows. */
    private void applyHandler(ServiceItem item, ItemForm form) {
        Unit unit = form.unitId() == null ? null : em.find(Unit.class, form.unitId());
        if (form.unitId() != null && unit == null) {
            throw new BusinessException("unitId", "承办单位不存在");
        }
        ServiceWindow window = form.windowId() == null ? null : em.find(ServiceWindow.class, form.windowId());
        if (form.windowId() != null && window == null) {
            throw new BusinessException("windowId", "承办窗口不存在");
        }
        if (window != null && unit == null) {
            unit = window.getUnit();
        }
        if (window != null && !window.getUnit().getId().equals(unit.getId())) {
            throw new BusinessException("windowId", "窗口 " + window.label() + " 不属于" + unit.getName());
        }
        item.setUnit(unit);
        item.setWindow(window);
    }

    /** Takes an item out of the catalogue (清理); it stays in the history and in old cases. */
    public ServiceItem withdraw(long id, long expectedVersion, LocalDate on, String reason) {
        ServiceItem item = load(id, expectedVersion);
        if (!item.isActive()) {
            throw new BusinessException("该事项已取消");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写取消原因（如：第三轮事项清理）");
        }
        LocalDate day = on == null ? Times.today() : on;
        if (day.isBefore(item.getEffectiveFrom())) {
            throw new BusinessException("withdrawnOn", "取消日期不能早于生效日期 " + Times.format(item.getEffectiveFrom()));
        }
        Map<String, Object> before = item.auditState();
        item.setStatus(ItemStatus.WITHDRAWN);
        item.setWithdrawnOn(day);
        item.setWithdrawReason(reason.strip());
        em.flush();
        audit.updated(before, item, reason);
        return item;
    }

    /** The catalogue size at each month end, for the chart of the clean-ups. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public List<CatalogueHistory.Point> history(YearMonth from, YearMonth to) {
        List<CatalogueHistory.Span> spans = em.createQuery("select i.effectiveFrom, i.withdrawnOn from ServiceItem i", Object[].class)
                .getResultList().stream().map(r -> new CatalogueHistory.Span((LocalDate) r[0], (LocalDate) r[1])).toList();
        return CatalogueHistory.monthly(spans, from, to);
    }

    public record ImportResult(int created, int updated, int withdrawn) {
    }

    /** Creates or updates items by code from a sheet in the export's format; all or nothing. */
    public ImportResult importSheet(byte[] xlsx) {
        List<SheetRow> rows = SheetRows.read(new ByteArrayInputStream(xlsx), SHEET_COLUMNS.subList(0, 14));
        if (rows.isEmpty()) {
            throw new BusinessException("表格中没有事项数据");
        }
        int created = 0;
        int updated = 0;
        int withdrawn = 0;
        for (SheetRow r : rows) {
            ItemForm form = new ItemForm(r.get("编码"), r.get("名称"),
                    ItemCategory.parse(r.get("类别")).orElseThrow(() -> r.error("类别须为 行政许可、公共服务 或 其他")),
                    r.get("村级类别").isEmpty() ? null : VillageCategory.parse(r.get("村级类别"))
                            .orElseThrow(() -> r.error("村级类别须为 证照代办、咨询服务、公益事业、致富发展、民事纠纷调解 之一或留空")),
                    unitId(r), windowId(r), r.get("办理程序"), r.get("申请材料"), r.integer("法定时限"), r.integer("承诺时限"), r.get("收费"),
                    levels(r, "受理层级"), levels(r, "办理层级"), r.date("生效日期"));
            try {
                ServiceItem existing = byCode(form.code().strip());
                ServiceItem item;
                if (existing == null) {
                    item = create(form);
                    created++;
                } else {
                    validate(form, existing);
                    Map<String, Object> before = existing.auditState();
                    apply(existing, form);
                    applyHandler(existing, form);
                    em.flush();
                    if (!before.equals(existing.auditState())) {
                        audit.updated(before, existing, "Excel 导入");
                        updated++;
                    }
                    item = existing;
                }
                if (ItemStatus.WITHDRAWN.label().equals(r.get("状态")) && item.isActive()) {
                    withdraw(item.getId(), item.getVersion(), r.date("取消日期"),
                            r.get("取消原因").isEmpty() ? "Excel 导入：已取消" : r.get("取消原因"));
                    withdrawn++;
                }
            } catch (BusinessException e) {
                throw r.error(e.getMessage());
            }
        }
        audit.event(AuditAction.IMPORT, "服务事项", null,
                "导入服务事项：新增 " + created + " 项，修改 " + updated + " 项，取消 " + withdrawn + " 项", null, null);
        return new ImportResult(created, updated, withdrawn);
    }

    private Long unitId(SheetRow r) {
        String name = r.get("承办单位");
        if (name.isEmpty()) {
            return null;
        }
        return org.unitIdByName(name).orElseThrow(() -> r.error("承办单位“" + name + "”不存在"));
    }

    /** The window by its number, e.g. "A05" or "A05 户籍业务" as exported. */
    private Long windowId(SheetRow r) {
        String text = r.get("承办窗口");
        if (text.isEmpty()) {
            return null;
        }
        String no = text.split("\\s+")[0];
        return em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no)
                .getResultStream().findFirst().map(ServiceWindow::getId).orElseThrow(() -> r.error("承办窗口“" + no + "”不存在"));
    }

    private static Set<NodeLevel> levels(SheetRow r, String header) {
        Set<NodeLevel> set = EnumSet.noneOf(NodeLevel.class);
        for (String part : Arrays.stream(r.get(header).split("[、,，;；/\\s]+")).filter(s -> !s.isBlank()).toList()) {
            set.add(NodeLevel.parse(part).orElseThrow(() -> r.error("「" + header + "」中的“" + part + "”不是层级（县级、乡镇级、村级）")));
        }
        return set;
    }

    /** The sheet's cells for one item, in {@link #SHEET_COLUMNS} order. */
    public static List<Object> sheetRow(ServiceItem i) {
        List<Object> cells = new ArrayList<>();
        cells.add(i.getCode());
        cells.add(i.getName());
        cells.add(i.getCategory().label());
        cells.add(i.getVillageCategory() == null ? "" : i.getVillageCategory().label());
        cells.add(i.getUnit() == null ? "" : i.getUnit().getName());
        cells.add(i.getWindow() == null ? "" : i.getWindow().label());
        cells.add(i.getProcedureSteps());
        cells.add(i.getMaterials());
        cells.add(i.getLegalDays());
        cells.add(i.getPromisedDays());
        cells.add(i.getFee());
        cells.add(ServiceItem.levelsLabel(i.getAcceptLevels()));
        cells.add(ServiceItem.levelsLabel(i.getHandleLevels()));
        cells.add(Times.format(i.getEffectiveFrom()));
        cells.add(i.getStatus().label());
        cells.add(Times.format(i.getWithdrawnOn()));
        cells.add(i.getWithdrawReason());
        return cells;
    }

    private void validate(ItemForm form, ServiceItem self) {
        // the one input normaliser (forms and imports alike): no line break in single-line fields, no control character anywhere
        Input.requireSingleLine("code", "事项编码", form.code());
        Input.requireSingleLine("name", "事项名称", form.name());
        Input.requireSingleLine("fee", "收费标准", form.fee());
        Input.requireMultiLine("procedureSteps", "办理流程", form.procedureSteps());
        Input.requireMultiLine("materials", "申请材料", form.materials());
        ItemRules.validate(form.code(), form.name(), form.category(), form.legalDays(), form.promisedDays(), form.fee(),
                form.acceptLevels(), form.handleLevels());
        ServiceItem same = byCode(form.code().strip());
        if (same != null && (self == null || !same.getId().equals(self.getId()))) {
            throw new BusinessException("code", "编码 " + form.code().strip() + " 已被「" + same.getName() + "」使用");
        }
        if (self != null && !self.getCode().equals(form.code().strip())) {
            throw new BusinessException("code", "事项编码创建后不可修改");
        }
    }

    private static void apply(ServiceItem item, ItemForm form) {
        item.setName(form.name().strip());
        item.setCategory(form.category());
        item.setVillageCategory(form.villageCategory());
        item.setProcedureSteps(NodeService.blankToNull(form.procedureSteps()));
        item.setMaterials(NodeService.blankToNull(form.materials()));
        item.setLegalDays(form.legalDays());
        item.setPromisedDays(form.promisedDays());
        item.setFee(form.fee().strip());
        item.setAcceptLevels(form.acceptLevels());
        item.setHandleLevels(form.handleLevels());
        if (form.effectiveFrom() != null) {
            item.setEffectiveFrom(form.effectiveFrom());
        }
    }

    private ServiceItem load(long id, long expectedVersion) {
        ServiceItem item = em.find(ServiceItem.class, id);
        if (item == null) {
            throw new BusinessException("该事项不存在");
        }
        if (item.getVersion() != expectedVersion) {
            throw new OptimisticLockException("事项 " + item.getName() + " 已被他人修改");
        }
        return item;
    }

    ServiceItem byCode(String code) {
        return em.createQuery("select i from ServiceItem i where i.code = :c", ServiceItem.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }
}
