package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 楼层: a floor of the hall, e.g. 1 "一楼 民生服务区". Branches are laid out by floor. */
@Entity
@Table(name = "hall_floor")
public class Floor extends NamedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id", insertable = false, updatable = false) // written by the hall boundary (eclipselink-orm.xml)
    private Hall hall;

    @Column(name = "floor_no", nullable = false)
    private int floorNo;

    protected Floor() {
    }

    public Floor(Hall hall, int floorNo, String name) {
        super(name);
        this.hall = hall;
        this.floorNo = floorNo;
    }

    /** "1楼" for a compact column. */
    public String shortLabel() {
        return floorNo + "楼";
    }

    public Hall getHall() {
        return hall;
    }

    public int getFloorNo() {
        return floorNo;
    }

    public void setFloorNo(int floorNo) {
        this.floorNo = floorNo;
    }

    @Override
    public String toString() {
        return getName();
    }
}
