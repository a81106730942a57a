package cn.fuwukuaiche.base.hall;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts {@link HallBoundary} on a CDI bean that reads hall-owned entities through its own entity manager (EJBs have
 * it as the default interceptor of ejb-jar.xml). {@code HallBoundaryTest} fails for such a bean without it.
 */
@InterceptorBinding
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface HallBound {
}
