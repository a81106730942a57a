package cn.fuwukuaiche.evaluation.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A record about one service window (a rating, an appeal, a rectification, a device key, a monthly sheet):
 * the required {@code window_id} column of the subclass's own table.
 */
@MappedSuperclass
public abstract class WindowRecord extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    protected WindowRecord() {
    }

    protected WindowRecord(ServiceWindow window) {
        this.window = window;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    /** The window's number ("A05") for labels and the audit log, or null without a window. */
    protected String windowNo() {
        return window == null ? null : window.getWindowNo();
    }
}
