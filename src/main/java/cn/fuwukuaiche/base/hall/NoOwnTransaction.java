package cn.fuwukuaiche.base.hall;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link HallBound} bean on a hot path that {@link HallBoundary} gives no transaction of its own when its caller has
 * none: it answers from a cache nearly always (the device-key check of every rating) and reads, on a miss, before its
 * request hands any work to another thread.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoOwnTransaction {
}
