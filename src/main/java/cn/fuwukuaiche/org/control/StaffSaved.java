package cn.fuwukuaiche.org.control;

/**
 * A staff member was created or changed (form or roster import), in the saving transaction: observers that keep
 * something per person (partylife's membership periods) bring it up to date. Fired by {@link OrgService}.
 */
public record StaffSaved(long staffId) {
}
