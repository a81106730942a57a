package cn.fuwukuaiche.bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The bench WAR's JAX-RS root: {@code /bench/api}. Bench-only code: never in the production WAR. */
@ApplicationPath("api")
public class BareApp extends Application {
}
