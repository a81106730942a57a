package cn.fuwukuaiche.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code POST /bench/api/bare}: the floor the rating intake is measured against — a bare JAX-RS endpoint that
 * inserts the request body as one row with plain JDBC (auto-commit, one statement) and answers 201 with the id.
 * No key, no validation, no JPA, no EJB transaction.
 */
@Path("bare")
@RequestScoped
public class BareInsertResource {

    @Resource(lookup = BareDataSource.JNDI_NAME)
    DataSource ds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response insert(String body) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into bench_scratch (body) values (?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, body == null ? "" : body);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return Response.status(Response.Status.CREATED).entity("{\"id\":" + keys.getLong(1) + "}").build();
            }
        }
    }
}
