package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.audit.control.AuditService;
import jakarta.ejb.SessionContext;

/** Small helpers the honour services share. */
final class HonourCallers {

    private HonourCallers() {
    }

    static String caller(SessionContext context) {
        var p = context.getCallerPrincipal();
        return p == null || p.getName() == null || "ANONYMOUS".equalsIgnoreCase(p.getName()) ? AuditService.SYSTEM : p.getName();
    }

    static String required(String text, String field, String message, int max) {
        String t = text == null ? "" : text.strip();
        if (t.length() < 2) {
            throw new cn.fuwukuaiche.base.control.BusinessException(field, message);
        }
        if (t.length() > max) {
            throw new cn.fuwukuaiche.base.control.BusinessException(field, "不能超过 " + max + " 字");
        }
        return t;
    }

    static String monthLabel(java.time.YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }

}
