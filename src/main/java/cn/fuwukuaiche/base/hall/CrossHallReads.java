package cn.fuwukuaiche.base.hall;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider that reads several halls' rows on purpose, in native SQL (which EclipseLink's multitenancy does not
 * filter), for the supervisor's comparison ({@code supervision}, SUPERVISOR only): it answers for the halls a
 * {@link ComparedHalls} names and returns figures per hall, never a person's private data. {@code HallBoundaryTest}
 * exempts such a class from its one-hall rules and checks that it takes the compared halls; nothing else may carry it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
public @interface CrossHallReads {

    /** Why this provider spans halls. */
    String value();
}
