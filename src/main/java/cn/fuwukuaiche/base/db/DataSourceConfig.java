package cn.fuwukuaiche.base.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * The one application datasource. Driver, URL and credentials come from MicroProfile Config, so the
 * same WAR runs on the embedded H2 file database (the default in {@code microprofile-config.properties})
 * and on MySQL by configuration alone: {@code -Dapp.db.url=…} or the environment variable
 * {@code APP_DB_URL=…}. Payara logs "no value found" for these at deploy time; the values are applied.
 * <p>A second pool on the same database, {@link #INTAKE_JNDI_NAME}, is the rating intake's alone (issue 21): not
 * transactional (its connections never join a JTA transaction), so the intake commits the rating and its audit line
 * itself on a connection that stays in manual-commit mode ({@code evaluation.control.ManualCommit}) — no
 * {@code SET autocommit} pair per rating, as the JTA transaction on the pool above costs.
 */
@DataSourceDefinitions({
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
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
        }),
@DataSourceDefinition(
        name = DataSourceConfig.INTAKE_JNDI_NAME,
        className = "${MPCONFIG=app.db.driver}",
        url = "${MPCONFIG=app.db.url}",
        user = "${MPCONFIG=app.db.user}",
        password = "${MPCONFIG=app.db.password}",
        transactional = false,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
})
@Singleton
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/fwkc";

    /** The rating intake's own pool: non-transactional, used only through {@code ManualCommit}. */
    public static final String INTAKE_JNDI_NAME = "java:app/jdbc/fwkc-intake";
}
