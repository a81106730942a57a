package cn.fuwukuaiche.app.health;

import cn.fuwukuaiche.base.api.ApiErrors;
import cn.fuwukuaiche.base.control.ClientAddress;
import cn.fuwukuaiche.base.control.ClusterGrid;
import cn.fuwukuaiche.base.control.TimerTicks;
import cn.fuwukuaiche.base.db.DataSourceConfig;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;

/**
 * {@code GET /api/health}: {"status":"UP"} or 503 {"status":"DOWN"} for everyone; the database's product and
 * version, the data grid ({@code cluster}: clustered or not, its members) and this node's last timer claims
 * ({@code timers}) only for a signed-in ADMIN or a caller on the server itself (loopback), e.g. an operator's curl.
 */
@Path("health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Context
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "app.http.trusted-proxies", defaultValue = "0")
    int trustedProxies;

    @Inject
    ClusterGrid grid;

    @GET
    @Produces(ApiErrors.JSON)
    public Response health() {
        JsonObjectBuilder b = Json.createObjectBuilder();
        boolean details = mayReadDetails();
        try (Connection c = dataSource.getConnection()) {
            boolean up = c.isValid(2);
            b.add("status", up ? "UP" : "DOWN");
            if (details) {
                DatabaseMetaData md = c.getMetaData();
                b.add("database", md.getDatabaseProductName()).add("version", md.getDatabaseProductVersion());
            }
            if (details) {
                b.add("cluster", Json.createObjectBuilder().add("clustered", grid.clustered()).add("members", grid.members())
                        .add("member", grid.localMember()));
                var timers = Json.createObjectBuilder();
                TimerTicks.recentClaims().forEach((name, claims) -> {
                    JsonArrayBuilder a = Json.createArrayBuilder();
                    claims.forEach(a::add);
                    timers.add(name, a);
                });
                b.add("timers", timers);
            }
            return Response.status(up ? 200 : 503).entity(b.build().toString()).type(ApiErrors.JSON).build();
        } catch (Exception e) {
            return Response.status(503).header("Retry-After", ApiErrors.RETRY_AFTER_UNAVAILABLE)
                    .entity(b.add("status", "DOWN").build().toString()).type(ApiErrors.JSON).build();
        }
    }

    private boolean mayReadDetails() {
        if (request == null) {
            return false;
        }
        if (request.isUserInRole(Role.Names.ADMIN)) {
            return true;
        }
        try {
            // behind a proxy on the same machine every request comes from loopback: then the client is the address
            // the trusted proxy saw (ClientAddress), so a caller from outside never passes as local
            String client = ClientAddress.resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
            if (trustedProxies > 0 && request.getHeader("X-Forwarded-For") == null) {
                return false;
            }
            return InetAddress.getByName(client).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
