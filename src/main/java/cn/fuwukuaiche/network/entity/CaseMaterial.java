package cn.fuwukuaiche.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a case's materials checklist: taken from the guide item, ticked when handed in. */
@Embeddable
public class CaseMaterial {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "provided", nullable = false)
    private boolean provided;

    protected CaseMaterial() {
    }

    public CaseMaterial(String name, boolean provided) {
        this.name = name;
        this.provided = provided;
    }

    public String getName() {
        return name;
    }

    public boolean isProvided() {
        return provided;
    }

    public void setProvided(boolean provided) {
        this.provided = provided;
    }
}
