package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route, layout and error view says who may open it. A view without an access annotation would
 * be refused by Vaadin at run time anyway, but silently; this makes the omission a red build.
 */
class RouteAccessTest {

    private static final List<Class<? extends Annotation>> ACCESS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    @Test
    void every_route_and_layout_has_exactly_one_access_annotation() throws Exception {
        List<Class<?>> guarded = uiClasses();
        assertTrue(guarded.size() >= 6, "found only " + guarded);
        List<String> missing = new ArrayList<>();
        for (Class<?> c : guarded) {
            long n = ACCESS.stream().filter(c::isAnnotationPresent).count();
            if (n != 1) {
                missing.add(c.getName() + " has " + n);
            }
        }
        assertEquals(List.of(), missing);
    }

    static List<Class<?>> uiClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target/classes");
        List<Class<?>> result = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, RouteAccessTest.class.getClassLoader());
                if (c.isAnnotationPresent(Route.class) || c.isAnnotationPresent(Layout.class)
                        || (RouterLayout.class.isAssignableFrom(c) && !c.isInterface())
                        || HasErrorParameter.class.isAssignableFrom(c) && !c.isInterface()) {
                    result.add(c);
                }
            }
        }
        return result;
    }
}
