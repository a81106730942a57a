package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Unit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One entry of the service guide (服务指南): what the service is, who handles it, how, with which
 * materials, within how many working days, at what fee, and at which levels it can be accepted and
 * handled. Withdrawn items stay in the table (with the date and reason), so the catalogue's size over
 * time and old cases keep their meaning.
 */
@AuditedAs("服务事项")
@Entity
@Table(name = "service_item")
public class ServiceItem extends BaseEntity implements Audited {

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "village_category", length = 16)
    private VillageCategory villageCategory;

    /** 承办单位: the stationed unit responsible for the item; null for items only townships and villages handle. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** 承办窗口: the unit's window at the hall that handles it. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    /** 办理程序: one step per line. */
    @Column(name = "procedure_steps")
    private String procedureSteps;

    /** 申请材料: one material per line; a new case's checklist is made from these. */
    @Column(name = "materials")
    private String materials;

    @Column(name = "legal_days", nullable = false)
    private int legalDays;

    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    @Column(nullable = false, length = 100)
    private String fee = "不收费";

    @Convert(converter = NodeLevelsConverter.class)
    @Column(name = "accept_levels", nullable = false, length = 64)
    private Set<NodeLevel> acceptLevels = EnumSet.noneOf(NodeLevel.class);

    /** The same column as text, read-only, so queries can say {@code acceptLevelsText like '%VILLAGE%'}. */
    @Column(name = "accept_levels", insertable = false, updatable = false)
    private String acceptLevelsText;

    @Convert(converter = NodeLevelsConverter.class)
    @Column(name = "handle_levels", nullable = false, length = 64)
    private Set<NodeLevel> handleLevels = EnumSet.noneOf(NodeLevel.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemStatus status = ItemStatus.ACTIVE;

    /** The day the item entered the catalogue. */
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdraw_reason", length = 200)
    private String withdrawReason;

    protected ServiceItem() {
    }

    public ServiceItem(String code, String name, ItemCategory category, LocalDate effectiveFrom) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.effectiveFrom = effectiveFrom;
    }

    /** Whether the item was in the catalogue on that day. */
    public boolean inCatalogueOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    public List<String> materialList() {
        return lines(materials);
    }

    public List<String> procedureList() {
        return lines(procedureSteps);
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static String levelsLabel(Set<NodeLevel> levels) {
        return levels == null || levels.isEmpty() ? "" : EnumSet.copyOf(levels).stream().map(NodeLevel::label).collect(Collectors.joining("、"));
    }

    @Override
    public String auditLabel() {
        return name + "（" + code + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("编码", code);
        m.put("名称", name);
        m.put("类别", category == null ? null : category.label());
        m.put("村级类别", villageCategory == null ? null : villageCategory.label());
        m.put("承办单位", unit == null ? null : unit.getName());
        m.put("承办窗口", window == null ? null : window.label());
        m.put("办理程序", procedureSteps);
        m.put("申请材料", materials);
        m.put("法定时限（工作日）", legalDays);
        m.put("承诺时限（工作日）", promisedDays);
        m.put("收费", fee);
        m.put("受理层级", levelsLabel(acceptLevels));
        m.put("办理层级", levelsLabel(handleLevels));
        m.put("状态", status == null ? null : status.label());
        m.put("生效日期", effectiveFrom);
        m.put("取消日期", withdrawnOn);
        return m;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ItemCategory getCategory() {
        return category;
    }

    public void setCategory(ItemCategory category) {
        this.category = category;
    }

    public VillageCategory getVillageCategory() {
        return villageCategory;
    }

    public void setVillageCategory(VillageCategory villageCategory) {
        this.villageCategory = villageCategory;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    public void setWindow(ServiceWindow window) {
        this.window = window;
    }

    /** "县公安局 · A05 户籍业务", or the unit alone, or empty. */
    public String handlerLabel() {
        if (unit == null) {
            return "";
        }
        return unit.getName() + (window == null ? "" : " · " + window.label());
    }

    public String getProcedureSteps() {
        return procedureSteps;
    }

    public void setProcedureSteps(String procedureSteps) {
        this.procedureSteps = procedureSteps;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public int getLegalDays() {
        return legalDays;
    }

    public void setLegalDays(int legalDays) {
        this.legalDays = legalDays;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public void setPromisedDays(int promisedDays) {
        this.promisedDays = promisedDays;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public Set<NodeLevel> getAcceptLevels() {
        return acceptLevels;
    }

    public void setAcceptLevels(Set<NodeLevel> acceptLevels) {
        this.acceptLevels = acceptLevels == null || acceptLevels.isEmpty() ? EnumSet.noneOf(NodeLevel.class) : EnumSet.copyOf(acceptLevels);
    }

    public Set<NodeLevel> getHandleLevels() {
        return handleLevels;
    }

    public void setHandleLevels(Set<NodeLevel> handleLevels) {
        this.handleLevels = handleLevels == null || handleLevels.isEmpty() ? EnumSet.noneOf(NodeLevel.class) : EnumSet.copyOf(handleLevels);
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public void setWithdrawnOn(LocalDate withdrawnOn) {
        this.withdrawnOn = withdrawnOn;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public boolean isActive() {
        return status == ItemStatus.ACTIVE;
    }
}
