package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.display.entity.NameDisplay;

import java.util.Set;

/**
 * How a screen writes a person's name: in full, or as the surname + 同志 (张伟 → 张同志, 欧阳明 → 欧阳同志).
 * Plain Java. Only what looks like a person's name (2 to 4 Chinese characters) is shortened; a team's or a
 * window's name stays as it is.
 */
public final class Names {

    /** Two-character surnames common enough to meet in a county hall. */
    static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙",
            "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "澹台", "呼延", "独孤", "南宫", "西门", "申屠");

    private Names() {
    }

    public static String show(String fullName, NameDisplay display) {
        if (fullName == null) {
            return null;
        }
        String n = fullName.strip();
        if (display != NameDisplay.SURNAME || !looksLikePersonName(n)) {
            return n;
        }
        return surname(n) + "同志";
    }

    static String surname(String name) {
        if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.substring(0, 1);
    }

    static boolean looksLikePersonName(String n) {
        if (n.length() < 2 || n.length() > 4) {
            return false;
        }
        return n.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
