package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks every row of an import against the rules and what already exists, and names every problem (all
 * rows, all problems, so one upload shows everything to fix). Plain Java: the service hands it the
 * {@link Reference} read from the database.
 */
public final class RosterValidator {

    private RosterValidator() {
    }

    /** A window as the import sees it. */
    public record WindowRef(long id, long unitId) {
    }

    /**
     * What exists: units by full and short name, windows by number, branches by name, floors by number and
     * name, zones by floor id + code, staff numbers and unit names already taken.
     */
    public record Reference(Map<String, Long> units, Map<String, WindowRef> windows, Map<String, Long> branches,
                            Map<String, Long> floors, Map<String, Long> zones, Set<String> staffNos, Set<String> unitNames) {

        public static String zoneKey(long floorId, String code) {
            return floorId + ":" + code.strip().toUpperCase();
        }
    }

    public static ImportPreview validate(ImportPreview parsed, Reference ref) {
        return validate(parsed, ref, false);
    }

    /**
     * As {@link #validate(ImportPreview, Reference)}; with {@code updateExisting} a staff number that already exists is
     * not a problem: the row updates that person (the 花名册's "update existing" mode, keyed by 工号).
     */
    public static ImportPreview validate(ImportPreview parsed, Reference ref, boolean updateExisting) {
        if (!parsed.fileProblems().isEmpty()) {
            return parsed;
        }
        // one normaliser for every cell: no control characters anywhere, no line break or tab outside 职责
        for (ImportRow row : parsed.rows()) {
            row.values().forEach((column, value) -> ("职责".equals(column) ? Input.multiLineProblem(value) : Input.singleLineProblem(value))
                    .ifPresent(m -> row.problems().add(column + m)));
        }
        switch (parsed.kind()) {
            case STAFF -> staff(parsed, ref, updateExisting);
            case UNIT -> units(parsed, ref);
            case WINDOW -> windows(parsed, ref);
            default -> throw new IllegalArgumentException(parsed.kind().name());
        }
        return parsed;
    }

    private static void staff(ImportPreview p, Reference ref, boolean updateExisting) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : p.rows()) {
            String staffNo = row.get("工号");
            Long unitId = null;
            String unit = row.get("所在单位");
            if (unit != null) {
                unitId = ref.units().get(unit);
                if (unitId == null) {
                    row.problems().add("单位“" + unit + "”不存在");
                }
            }
            WindowRef window = null;
            String windowNo = OrgRules.normalizeWindowNo(row.get("窗口号"));
            if (windowNo != null) {
                window = ref.windows().get(windowNo);
                if (window == null) {
                    row.problems().add("窗口号“" + windowNo + "”不存在");
                }
            }
            Long branchId = null;
            String branch = row.get("所属支部");
            if (branch != null) {
                branchId = ref.branches().get(branch);
                if (branchId == null) {
                    row.problems().add("支部“" + branch + "”不存在");
                }
            }
            String genderText = row.get("性别");
            Gender gender = Gender.fromLabel(genderText);
            String statusText = row.get("政治面貌");
            PoliticalStatus status = PoliticalStatus.fromLabel(statusText);
            OrgRules.StaffInput in = new OrgRules.StaffInput(staffNo, row.get("姓名"), genderText, status, unitId,
                    window == null ? null : window.id(), window == null ? null : window.unitId(),
                    branch != null && branchId == null ? Long.valueOf(-1L) : branchId, row.get("联系电话"), row.get("身份证号"));
            for (OrgRules.Problem problem : OrgRules.checkStaff(in, gender != null)) {
                String m = problem.message();
                if (problem.field().equals("unit") && unit != null) {
                    continue; // already said: unknown unit
                }
                if (problem.field().equals("politicalStatus") && statusText != null) {
                    m = "政治面貌“" + statusText + "”无效，应为中共党员、预备党员、入党积极分子、共青团员或群众";
                }
                if (problem.field().equals("gender") && genderText != null) {
                    m = "性别“" + genderText + "”无效，应为“男”或“女”";
                }
                if (!row.problems().contains(m)) {
                    row.problems().add(m); // the cell check above may have said it already
                }
            }
            if (staffNo != null) {
                String key = staffNo.strip().toUpperCase();
                if (!updateExisting && ref.staffNos().contains(key)) {
                    row.problems().add("工号“" + staffNo + "”已存在");
                }
                Integer first = seen.putIfAbsent(key, row.rowNo());
                if (first != null) {
                    row.problems().add("工号“" + staffNo + "”与第 " + first + " 行重复");
                }
            }
        }
    }

    private static void units(ImportPreview p, Reference ref) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : p.rows()) {
            String name = row.get("单位名称");
            if (name == null) {
                row.problems().add("请填写单位名称");
            } else {
                if (name.length() > 64) {
                    row.problems().add("单位名称最多 64 个字");
                }
                if (ref.unitNames().contains(name)) {
                    row.problems().add("单位“" + name + "”已存在");
                }
                Integer first = seen.putIfAbsent(name, row.rowNo());
                if (first != null) {
                    row.problems().add("单位“" + name + "”与第 " + first + " 行重复");
                }
            }
            String shortName = row.get("简称");
            if (shortName != null && shortName.length() > 32) {
                row.problems().add("简称最多 32 个字");
            }
            String branch = row.get("所属支部");
            if (branch != null && !ref.branches().containsKey(branch)) {
                row.problems().add("支部“" + branch + "”不存在");
            }
            String order = row.get("排序");
            if (order != null && !order.matches("\\d{1,4}")) {
                row.problems().add("排序须为 0–9999 的整数");
            }
        }
    }

    private static void windows(ImportPreview p, Reference ref) {
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : p.rows()) {
            String no = OrgRules.normalizeWindowNo(row.get("窗口号"));
            OrgRules.windowNoProblem(no).ifPresent(row.problems()::add);
            if (no != null && OrgRules.windowNoProblem(no).isEmpty()) {
                if (ref.windows().containsKey(no)) {
                    row.problems().add("窗口号“" + no + "”已存在");
                }
                Integer first = seen.putIfAbsent(no, row.rowNo());
                if (first != null) {
                    row.problems().add("窗口号“" + no + "”与第 " + first + " 行重复");
                }
            }
            if (row.get("窗口名称") == null) {
                row.problems().add("请填写窗口名称");
            }
            String unit = row.get("所在单位");
            if (unit == null) {
                row.problems().add("请填写所在单位");
            } else if (!ref.units().containsKey(unit)) {
                row.problems().add("单位“" + unit + "”不存在");
            }
            String floor = row.get("楼层");
            Long floorId = floor == null ? null : ref.floors().get(floor);
            if (floor == null) {
                row.problems().add("请填写楼层");
            } else if (floorId == null) {
                row.problems().add("楼层“" + floor + "”不存在");
            }
            String zone = row.get("区域");
            if (zone != null && floorId != null && !ref.zones().containsKey(Reference.zoneKey(floorId, zone))) {
                row.problems().add("区域“" + zone + "”不在该楼层");
            }
            String scope = row.get("业务范围");
            if (scope != null && scope.length() > 500) {
                row.problems().add("业务范围最多 500 个字");
            }
        }
    }
}
