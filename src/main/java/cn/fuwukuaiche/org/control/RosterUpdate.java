package cn.fuwukuaiche.org.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The 花名册's "update existing" mode, keyed by 工号: what a row would change on the person it names, field by
 * field (old → new). Only the columns the file has are compared (an export without 职责 or 身份证号 leaves them as
 * they are); in a column the file has, an empty cell clears an optional field. Values are compared as the import
 * stores them: phones without spaces, window numbers and ID numbers in upper case, a unit by full or short name.
 * Plain Java ({@code RosterUpdateTest}).
 */
public final class RosterUpdate {

    /** The columns an update compares, in the template's order (工号 is the key, never changed). */
    public static final List<String> FIELDS = List.of("姓名", "性别", "政治面貌", "所在单位", "窗口号", "所属支部", "岗位", "职责",
            "联系电话", "身份证号");

    private RosterUpdate() {
    }

    /** One field that changes: its column, the value now and the value in the file (null = empty). */
    public record FieldChange(String field, String before, String after) {

        /** "岗位：综合受理 → 窗口负责人" */
        public String describe() {
            return field + "：" + shown(before) + " → " + shown(after);
        }

        private static String shown(String v) {
            return v == null ? "（空）" : v;
        }
    }

    /** A person the file changes: the row, the person and every field that changes. */
    public record StaffUpdate(int rowNo, long staffId, String staffNo, String name, List<FieldChange> changes) {
    }

    /**
     * The fields that change.
     *
     * @param current  the person's values now, by column (as {@link #FIELDS}; the unit by its full name)
     * @param row      the file's values, by column
     * @param present  the columns the file has
     * @param unitIds  units by full and short name, to tell "县人社局" and its short name apart from a real move
     * @param unitName a unit's full name by id, to show the new unit by its full name
     */
    public static List<FieldChange> changes(Map<String, String> current, Map<String, String> row, Set<String> present,
                                            Map<String, Long> unitIds, Map<Long, String> unitName) {
        List<FieldChange> out = new ArrayList<>();
        for (String f : FIELDS) {
            if (!present.contains(f)) {
                continue;
            }
            String before = blankToNull(current.get(f));
            String after = blankToNull(row.get(f));
            if ("所在单位".equals(f)) {
                Long a = after == null ? null : unitIds.get(after);
                Long b = before == null ? null : unitIds.get(before);
                if (!Objects.equals(a, b)) {
                    out.add(new FieldChange(f, before, a == null ? after : unitName.getOrDefault(a, after)));
                }
                continue;
            }
            if (!Objects.equals(normal(f, before), normal(f, after))) {
                out.add(new FieldChange(f, before, normal(f, after)));
            }
        }
        return out;
    }

    static String normal(String field, String v) {
        if (v == null) {
            return null;
        }
        return switch (field) {
            case "联系电话" -> OrgRules.normalizePhone(v);
            case "窗口号" -> OrgRules.normalizeWindowNo(v);
            case "身份证号" -> v.strip().toUpperCase();
            default -> v.strip();
        };
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
