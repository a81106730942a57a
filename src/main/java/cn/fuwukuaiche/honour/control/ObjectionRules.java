package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.honour.entity.ObjectorKind;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * 异议 must be real-name (plain Java): a person gives a name and a phone; a unit its name, a contact person
 * and a phone; and every objection says what is wrong. Anonymous or empty ones are refused with a message
 * for the field.
 */
public final class ObjectionRules {

    static final int MIN_CONTENT = 10;
    private static final Pattern PHONE = Pattern.compile("(1[3-9]\\d{9})|(0\\d{2,3}-?\\d{7,8})");
    private static final Set<String> ANONYMOUS = Set.of("匿名", "无名", "无名氏", "群众", "某人", "不告诉你", "anonymous",
            "一群众", "热心群众", "知情人", "某单位", "无");

    private ObjectionRules() {
    }

    /** The cleaned input, or a BusinessException naming the field (name, contact, phone, content). */
    public record Objection(ObjectorKind kind, String name, String contact, String phone, String content) {
    }

    /** Only an objection still waiting may be upheld or dismissed — asked by {@code NoticeService.decide} and the 公示 page. */
    public static boolean decidable(ObjectionStatus status) {
        return status == ObjectionStatus.PENDING;
    }

    public static Objection check(ObjectorKind kind, String name, String contact, String phone, String content) {
        if (kind == null) {
            throw new BusinessException("kind", "请选择以个人还是单位名义提出异议");
        }
        // the one input normaliser: no line break in a name or a phone, no control character in the content
        Input.requireSingleLine("name", kind == ObjectorKind.PERSON ? "姓名" : "单位名称", name);
        Input.requireSingleLine("contact", "联系人", contact);
        Input.requireSingleLine("phone", "联系电话", phone);
        Input.requireMultiLine("content", "异议内容", content);
        String n = strip(name);
        if (n.isEmpty()) {
            throw new BusinessException("name", kind == ObjectorKind.PERSON ? "异议须实名提出，请填写您的真实姓名"
                    : "异议须实名提出，请填写单位全称");
        }
        if (ANONYMOUS.contains(n.toLowerCase()) || n.contains("匿名")) {
            throw new BusinessException("name", "不受理匿名异议，请填写真实" + (kind == ObjectorKind.PERSON ? "姓名" : "单位名称"));
        }
        if (kind == ObjectorKind.PERSON && (n.length() < 2 || n.length() > 30)) {
            throw new BusinessException("name", "请填写真实姓名（2 至 30 个字）");
        }
        if (kind == ObjectorKind.UNIT && (n.length() < 4 || n.length() > 100)) {
            throw new BusinessException("name", "请填写单位全称（4 至 100 个字）");
        }
        String c = strip(contact);
        if (kind == ObjectorKind.UNIT) {
            if (c.isEmpty() || ANONYMOUS.contains(c) || c.length() < 2 || c.length() > 30) {
                throw new BusinessException("contact", "单位提出异议须写明联系人姓名");
            }
        } else {
            c = null;
        }
        String p = phone == null ? "" : strip(Input.phone(phone)); // +86 138 0013 8000 → 13800138000
        if (p.isEmpty()) {
            throw new BusinessException("phone", "请填写联系电话，以便核实时与您联系（不公开）");
        }
        if (!PHONE.matcher(p).matches()) {
            throw new BusinessException("phone", "请填写正确的手机号（11 位）或固定电话（如 0571-88888888）");
        }
        String t = strip(content).replace("\r\n", "\n").replace('\r', '\n');
        if (t.length() < MIN_CONTENT) {
            throw new BusinessException("content", "请具体写明异议的事实和理由（至少 " + MIN_CONTENT + " 个字）");
        }
        if (t.length() > 2000) {
            throw new BusinessException("content", "异议内容不能超过 2000 字");
        }
        return new Objection(kind, n, c, p, t);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
