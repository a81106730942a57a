package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A record about one window and, if known, the person at it (a rating, a monthly sheet): adds the optional
 * {@code staff_id} column of the subclass's own table.
 */
@MappedSuperclass
public abstract class WindowStaffRecord extends WindowRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    protected WindowStaffRecord() {
    }

    protected WindowStaffRecord(ServiceWindow window, Staff staff) {
        super(window);
        this.staff = staff;
    }

    public Staff getStaff() {
        return staff;
    }
}
