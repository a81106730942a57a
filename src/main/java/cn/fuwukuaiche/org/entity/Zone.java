package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 区域: an area of a floor, e.g. code "A", "A区 综合受理"; window numbers start with the zone's letter. */
@Entity
@Table(name = "hall_zone")
public class Zone extends NamedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "floor_id")
    private Floor floor;

    @Column(name = "zone_code", nullable = false, length = 8)
    private String code;

    protected Zone() {
    }

    public Zone(Floor floor, String code, String name) {
        super(name);
        this.floor = floor;
        this.code = code;
    }

    public Floor getFloor() {
        return floor;
    }

    public String getCode() {
        return code;
    }

    @Override
    public String toString() {
        return getName();
    }
}
