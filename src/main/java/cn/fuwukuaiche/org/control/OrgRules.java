package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.org.entity.PoliticalStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's rules, in plain Java, shared by the forms, the services and the roster import, so a
 * person gets the same Chinese message wherever they typed the value. Each check returns the message, or
 * empty when the value is fine.
 */
public final class OrgRules {

    /** Mobile: 11 digits, 1 then 3–9. */
    static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** Landline: area code 0 + 2–3 digits, an optional dash, 7–8 digits, an optional extension. */
    static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?[2-9]\\d{6,7}(-\\d{1,6})?");
    /** Window numbers like A12: 1–2 capital letters (the zone) and 1–3 digits. */
    static final Pattern WINDOW_NO = Pattern.compile("[A-Z]{1,2}\\d{1,3}");
    static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,19}");
    static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] ID_CHECK = "10X98765432".toCharArray();

    public static final String MSG_PHONE = "电话格式不正确：手机号为 11 位数字（如 13812345678），座机如 0731-84567890";
    public static final String MSG_WINDOW_NO = "窗口号格式不正确：1–2 个大写字母加 1–3 位数字，如 A12";
    public static final String MSG_STAFF_NO = "工号须为 2–20 位字母、数字或连字符";
    public static final String MSG_ID_CARD = "身份证号不正确：须为 18 位，末位校验码须正确";
    public static final String MSG_MEMBER_NEEDS_BRANCH = "中共党员、预备党员须选择所属党支部";
    public static final String MSG_NON_MEMBER_NO_BRANCH = "非党员不能编入党支部，请清空所属支部或更正政治面貌";
    public static final String MSG_SECRETARY_NOT_MEMBER = "支部书记须为中共党员（预备党员和非党员不能担任）";
    public static final String MSG_WINDOW_OTHER_UNIT = "所选窗口不属于该人员的单位";

    private OrgRules() {
    }

    /** A field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    /** The shared normaliser: NFKC, spaces and dashes out, +86/0086 dropped from a mobile number (see {@link Input#phone}). */
    public static String normalizePhone(String phone) {
        return Input.phone(phone);
    }

    /** NFKC (full-width Ａ０１ is A01) and upper case. */
    public static String normalizeWindowNo(String no) {
        String n = Input.code(no);
        return n == null ? null : n.toUpperCase();
    }

    public static Optional<String> phoneProblem(String phone) {
        String p = normalizePhone(phone);
        if (p == null) {
            return Optional.empty();
        }
        return MOBILE.matcher(p).matches() || LANDLINE.matcher(p).matches() ? Optional.empty() : Optional.of(MSG_PHONE);
    }

    public static Optional<String> windowNoProblem(String windowNo) {
        String n = normalizeWindowNo(windowNo);
        if (n == null || n.isEmpty()) {
            return Optional.of("请输入窗口号");
        }
        return WINDOW_NO.matcher(n).matches() ? Optional.empty() : Optional.of(MSG_WINDOW_NO);
    }

    public static Optional<String> staffNoProblem(String staffNo) {
        if (staffNo == null || staffNo.isBlank()) {
            return Optional.of("请输入工号");
        }
        return STAFF_NO.matcher(staffNo.strip()).matches() ? Optional.empty() : Optional.of(MSG_STAFF_NO);
    }

    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("请输入姓名");
        }
        String n = name.strip();
        if (n.length() < 2 || n.length() > 32) {
            return Optional.of("姓名须为 2–32 个字");
        }
        if (n.chars().anyMatch(Character::isDigit)) {
            return Optional.of("姓名不能含数字");
        }
        return Optional.empty();
    }

    /** 18-digit 居民身份证号码 with its ISO 7064 check digit; empty is allowed (the field is optional). */
    public static Optional<String> idCardProblem(String idCardNo) {
        if (idCardNo == null || idCardNo.isBlank()) {
            return Optional.empty();
        }
        String id = idCardNo.strip().toUpperCase();
        if (!ID_CARD.matcher(id).matches()) {
            return Optional.of(MSG_ID_CARD);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK[sum % 11] == id.charAt(17) ? Optional.empty() : Optional.of(MSG_ID_CARD);
    }

    /** A Party member belongs to exactly one branch, a non-member to none. */
    public static Optional<String> branchProblem(PoliticalStatus status, boolean hasBranch) {
        if (status == null) {
            return Optional.empty();
        }
        if (status.isPartyMember() && !hasBranch) {
            return Optional.of(MSG_MEMBER_NEEDS_BRANCH);
        }
        if (!status.isPartyMember() && hasBranch) {
            return Optional.of(MSG_NON_MEMBER_NO_BRANCH);
        }
        return Optional.empty();
    }

    /** A branch (or general-branch) secretary must be a full member, 中共党员. */
    public static Optional<String> secretaryProblem(PoliticalStatus candidate) {
        return candidate == PoliticalStatus.PARTY_MEMBER ? Optional.empty() : Optional.of(MSG_SECRETARY_NOT_MEMBER);
    }

    /** What a staff form or roster row holds, as plain values. Ids are null when not chosen. */
    public record StaffInput(String staffNo, String name, String genderText, PoliticalStatus status, Long unitId,
                             Long windowId, Long windowUnitId, Long branchId, String phone, String idCardNo) {
    }

    /** Every problem of a staff record, field by field (uniqueness of the staff number is the service's). */
    public static List<Problem> checkStaff(StaffInput in, boolean genderKnown) {
        List<Problem> problems = new ArrayList<>();
        staffNoProblem(in.staffNo()).ifPresent(m -> problems.add(new Problem("staffNo", m)));
        nameProblem(in.name()).ifPresent(m -> problems.add(new Problem("name", m)));
        Input.singleLineProblem(in.name()).ifPresent(m -> problems.add(new Problem("name", "姓名" + m)));
        Input.singleLineProblem(in.staffNo()).ifPresent(m -> problems.add(new Problem("staffNo", "工号" + m)));
        if (!genderKnown) {
            problems.add(new Problem("gender", in.genderText() == null || in.genderText().isBlank()
                    ? "请选择性别" : "性别须为“男”或“女”"));
        }
        if (in.status() == null) {
            problems.add(new Problem("politicalStatus", "请选择政治面貌（中共党员、预备党员、入党积极分子、共青团员、群众）"));
        }
        if (in.unitId() == null) {
            problems.add(new Problem("unit", "请选择所在单位"));
        }
        if (in.windowId() != null && in.unitId() != null && !in.unitId().equals(in.windowUnitId())) {
            problems.add(new Problem("window", MSG_WINDOW_OTHER_UNIT));
        }
        branchProblem(in.status(), in.branchId() != null).ifPresent(m -> problems.add(new Problem("branch", m)));
        phoneProblem(in.phone()).ifPresent(m -> problems.add(new Problem("phone", m)));
        idCardProblem(in.idCardNo()).ifPresent(m -> problems.add(new Problem("idCardNo", m)));
        return problems;
    }
}
