package cn.fuwukuaiche.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code WEB-INF/beans.xml} has {@code bean-discovery-mode="annotated"} (issue 21: Weld then skips the entities,
 * records and rules instead of making a bean of each of the portal's classes at every start). In that mode a class
 * without a bean-defining annotation is no bean, and nothing fails at deployment when such a class is only looked up
 * through {@code Instance<…>} or created by Vaadin: it would just be missing (a panel left empty, a seeder not run) or,
 * for a view with an {@code @Inject} constructor, fail when opened. This test reads the compiled classes and names
 * every class that would have been a bean under {@code all} and is needed as one, but carries no bean-defining
 * annotation: Vaadin's route targets, layouts and error views; classes with {@code @Inject} members, observer or
 * producer methods; the type of every {@code @Inject} field or parameter; every implementation of a type looked up
 * through {@code Instance<…>} or {@code Provider<…>}. (Servlets and filters are injected by the web container either
 * way.)
 */
class BeanDiscoveryTest {

    private static final Path CLASSES = Path.of("target/classes");

    private static final Set<String> BEAN_DEFINING = Set.of(
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.ejb.Stateless", "jakarta.ejb.Singleton",
            "jakarta.ejb.Stateful", "jakarta.interceptor.Interceptor", "jakarta.decorator.Decorator",
            "com.vaadin.cdi.annotation.UIScoped", "com.vaadin.cdi.annotation.NormalUIScoped",
            "com.vaadin.cdi.annotation.RouteScoped", "com.vaadin.cdi.annotation.NormalRouteScoped",
            "com.vaadin.cdi.annotation.VaadinSessionScoped", "com.vaadin.cdi.annotation.VaadinServiceScoped");

    @Test
    void the_portal_is_discovered_by_annotations() throws IOException {
        String beansXml = Files.readString(Path.of("webapp/WEB-INF/beans.xml"));
        assertTrue(beansXml.contains("bean-discovery-mode=\"annotated\""), "WEB-INF/beans.xml: bean-discovery-mode");
    }

    @Test
    void every_class_needed_as_a_bean_has_a_bean_defining_annotation() throws Exception {
        List<Class<?>> classes = portalClasses();
        Set<Class<?>> looked = new java.util.HashSet<>();
        Set<String> missing = new TreeSet<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Inject.class)) {
                    collect(f.getGenericType(), looked);
                    missing(c, "@Inject field " + f.getName(), missing);
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(c.getDeclaredConstructors()));
            executables.addAll(List.of(c.getDeclaredMethods()));
            for (Executable e : executables) {
                boolean inject = e.isAnnotationPresent(Inject.class);
                boolean produces = e.isAnnotationPresent(Produces.class);
                boolean observes = false;
                for (Parameter p : e.getParameters()) {
                    observes |= p.isAnnotationPresent(Observes.class)
                            || p.isAnnotationPresent(jakarta.enterprise.event.ObservesAsync.class);
                }
                if (inject || produces || observes) {
                    missing(c, inject ? "@Inject " + e.getName() : produces ? "@Produces" : "@Observes", missing);
                }
                if (inject || observes || produces) {
                    for (Parameter p : e.getParameters()) {
                        if (!p.isAnnotationPresent(Observes.class)) {
                            collect(p.getParameterizedType(), looked);
                        }
                    }
                }
            }
            if (Component.class.isAssignableFrom(c) && (c.isAnnotationPresent(Route.class)
                    || RouterLayout.class.isAssignableFrom(c) || HasErrorParameter.class.isAssignableFrom(c))) {
                missing(c, "created by Vaadin", missing);
            }
        }
        for (Class<?> c : classes) {
            if (!couldBeABean(c)) {
                continue;
            }
            for (Class<?> type : looked) {
                if (type != c && type.isAssignableFrom(c) && type.getName().startsWith("cn.fuwukuaiche.")) {
                    missing(c, "implements " + type.getSimpleName() + ", which is injected", missing);
                }
            }
            if (looked.contains(c)) {
                missing(c, "injected", missing);
            }
        }
        assertEquals(Set.of(), missing, "classes needed as beans without a bean-defining annotation "
                + "(beans.xml is bean-discovery-mode=\"annotated\": add @Dependent or the bean's scope)");
    }

    /** A class CDI would make a bean of under {@code bean-discovery-mode="all"}. */
    private static boolean couldBeABean(Class<?> c) {
        if (c.isInterface() || c.isEnum() || c.isRecord() || c.isAnnotation() || Modifier.isAbstract(c.getModifiers())
                || (c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers())) || c.isAnonymousClass()
                || c.isSynthetic()) {
            return false;
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (k.getParameterCount() == 0 || k.isAnnotationPresent(Inject.class)) {
                return true;
            }
        }
        return false;
    }

    private static void missing(Class<?> c, String why, Set<String> missing) {
        if (couldBeABean(c) && !beanDefining(c) && !containerInjected(c)) {
            missing.add(c.getName() + " (" + why + ")");
        }
    }

    /** Servlets, filters and listeners: the web container injects them whether they are beans or not. */
    private static boolean containerInjected(Class<?> c) {
        return jakarta.servlet.Servlet.class.isAssignableFrom(c) || jakarta.servlet.Filter.class.isAssignableFrom(c)
                || java.util.EventListener.class.isAssignableFrom(c) && c.getName().contains(".web.");
    }

    private static boolean beanDefining(Class<?> c) {
        for (Annotation a : c.getAnnotations()) {
            if (BEAN_DEFINING.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }

    /** The injected class; for {@code Instance<X>} and {@code Provider<X>} the class X. */
    private static void collect(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if ((raw == Instance.class || raw == Provider.class) && p.getActualTypeArguments().length == 1) {
                collect(p.getActualTypeArguments()[0], into);
                return;
            }
            collect(raw, into);
        } else if (type instanceof Class<?> c && c.getName().startsWith("cn.fuwukuaiche.")) {
            into.add(c);
        }
    }

    private static List<Class<?>> portalClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("cn"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                classes.add(Class.forName(name, false, BeanDiscoveryTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
