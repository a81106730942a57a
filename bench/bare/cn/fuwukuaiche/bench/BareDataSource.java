package cn.fuwukuaiche.bench;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The bench WAR's own pool on the portal's database: the same MicroProfile Config keys, the same pool settings as
 * the portal's {@code DataSourceConfig}, so the pair differs only in what happens per request. Creates the scratch
 * table {@code bench_scratch} (not a portal table; drop it at will).
 */
@DataSourceDefinition(
        name = BareDataSource.JNDI_NAME,
        className = "${MPCONFIG=app.db.driver}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
public class BareDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/bench";

    @Resource(lookup = JNDI_NAME)
    DataSource ds;

    @PostConstruct
    void createTable() {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_scratch (id bigint auto_increment primary key,"
                    + " body varchar(2000) not null, created_at timestamp(3) not null default current_timestamp(3))");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
