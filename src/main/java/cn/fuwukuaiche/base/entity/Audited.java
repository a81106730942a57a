package cn.fuwukuaiche.base.entity;

import java.util.Map;

/**
 * What an entity tells the audit trail about itself: a kind and a label people recognise, and its
 * state as field → value with Chinese field names, so "what changed" reads without a manual.
 */
public interface Audited {

    /**
     * The kind of record in Chinese, e.g. "用户", "窗口": the entity's {@link AuditedAs} (an entity whose kind
     * depends on its state, such as a monthly sheet of a person or a window, overrides this instead).
     */
    default String auditType() {
        return kindOf(getClass());
    }

    /** The record as people name it, e.g. "张伟（zhangwei）". */
    String auditLabel();

    Long getId();

    /** Field label → value, in display order. */
    Map<String, Object> auditState();

    /** The {@link AuditedAs} kind of {@code type} or of its nearest annotated superclass. */
    static String kindOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            AuditedAs as = c.getAnnotation(AuditedAs.class);
            if (as != null) {
                return as.value();
            }
        }
        throw new IllegalStateException(type.getName() + " is Audited but names no kind: add @AuditedAs(\"…\")");
    }
}
