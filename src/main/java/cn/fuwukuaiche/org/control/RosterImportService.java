package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * The roster import (Excel, ADMIN): templates, a checked preview that writes nothing, the import of new staff, units
 * or windows in one transaction (also in the background with progress), and the "update existing" mode keyed by
 * 工号. Any bad row refuses the whole file; every record gets its audit line.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RosterImportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    Event<StaffSaved> staffSaved;

    @Resource
    SessionContext context;

    // ---- Excel import (ADMIN) -----------------------------------------------------------------------

    /** Reads and checks the sheet; writes nothing. */
    @RolesAllowed(Role.Names.ADMIN)
    public ImportPreview previewImport(ImportKind kind, byte[] xlsx) {
        return RosterValidator.validate(RosterSheets.read(kind, xlsx), reference());
    }

    /** Imports every row in this one transaction, or none: any bad row refuses the whole file. */
    @RolesAllowed(Role.Names.ADMIN)
    public int commitImport(ImportKind kind, byte[] xlsx, IntConsumer progressPercent) {
        IntConsumer progress = progressPercent == null ? p -> { } : progressPercent;
        ImportPreview preview = previewImport(kind, xlsx);
        if (!preview.importable()) {
            List<String> lines = new ArrayList<>(preview.fileProblems());
            preview.badRows().stream().limit(20).map(ImportRow::describe).forEach(lines::add);
            if (preview.badRows().size() > 20) {
                lines.add("……共 " + preview.badRows().size() + " 行有误");
            }
            throw new BusinessException("没有导入任何数据。" + String.join("\n", lines));
        }
        Hall hall = OrgWrites.hall(em);
        List<ImportRow> rows = preview.rows();
        List<cn.fuwukuaiche.base.entity.Audited> created = new ArrayList<>(rows.size());
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : em.createQuery("select u from Unit u", Unit.class).getResultList()) {
            units.put(u.getName(), u);
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u);
            }
        }
        Map<String, Branch> branches = em.createQuery("select b from Branch b", Branch.class).getResultList().stream()
                .collect(Collectors.toMap(Branch::getName, b -> b, (a, b) -> a));
        Map<String, ServiceWindow> windows = em.createQuery("select w from ServiceWindow w", ServiceWindow.class).getResultList()
                .stream().collect(Collectors.toMap(ServiceWindow::getWindowNo, w -> w));
        Map<String, Floor> floors = new HashMap<>();
        for (Floor f : em.createQuery("select f from Floor f", Floor.class).getResultList()) {
            floors.put(String.valueOf(f.getFloorNo()), f);
            floors.put(f.shortLabel(), f);
            floors.put(f.getName(), f);
        }
        List<Zone> zones = em.createQuery("select z from Zone z", Zone.class).getResultList();
        int n = 0;
        for (ImportRow r : rows) {
            switch (kind) {
                case STAFF -> {
                    Staff s = newStaff(r, units, windows, branches);
                    em.persist(s);
                    created.add(s);
                }
                case UNIT -> {
                    String order = r.get("排序");
                    Unit u = new Unit(hall, r.get("单位名称"), r.get("简称"),
                            r.get("所属支部") == null ? null : branches.get(r.get("所属支部")), order == null ? 100 : Integer.parseInt(order));
                    em.persist(u);
                    created.add(u);
                }
                case WINDOW -> {
                    Floor floor = floors.get(r.get("楼层"));
                    String code = r.get("区域");
                    Zone zone = code == null ? null : zones.stream().filter(z -> z.getFloor().getId().equals(floor.getId())
                            && z.getCode().equalsIgnoreCase(code)).findFirst().orElse(null);
                    ServiceWindow w = new ServiceWindow(OrgRules.normalizeWindowNo(r.get("窗口号")), r.get("窗口名称"),
                            units.get(r.get("所在单位")), floor, zone, r.get("业务范围"));
                    em.persist(w);
                    created.add(w);
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
            if (++n % 25 == 0) {
                progress.accept(n * 60 / rows.size());
            }
        }
        em.flush();
        progress.accept(70);
        n = 0;
        for (cn.fuwukuaiche.base.entity.Audited a : created) {
            audit.created(a, "Excel 导入" + kind.label());
            if (a instanceof Staff st) {
                staffSaved.fire(new StaffSaved(st.getId()));
            }
            if (++n % 50 == 0) {
                progress.accept(70 + n * 29 / created.size());
            }
        }
        audit.event(AuditAction.CREATE, kind.label(), null, "Excel 导入" + kind.label() + " " + created.size() + " 条", null, null);
        em.flush();
        progress.accept(100);
        return created.size();
    }

    // ---- Excel re-import: update existing staff, keyed by 工号 (ADMIN) -----------------------------------

    /**
     * The roster file in "update existing" mode, checked and compared, nothing written: rows whose 工号 exists update
     * that person (each change field by field, old → new), other rows add people, rows equal to the database change
     * nothing. {@code checked} holds every row with its problems (a column the file lacks is checked with the
     * person's current value).
     */
    public record UpdatePreview(ImportPreview checked, List<RosterUpdate.StaffUpdate> updates, int created, int unchanged) {

        public boolean importable() {
            return checked.importable() && (!updates.isEmpty() || created > 0);
        }

        public int fieldChanges() {
            return updates.stream().mapToInt(u -> u.changes().size()).sum();
        }

        /** A one-line summary in Chinese. */
        public String summary() {
            if (!checked.importable()) {
                return checked.summary();
            }
            return "共 " + checked.rows().size() + " 行：更新 " + updates.size() + " 人（" + fieldChanges() + " 项变更），新增 " + created
                    + " 人，" + unchanged + " 人无变化" + (importable() ? "" : "：没有需要导入的内容");
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    public UpdatePreview previewUpdate(byte[] xlsx) {
        ImportPreview parsed = RosterSheets.read(ImportKind.STAFF, xlsx);
        if (!parsed.fileProblems().isEmpty()) {
            return new UpdatePreview(parsed, List.of(), 0, 0);
        }
        Map<String, Staff> existing = existingStaff();
        Set<String> present = parsed.rows().isEmpty() ? Set.of() : new HashSet<>(parsed.rows().get(0).values().keySet());
        Map<Integer, Map<String, String>> fromFile = new HashMap<>();
        for (ImportRow r : parsed.rows()) {
            fromFile.put(r.rowNo(), new HashMap<>(r.values()));
            Staff s = r.get("工号") == null ? null : existing.get(r.get("工号").toUpperCase());
            if (s != null) {
                // a column the file lacks keeps the person's value: check the row as it would be stored
                Map<String, String> now = currentValues(s);
                for (String h : ImportKind.STAFF.headers()) {
                    r.values().putIfAbsent(ImportKind.plain(h), now.get(ImportKind.plain(h)));
                }
            }
        }
        RosterValidator.Reference ref = reference();
        ImportPreview checked = RosterValidator.validate(parsed, ref, true);
        Map<Long, String> unitNames = new HashMap<>();
        em.createQuery("select u from Unit u", Unit.class).getResultList().forEach(u -> unitNames.put(u.getId(), u.getName()));
        List<RosterUpdate.StaffUpdate> updates = new ArrayList<>();
        int created = 0;
        int unchanged = 0;
        for (ImportRow r : checked.rows()) {
            Staff s = r.get("工号") == null ? null : existing.get(r.get("工号").toUpperCase());
            if (s == null) {
                created++;
                continue;
            }
            List<RosterUpdate.FieldChange> changes = RosterUpdate.changes(currentValues(s), fromFile.get(r.rowNo()), present,
                    ref.units(), unitNames);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updates.add(new RosterUpdate.StaffUpdate(r.rowNo(), s.getId(), s.getStaffNo(), s.getName(), changes));
            }
        }
        return new UpdatePreview(checked, updates, created, unchanged);
    }

    /**
     * Applies the file in "update existing" mode in this one transaction, or nothing: each changed person is
     * checked as an edit would be and gets one audit line with its before → after; new 工号 are added as in an
     * import; a summary line closes it.
     *
     * @return {updated, created}
     */
    @RolesAllowed(Role.Names.ADMIN)
    public int[] commitUpdate(byte[] xlsx) {
        UpdatePreview preview = previewUpdate(xlsx);
        if (!preview.importable()) {
            List<String> lines = new ArrayList<>(preview.checked().fileProblems());
            preview.checked().badRows().stream().limit(20).map(ImportRow::describe).forEach(lines::add);
            throw new BusinessException("没有更新任何数据。" + (lines.isEmpty() ? preview.summary() : String.join("\n", lines)));
        }
        String reason = "Excel 导入更新" + ImportKind.STAFF.label();
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : em.createQuery("select u from Unit u where u.active = true", Unit.class).getResultList()) {
            units.put(u.getName(), u);
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u);
            }
        }
        Map<String, Branch> branches = em.createQuery("select b from Branch b where b.active = true", Branch.class).getResultList()
                .stream().collect(Collectors.toMap(Branch::getName, b -> b, (a, b) -> a));
        Map<String, ServiceWindow> windows = em.createQuery("select w from ServiceWindow w", ServiceWindow.class).getResultList()
                .stream().collect(Collectors.toMap(ServiceWindow::getWindowNo, w -> w));
        Map<Integer, RosterUpdate.StaffUpdate> byRow = preview.updates().stream()
                .collect(Collectors.toMap(RosterUpdate.StaffUpdate::rowNo, u -> u));
        Map<String, Staff> existing = existingStaff();
        int updated = 0;
        int created = 0;
        for (ImportRow r : preview.checked().rows()) {
            Staff s = existing.get(r.get("工号").toUpperCase());
            if (s == null) {
                Staff n = newStaff(r, units, windows, branches);
                em.persist(n);
                em.flush();
                audit.created(n, reason);
                staffSaved.fire(new StaffSaved(n.getId()));
                created++;
                continue;
            }
            if (!byRow.containsKey(r.rowNo())) {
                continue;
            }
            Map<String, Object> before = s.auditState();
            Unit unit = units.get(r.get("所在单位"));
            String windowNo = OrgRules.normalizeWindowNo(r.get("窗口号"));
            ServiceWindow window = windowNo == null ? null : windows.get(windowNo);
            Branch branch = r.get("所属支部") == null ? null : branches.get(r.get("所属支部"));
            Long groupId = s.getPartyGroup() != null && branch != null && s.getPartyGroup().getBranch().getId().equals(branch.getId())
                    ? s.getPartyGroup().getId() : null;
            OrgWrites.applyStaffForm(em, s, new StaffService.StaffForm(s.getStaffNo(), r.get("姓名"), Gender.fromLabel(r.get("性别")), PoliticalStatus.fromLabel(r.get("政治面貌")),
                    unit == null ? null : unit.getId(), window == null ? null : window.getId(), branch == null ? null : branch.getId(),
                    groupId, r.get("岗位"), r.get("职责"), r.get("联系电话"), r.get("身份证号"), s.isActive()));
            em.flush();
            audit.updated(before, s, reason);
            staffSaved.fire(new StaffSaved(s.getId()));
            updated++;
        }
        audit.event(AuditAction.UPDATE, ImportKind.STAFF.label(), null, reason + "：更新 " + updated + " 人，新增 " + created + " 人，"
                + preview.unchanged() + " 人无变化", preview.updates().stream().map(u -> u.staffNo() + " " + u.name() + "："
                + u.changes().stream().map(RosterUpdate.FieldChange::describe).collect(Collectors.joining("；")))
                .collect(Collectors.joining("\n")), null);
        em.flush();
        return new int[] {updated, created};
    }

    /** A new person from a checked roster row (工号 and ID card number NFKC, as the staff form stores them). */
    private static Staff newStaff(ImportRow r, Map<String, Unit> units, Map<String, ServiceWindow> windows, Map<String, Branch> branches) {
        Staff s = new Staff(Input.code(r.get("工号")), r.get("姓名"), Gender.fromLabel(r.get("性别")),
                PoliticalStatus.fromLabel(r.get("政治面貌")), units.get(r.get("所在单位")));
        String no = OrgRules.normalizeWindowNo(r.get("窗口号"));
        s.setWindow(no == null ? null : windows.get(no));
        s.setBranch(r.get("所属支部") == null ? null : branches.get(r.get("所属支部")));
        s.setPost(r.get("岗位"));
        s.setDuties(r.get("职责"));
        s.setPhone(OrgRules.normalizePhone(r.get("联系电话")));
        String id = r.get("身份证号");
        s.setIdCardNo(id == null ? null : Input.code(id).toUpperCase());
        return s;
    }

    private Map<String, Staff> existingStaff() {
        Map<String, Staff> m = new HashMap<>();
        em.createQuery("select s from Staff s", Staff.class).getResultList().forEach(s -> m.put(s.getStaffNo().toUpperCase(), s));
        return m;
    }

    /** A person's values by the roster's columns, as an update compares them (the unit by its full name). */
    private static Map<String, String> currentValues(Staff s) {
        Map<String, String> m = new HashMap<>();
        m.put("工号", s.getStaffNo());
        m.put("姓名", s.getName());
        m.put("性别", s.getGender() == null ? null : s.getGender().label());
        m.put("政治面貌", s.getPoliticalStatus() == null ? null : s.getPoliticalStatus().label());
        m.put("所在单位", s.getUnit() == null ? null : s.getUnit().getName());
        m.put("窗口号", s.getWindow() == null ? null : s.getWindow().getWindowNo());
        m.put("所属支部", s.getBranch() == null ? null : s.getBranch().getName());
        m.put("岗位", s.getPost());
        m.put("职责", s.getDuties());
        m.put("联系电话", s.getPhone());
        m.put("身份证号", s.getIdCardNo());
        return m;
    }

    /** Listener of a background import: progress in percent, then done (after commit) or failed. */
    public interface ImportListener {
        void progress(int percent);

        void done(int imported);

        void failed(String message);
    }

    /** Runs {@link #commitImport} in the background as the caller; reports after the transaction has committed. */
    @Asynchronous
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void importInBackground(ImportKind kind, byte[] xlsx, ImportListener listener) {
        try {
            int n = context.getBusinessObject(RosterImportService.class).commitImport(kind, xlsx, listener::progress);
            listener.done(n);
        } catch (Exception e) {
            Throwable c = e;
            while (!(c instanceof BusinessException) && c.getCause() != null && c.getCause() != c) {
                c = c.getCause();
            }
            listener.failed(c instanceof BusinessException ? c.getMessage() : "导入失败，未导入任何数据：" + c.getClass().getSimpleName());
        }
    }

    private RosterValidator.Reference reference() {
        Map<String, Long> units = new HashMap<>();
        Set<String> unitNames = new HashSet<>();
        for (Unit u : em.createQuery("select u from Unit u where u.active = true", Unit.class).getResultList()) {
            units.put(u.getName(), u.getId());
            unitNames.add(u.getName());
            if (u.getShortName() != null) {
                units.putIfAbsent(u.getShortName(), u.getId());
            }
        }
        for (String n : em.createQuery("select u.name from Unit u where u.active = false", String.class).getResultList()) {
            unitNames.add(n);
        }
        Map<String, RosterValidator.WindowRef> windows = new HashMap<>();
        for (ServiceWindow w : em.createQuery("select w from ServiceWindow w join fetch w.unit", ServiceWindow.class).getResultList()) {
            windows.put(w.getWindowNo(), new RosterValidator.WindowRef(w.getId(), w.getUnit().getId()));
        }
        Map<String, Long> branches = new HashMap<>();
        for (Branch b : em.createQuery("select b from Branch b where b.active = true", Branch.class).getResultList()) {
            branches.put(b.getName(), b.getId());
        }
        Map<String, Long> floors = new HashMap<>();
        for (Floor f : em.createQuery("select f from Floor f", Floor.class).getResultList()) {
            floors.put(String.valueOf(f.getFloorNo()), f.getId());
            floors.put(f.shortLabel(), f.getId());
            floors.put(f.getName(), f.getId());
        }
        Map<String, Long> zones = new HashMap<>();
        for (Zone z : em.createQuery("select z from Zone z join fetch z.floor", Zone.class).getResultList()) {
            zones.put(RosterValidator.Reference.zoneKey(z.getFloor().getId(), z.getCode()), z.getId());
        }
        Set<String> staffNos = new HashSet<>(em.createQuery("select upper(s.staffNo) from Staff s", String.class).getResultList());
        return new RosterValidator.Reference(units, windows, branches, floors, zones, staffNos, unitNames);
    }

    /** The template to download, with the allowed values on its second sheet. */
    @RolesAllowed(Role.Names.ADMIN)
    public byte[] template(ImportKind kind) {
        Map<String, List<String>> help = new LinkedHashMap<>();
        List<Unit> units = em.createQuery("select u from Unit u where u.active = true order by u.displayOrder", Unit.class).getResultList();
        List<Branch> branches = em.createQuery("select b from Branch b where b.active = true order by b.displayOrder", Branch.class)
                .getResultList();
        List<String> example;
        switch (kind) {
            case STAFF -> {
                help.put("性别", List.of("男", "女"));
                help.put("政治面貌", java.util.Arrays.stream(PoliticalStatus.values()).map(PoliticalStatus::label).toList());
                help.put("所在单位", units.stream().map(Unit::getName).toList());
                help.put("窗口号", em.createQuery("select w from ServiceWindow w join fetch w.unit where w.active = true order by w.windowNo",
                        ServiceWindow.class).getResultList().stream().map(w -> w.getWindowNo() + "（" + w.getName() + "，"
                        + w.getUnit().getName() + "）").toList());
                help.put("所属支部（党员必填，非党员留空）", branches.stream().map(Branch::getName).toList());
                Unit u = units.isEmpty() ? null : units.get(0);
                example = List.of("QS9001", "李明", "男", "中共党员", u == null ? "县公安局" : u.getName(), "", "",
                        "受理员", "负责窗口受理与咨询", "13812345678", "");
            }
            case UNIT -> {
                help.put("所属支部", branches.stream().map(Branch::getName).toList());
                example = List.of("县档案馆", "档案", branches.isEmpty() ? "" : branches.get(branches.size() - 1).getName(), "20");
            }
            case WINDOW -> {
                help.put("所在单位", units.stream().map(Unit::getName).toList());
                help.put("楼层", em.createQuery("select f from Floor f order by f.floorNo", Floor.class).getResultList().stream()
                        .map(f -> f.getFloorNo() + "（" + f.getName() + "）").toList());
                help.put("区域", em.createQuery("select z from Zone z join fetch z.floor order by z.code", Zone.class).getResultList()
                        .stream().map(z -> z.getCode() + "（" + z.getFloor().getFloorNo() + " 楼 " + z.getName() + "）").toList());
                example = List.of("A20", "不动产咨询", units.isEmpty() ? "" : units.get(0).getName(), "1", "A", "不动产登记政策咨询");
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return RosterSheets.template(kind, example, help);
    }
}
