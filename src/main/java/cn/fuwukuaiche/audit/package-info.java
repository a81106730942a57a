/**
 * The audit trail (操作留痕): {@code AuditService} is the one way to write it, in the caller's
 * transaction; {@code AuditQuery} and the audit view read it (ADMIN and LEADER). It stands right above
 * {@code base}, below {@code security}: entities implement {@code base.entity.Audited}.
 */
package cn.fuwukuaiche.audit;
