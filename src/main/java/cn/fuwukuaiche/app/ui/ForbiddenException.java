package cn.fuwukuaiche.app.ui;

/** A signed-in user opened a page his roles may not use; the message names the roles that may (Chinese labels). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String rolesThatMay) {
        super(rolesThatMay);
    }
}
