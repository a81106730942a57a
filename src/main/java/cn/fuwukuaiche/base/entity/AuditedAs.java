package cn.fuwukuaiche.base.entity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The kind of record an {@link Audited} entity is, in Chinese, as the audit log shows it ("流动红旗", "窗口"):
 * {@link Audited#auditType()} reads it, so an entity names its kind once on the class instead of in a method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditedAs {

    /** The kind in Chinese, e.g. "工作人员". */
    String value();
}
