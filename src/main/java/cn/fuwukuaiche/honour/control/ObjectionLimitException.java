package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.BusinessException;

import java.time.LocalDateTime;

/**
 * Too many objections from one client address in the last hour. Carries the limit and the time the address may
 * object again, so the public page can say so in its own words next to the form (which keeps what was typed).
 */
public class ObjectionLimitException extends BusinessException {

    private final int maxPerHour;
    private final LocalDateTime retryAt;

    public ObjectionLimitException(int maxPerHour, LocalDateTime retryAt) {
        super("同一网络每小时最多提交 " + maxPerHour + " 件异议，请于 " + cn.fuwukuaiche.base.time.Times.TIME.format(retryAt)
                + " 后再提交");
        this.maxPerHour = maxPerHour;
        this.retryAt = retryAt;
    }

    public int maxPerHour() {
        return maxPerHour;
    }

    public LocalDateTime retryAt() {
        return retryAt;
    }
}
