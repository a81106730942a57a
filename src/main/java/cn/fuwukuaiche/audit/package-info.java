/**
 * The audit trail (操作留痕): {@code AuditService} is the one way to write it, in the caller's
 * transaction; {@code AuditQuery} and the audit view read it (ADMIN and LEADER).
 */
package cn.fuwukuaiche.audit;
