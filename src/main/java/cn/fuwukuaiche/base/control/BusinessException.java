package cn.fuwukuaiche.base.control;

import jakarta.ejb.ApplicationException;

/**
 * A rule said no. The message is Chinese and meant for the user; the transaction rolls back, so
 * nothing is half-written. {@code field} names the form field the message belongs beside, if any.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String field;

    public BusinessException(String message) {
        this(null, message);
    }

    public BusinessException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
