package cn.fuwukuaiche.audit.entity;

/** The kinds of audit entries, with their Chinese names for the audit view. */
public enum AuditAction {
    LOGIN("登录成功"),
    LOGIN_FAILED("登录失败"),
    ACCOUNT_LOCKED("账号锁定"),
    LOGOUT("退出登录"),
    CREATE("新增"),
    UPDATE("修改"),
    DELETE("删除"),
    DEACTIVATE("停用"),
    PASSWORD_CHANGED("修改密码"),
    PASSWORD_RESET("重置密码"),
    IMPORT("导入"),
    REVIEW("审核"),
    AWARD("授予"),
    REVOKE("撤销"),
    DECISION("裁定"),
    SYSTEM("系统"),
    REFUSED("拒绝访问");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
