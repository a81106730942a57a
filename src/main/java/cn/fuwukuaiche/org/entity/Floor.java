package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 楼层: a floor of the hall, e.g. 1 "一楼 民生服务区". Branches are laid out by floor. */
@Entity
@Table(name = "hall_floor")
public class Floor extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hall_id")
    private Hall hall;

    @Column(name = "floor_no", nullable = false)
    private int floorNo;

    @Column(nullable = false, length = 64)
    private String name;

    protected Floor() {
    }

    public Floor(Hall hall, int floorNo, String name) {
        this.hall = hall;
        this.floorNo = floorNo;
        this.name = name;
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
