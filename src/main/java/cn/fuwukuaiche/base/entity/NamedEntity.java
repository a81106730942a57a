package cn.fuwukuaiche.base.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record people know by its name (a hall, floor, zone, window, unit, Party body, scheme, screen): the
 * {@code name} column (at most 64 characters, required) of the subclass's own table. An audited subclass is
 * named in the audit log by it unless it says otherwise.
 */
@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {

    @Column(nullable = false, length = 64)
    private String name;

    protected NamedEntity() {
    }

    protected NamedEntity(String name) {
        this.name = name;
    }

    /** How the audit log names this record (see {@link Audited#auditLabel()}). */
    public String auditLabel() {
        return name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
