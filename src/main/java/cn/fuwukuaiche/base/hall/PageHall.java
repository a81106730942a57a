package cn.fuwukuaiche.base.hall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public service method (the service guide, the case lookup, the public notices and objections): it answers for the
 * hall of the page it is asked on — its {@code /h/{code}/} or, on an old single-hall address, the default hall —
 * whoever is signed in, as it does for the anonymous public. {@link HallBoundary} forces that hall for the call's
 * transaction. What such a method returns is public by definition, so a signed-in account of another hall (or a
 * supervisor of none) sees there exactly what a citizen sees; without this it saw its own hall's items under another
 * hall's address, or nothing.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageHall {
}
