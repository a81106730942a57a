package cn.fuwukuaiche.base.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's one JAX-RS application: every area's resources ({@code <area>.api}) are served below
 * {@code /api}, beside Vaadin at {@code /}. {@code /openapi} serves the hand-written {@code META-INF/openapi.yaml}
 * (annotation scanning is off): a change to a resource changes that file too, and {@code OpenApiIT} checks it.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
