package cn.fuwukuaiche.supervision.demo;

import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallOpened;
import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.BranchKind;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import cn.fuwukuaiche.supervision.entity.SupervisorOffice;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The city above the demo county (issue 23, item 6): two smaller halls beside 青山县 (hall 1) — 白水县 and 莲花县,
 * each with a few units, windows, staff, six months of ratings, a 流动红旗 holder, stars and network cases — and the
 * 市政务服务管理局 over the three, with its supervisor {@code shi.jianguan} and the super admin {@code superadmin}
 * (the demo password). Runs last (order 900).
 *
 * <p>The two halls are seeded only with {@code app.demo.halls=true} (the run command's {@code config/demo.properties}):
 * until every query of a hall's pages keeps to its hall (the hall boundary, issue 23 item 1), their windows and
 * ratings would show on the demo county's pages and change the figures the test suite checks. Each hall is one call
 * of {@link #seedHall}, so the boundary can wrap it in that hall's context.
 */
@Dependent
public class SupervisionDemoSeeder implements DemoSeeder {

    public static final String OFFICE = "市政务服务管理局";
    public static final String SUPERVISOR = "shi.jianguan";
    public static final String SUPER_ADMIN = "superadmin";

    /** A demo hall: code, names, and how its ratings lean (share of 差评 in percent). */
    public record DemoHall(String code, String name, String county, String address, String prefix, String[] units,
                           int ratingsPerWindowAndMonth, int badPercent) {
    }

    public static final DemoHall BAISHUI = new DemoHall("baishui", "白水县政务服务中心", "白水县", "白水县滨河路 16 号", "BS",
            new String[]{"白水县税务局", "白水县市场监督管理局", "白水县人力资源和社会保障局"}, 14, 4);
    public static final DemoHall LIANHUA = new DemoHall("lianhua", "莲花县政务服务中心", "莲花县", "莲花县人民路 2 号", "LH",
            new String[]{"莲花县不动产登记中心", "莲花县公安局", "莲花县医疗保障局"}, 10, 9);

    @Inject
    @ConfigProperty(name = "app.demo.halls", defaultValue = "false")
    boolean extraHalls;

    @Inject
    Event<HallOpened> opened;

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void seed(DemoContext ctx) {
        List<Long> hallIds = new ArrayList<>();
        ctx.em().createQuery("select h from Hall h order by h.id", Hall.class).getResultList().forEach(h -> hallIds.add(h.getId()));
        if (extraHalls) {
            for (DemoHall spec : List.of(BAISHUI, LIANHUA)) {
                Hall hall = seedHall(ctx, spec);
                hallIds.add(hall.getId());
                // its own administrator (baishui.admin, lianhua.admin), who signed in sees this hall only: written in
                // the demo's own transaction, which has written accounts already (on MariaDB, another transaction
                // inserting into app_user would wait for this one's locks)
                UserAccount admin = new UserAccount(spec.code() + ".admin", spec.county() + "中心管理员", ctx.passwordHash(),
                        EnumSet.of(Role.ADMIN));
                admin.setHallId(hall.getId());
                ctx.em().persist(admin);
            }
        }
        seedOffice(ctx, hallIds);
    }

    /** The office over {@code hallIds}, its supervisor and the super admin. */
    public SupervisorOffice seedOffice(DemoContext ctx, List<Long> hallIds) {
        EntityManager em = ctx.em();
        SupervisorOffice office = new SupervisorOffice(OFFICE, "青山市");
        office.getHallIds().addAll(hallIds);
        em.persist(office);
        em.flush();
        UserAccount supervisor = new UserAccount(SUPERVISOR, "石建冠", ctx.passwordHash(), EnumSet.of(Role.SUPERVISOR));
        supervisor.setSupervisorOfficeId(office.getId());
        em.persist(supervisor);
        em.persist(new UserAccount(SUPER_ADMIN, "超级管理员", ctx.passwordHash(), EnumSet.of(Role.SUPER_ADMIN)));
        em.flush();
        return office;
    }

    /**
     * One smaller hall with everything the supervisor's comparison shows: its skeleton (floor, 党总支, 中心党支部), three
     * units with two windows each and two people a window, ratings for the last six months, two confirmed stars and a small network (a county node, a township, two villages) with this month's
     * cases. Window and staff numbers, unit and node names carry the hall's prefix, so that a reader of the comparison
     * tells the halls apart at a glance.
     */
    public Hall seedHall(DemoContext ctx, DemoHall spec) {
        // the hall in a transaction of no hall, then its records in one of its own (a transaction's hall is fixed)
        long hallId = HallScope.call(HallContext.NO_HALL, () -> {
            Hall h = new Hall(spec.code(), spec.name(), spec.county(), spec.address());
            ctx.em().persist(h);
            ctx.em().flush();
            return h.getId();
        });
        return HallScope.call(hallId, () -> {
            opened.fire(new HallOpened(hallId, spec.code(), "demo")); // its settings, meeting kinds, star criteria
            return seedHallRecords(ctx, spec, ctx.em().find(Hall.class, hallId));
        });
    }

    private Hall seedHallRecords(DemoContext ctx, DemoHall spec, Hall hall) {
        EntityManager em = ctx.em();
        Random random = new Random(spec.code().hashCode());
        LocalDate today = ctx.today();
        Floor floor = new Floor(hall, 1, "一楼 综合服务区");
        em.persist(floor);
        GeneralBranch general = new GeneralBranch(hall, "中共" + spec.name() + "总支部委员会");
        em.persist(general);
        Branch branch = new Branch(general, spec.name() + "党支部", BranchKind.CENTRAL, 0);
        em.persist(branch);
        List<ServiceWindow> windows = new ArrayList<>();
        List<Staff> people = new ArrayList<>();
        String[] surnames = {"赵", "钱", "孙", "周", "吴", "郑", "冯", "陈", "褚", "卫", "蒋", "沈"};
        String[] given = {"文", "静", "军", "敏", "磊", "芳", "涛", "丽", "强", "娟", "斌", "燕"};
        int n = 0;
        for (int u = 0; u < spec.units().length; u++) {
            Unit unit = new Unit(hall, spec.units()[u], null, branch, u);
            em.persist(unit);
            for (int w = 0; w < 2; w++) {
                String no = spec.prefix() + String.format("%02d", u * 2 + w + 1);
                ServiceWindow window = new ServiceWindow(no, spec.units()[u].replace(spec.county(), "") + "窗口" + (w + 1), unit,
                        floor, null, null);
                em.persist(window);
                windows.add(window);
                for (int p = 0; p < 2; p++) {
                    Staff s = new Staff(spec.prefix() + String.format("%04d", ++n), surnames[n % surnames.length] + given[(n * 5) % given.length],
                            n % 2 == 0 ? Gender.FEMALE : Gender.MALE, n % 3 == 0 ? PoliticalStatus.MASSES : PoliticalStatus.PARTY_MEMBER, unit);
                    s.setWindow(window);
                    s.setBranch(branch);
                    em.persist(s);
                    people.add(s);
                }
            }
        }
        em.flush();
        ratings(em, random, today, spec, windows, people);
        stars(em, today, windows, people);
        network(em, random, today, spec, hall);
        em.flush();
        return hall;
    }

    private static void ratings(EntityManager em, Random random, LocalDate today, DemoHall spec, List<ServiceWindow> windows,
                                List<Staff> people) {
        YearMonth now = YearMonth.from(today);
        for (int back = 5; back >= 0; back--) {
            YearMonth m = now.minusMonths(back);
            int lastDay = back == 0 ? today.getDayOfMonth() : m.lengthOfMonth();
            for (int w = 0; w < windows.size(); w++) {
                int count = spec.ratingsPerWindowAndMonth() + random.nextInt(5) - (back == 0 ? spec.ratingsPerWindowAndMonth() / 2 : 0);
                for (int i = 0; i < count; i++) {
                    int roll = random.nextInt(100);
                    RatingLevel level = roll < spec.badPercent() / 2 ? RatingLevel.VERY_DISSATISFIED
                            : roll < spec.badPercent() ? RatingLevel.DISSATISFIED
                            : roll < spec.badPercent() + 12 ? RatingLevel.BASIC
                            : roll < 55 ? RatingLevel.SATISFIED : RatingLevel.VERY_SATISFIED;
                    LocalDateTime at = m.atDay(1 + random.nextInt(lastDay)).atTime(9 + random.nextInt(8), random.nextInt(60));
                    em.persist(new Rating(windows.get(w), people.get(w * 2 + random.nextInt(2)), level, RatingChannel.PAD, at));
                }
            }
        }
    }

    /**
     * Two confirmed stars of last month. No 流动红旗: a flag is awarded from the hall's confirmed monthly ranking, and a
     * small demo hall has no scoring scheme and no ranking (the comparison shows "–" for it).
     */
    private static void stars(EntityManager em, LocalDate today, List<ServiceWindow> windows, List<Staff> people) {
        YearMonth m = YearMonth.from(today).minusMonths(1);
        StarKind[] kinds = {StarKind.HARMONY, StarKind.DEDICATION};
        for (int i = 0; i < kinds.length; i++) {
            Staff s = people.get(i * 3);
            StarAward a = new StarAward(s, s.getWindow(), kinds[i], PeriodKind.MONTH, m.atDay(1), m.atEndOfMonth(),
                    m.getYear() + "年" + m.getMonthValue() + "月");
            a.decide(StarAwardStatus.CONFIRMED, "演示数据", "演示数据", null, today.atTime(9, 0), "admin");
            em.persist(a);
        }
    }

    /** A county node, a township below it and two villages below that; this month's cases, most closed in the village. */
    /** The hall's own service guide: three items a village room can take in (the hall's guide page lists them). */
    private static List<ServiceItem> guide(EntityManager em, LocalDate today) {
        String[][] rows = {
                {"GG-001", "城乡居民养老保险待遇领取资格认证", "身份证", "免费"},
                {"GG-002", "残疾人两项补贴申请", "身份证\n残疾人证\n银行卡", "免费"},
                {"GG-003", "城乡居民医疗保险参保登记", "身份证\n户口簿", "免费"}};
        List<ServiceItem> items = new ArrayList<>();
        for (String[] r : rows) {
            ServiceItem item = new ServiceItem(r[0], r[1], ItemCategory.PUBLIC_SERVICE, today.minusYears(1));
            item.setAcceptLevels(EnumSet.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP, NodeLevel.COUNTY));
            item.setHandleLevels(EnumSet.of(NodeLevel.VILLAGE, NodeLevel.TOWNSHIP, NodeLevel.COUNTY));
            item.setLegalDays(10);
            item.setPromisedDays(5);
            item.setFee(r[3]);
            item.setMaterials(r[2]);
            item.setProcedureSteps("申请人到村（社区）民生服务室、乡镇便民服务站或县政务服务中心提出申请，提交申请材料\n"
                    + "代办员核对材料，材料齐全的当场受理；不齐全的一次性告知需补正的材料\n办结后通知申请人");
            em.persist(item);
            items.add(item);
        }
        return items;
    }

    private static void network(EntityManager em, Random random, LocalDate today, DemoHall spec, Hall hall) {
        List<ServiceItem> items = guide(em, today);
        String p = spec.prefix();
        ServiceNode county = new ServiceNode(p + "-COUNTY", spec.name(), NodeLevel.COUNTY, null);
        ServiceNode township = new ServiceNode(p + "-TS01", spec.county() + "城关镇便民服务站", NodeLevel.TOWNSHIP, county);
        ServiceNode village1 = new ServiceNode(p + "-VL01", spec.county() + "东村民生服务室", NodeLevel.VILLAGE, township);
        ServiceNode village2 = new ServiceNode(p + "-VL02", spec.county() + "西村民生服务室", NodeLevel.VILLAGE, township);
        for (ServiceNode node : List.of(county, township, village1, village2)) {
            em.persist(node);
        }
        em.flush();
        YearMonth month = YearMonth.from(today);
        int cases = 6 + random.nextInt(5);
        for (int i = 0; i < cases; i++) {
            ServiceNode origin = i % 2 == 0 ? village1 : village2;
            LocalDateTime at = month.atDay(1 + random.nextInt(today.getDayOfMonth())).atTime(9, 30);
            ServiceCase c = new ServiceCase(p + "-" + month.getYear() + String.format("%02d%03d", month.getMonthValue(), i + 1),
                    p + String.format("%07d", random.nextInt(10_000_000)), items.get(0), "群众" + (i + 1), "13800000000", origin, at);
            int roll = random.nextInt(10);
            ServiceNode handledBy = roll < (spec.badPercent() > 5 ? 4 : 7) ? origin : roll < 9 ? township : county;
            c.setAcceptedAt(at.plusHours(1));
            c.setState(CaseState.HANDLED);
            c.setCurrentNode(handledBy);
            c.setHandledNode(handledBy);
            c.setHandledAt(at.plusDays(1));
            c.setDeadline(at.toLocalDate().plusDays(5));
            em.persist(c);
        }
    }
}
