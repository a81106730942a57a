package cn.fuwukuaiche.base.entity;

import java.util.Map;

/**
 * What an entity tells the audit trail about itself: a kind and a label people recognise, and its
 * state as field → value with Chinese field names, so "what changed" reads without a manual.
 */
public interface Audited {

    /** The kind of record in Chinese, e.g. "用户", "窗口". */
    String auditType();

    /** The record as people name it, e.g. "张伟（zhangwei）". */
    String auditLabel();

    Long getId();

    /** Field label → value, in display order. */
    Map<String, Object> auditState();
}
