package cn.fuwukuaiche.base.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Flyway owns the schema: the migrations in {@code db/migration} run at startup, before any other
 * startup bean (they declare {@code @DependsOn("SchemaMigrator")}) and before the web module serves
 * a request. JPA schema generation stays off, so the same scripts are the schema on H2 and on MySQL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    /** Set once the migrations have run: a timer that fires before (Payara starts them with the module) waits. */
    private static volatile boolean migrated;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    public static boolean migrated() {
        return migrated;
    }

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        LOG.info(() -> "数据库结构已就绪: " + result.migrationsExecuted + " 个迁移已执行, 当前版本 "
                + result.targetSchemaVersion + " (" + result.database + ")");
    }
}
