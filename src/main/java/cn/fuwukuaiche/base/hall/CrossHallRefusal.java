package cn.fuwukuaiche.base.hall;

/**
 * A lookup that the hall boundary answered with nothing: if the record exists in another hall, the attempt is a
 * refused cross-hall access and is audited (issue 23: "ids of another hall's records in URLs and API bodies, a device
 * key of hall A used on hall B's pad: refused and audited"). Implemented by the audit area; asked by
 * {@link CrossHallListener} for every find by id, and by the device-key check.
 */
public interface CrossHallRefusal {

    /**
     * @param entity what was looked up, for the audit line (the entity's simple name)
     * @param table  its hall-owned table
     * @param column the column looked up ({@code id}, {@code key_hash} …)
     * @param value  the value asked for
     * @param hall   the hall the lookup worked for
     */
    void lookedUp(String entity, String table, String column, Object value, long hall);
}
