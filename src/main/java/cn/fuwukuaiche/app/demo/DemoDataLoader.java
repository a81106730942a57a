package cn.fuwukuaiche.app.demo;

import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.org.demo.OrgDemoSeeder;
import cn.fuwukuaiche.org.entity.Hall;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.security.control.PasswordHasher;
import cn.fuwukuaiche.security.control.PasswordPolicy;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.base.time.Times;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Random;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start (no accounts yet): with {@code app.demo=true}, the demo county and one account per
 * role, all with the password {@value #DEMO_PASSWORD}; without it, only an admin whose password comes
 * from {@code app.admin.initial-password} or is generated and printed once in the log.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "demo1234";
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditService audit;

    @Inject
    @Any
    Instance<DemoSeeder> seeders;

    @Inject
    @ConfigProperty(name = "app.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "app.admin.initial-password")
    Optional<String> initialAdminPassword;

    /**
     * Outside a transaction: the hall is created first in a transaction of its own, then everything else is written
     * for it in another ({@link HallScope}), since a transaction's hall is fixed at its start (issue 23).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        long users = em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (demo) {
            loadDemo();
        } else {
            createInitialAdmin();
        }
    }

    /**
     * The first hall, as {@code hall} describes it: the one V182 made for a database without one (it owns the rows
     * the migrations wrote), renamed; created when there is none.
     */
    private long createHall(Hall hall) {
        return HallScope.call(HallContext.NO_HALL, () -> {
            Hall first = em.createQuery("select h from Hall h order by h.id", Hall.class).setMaxResults(1).getResultStream()
                    .findFirst().orElse(null);
            if (first == null) {
                em.persist(hall);
                em.flush();
                return hall.getId();
            }
            first.setCode(hall.getCode());
            first.setName(hall.getName());
            first.setCounty(hall.getCounty());
            first.setAddress(hall.getAddress());
            return first.getId();
        });
    }

    private void createInitialAdmin() {
        long hallId = createHall(new Hall("hall", "政务服务中心", "本县", null));
        HallScope.run(hallId, () -> createInitialAdmin(hallId));
    }

    private void createInitialAdmin(long hallId) {
        boolean generated = initialAdminPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? PasswordPolicy.generate() : initialAdminPassword.get();
        UserAccount admin = new UserAccount("admin", "系统管理员", hasher.hash(password), EnumSet.of(Role.ADMIN));
        admin.setMustChangePassword(true);
        admin.setHallId(hallId);
        em.persist(admin);
        audit.event(AuditAction.SYSTEM, "用户", null, "首次启动：创建初始管理员 admin", null, null);
        if (generated) {
            LOG.warning("首次启动：已创建管理员 admin，初始密码 " + password + " （仅显示这一次，登录后须修改）");
        } else {
            LOG.info("首次启动：已创建管理员 admin，密码取自 app.admin.initial-password（登录后须修改）");
        }
    }

    private void loadDemo() {
        long hallId = createHall(OrgDemoSeeder.demoHall());
        HallScope.run(hallId, () -> seedDemo(hallId));
    }

    private void seedDemo(long hallId) {
        DemoContext context = new DemoContext(em, hasher.hash(DEMO_PASSWORD), new Random(20260701L), Times.today());
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(s -> {
            long started = System.nanoTime();
            s.seed(context);
            em.flush();
            em.clear();
            LOG.info(() -> "演示数据：" + s.getClass().getSimpleName() + " 用时 " + (System.nanoTime() - started) / 1_000_000 + " ms");
        });
        // the demo accounts work for the demo county's hall
        em.createNativeQuery("update app_user set hall_id = ? where hall_id is null").setParameter(1, hallId).executeUpdate();
        audit.event(AuditAction.SYSTEM, "演示数据", null, "首次启动：载入演示县数据", null, null);
        LOG.info("首次启动：已载入演示数据，演示账号密码均为 " + DEMO_PASSWORD);
    }
}
