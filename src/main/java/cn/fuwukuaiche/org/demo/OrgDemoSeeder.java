package cn.fuwukuaiche.org.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.BranchKind;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.GeneralBranch;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import cn.fuwukuaiche.org.entity.Zone;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo county (青山县): a hall on 3 floors, 13 stationed units, 36 windows and about 110 staff; the
 * general branch with the central branch and three joint branches split by floor and business area, as part 4
 * of the seed describes (按服务大厅楼层布局及业务范围). Binds the demo accounts to their scope:
 * {@code leader} = 总支书记 王建国, {@code secretary} = 第一联合党支部书记 李秀英, {@code secretary2} =
 * 第二联合党支部书记 周志强, {@code staff} = 张伟 at window A05, {@code staff2} = 黄丽 at window C05.
 */
@Dependent
public class OrgDemoSeeder implements DemoSeeder {

    /** The hall's own staff number prefix: 青山 → QS. */
    static final String STAFF_NO_PREFIX = "QS";

    private record W(String no, String name, String scope) {
    }

    private record U(String name, String shortName, int branch, int floor, String zone, List<W> windows) {
    }

    /** Units, their branch (0 central, 1–3 joint), floor, zone and windows. */
    private static final List<U> UNITS = List.of(
            new U("县政务服务中心管理办公室", "中心办", 0, 1, "A", List.of(
                    new W("A01", "综合咨询", "政策咨询、导办引导、预约服务"),
                    new W("A02", "综合受理", "一窗受理、统一出件"),
                    new W("A03", "帮办代办", "帮办代办、企业开办专区、老年人绿色通道"),
                    new W("A04", "投诉与好差评", "投诉受理、差评回访整改、意见建议"))),
            new U("县公安局", "公安", 1, 1, "A", List.of(
                    new W("A05", "户籍业务", "户口迁移、身份证办理、户籍证明"),
                    new W("A06", "出入境业务", "护照、往来港澳台通行证办理"),
                    new W("A07", "交管车驾管", "机动车登记、驾驶证业务"))),
            new U("县人力资源和社会保障局", "人社", 1, 1, "B", List.of(
                    new W("B01", "社保登记", "养老保险参保登记、社保卡办理"),
                    new W("B02", "就业创业", "就业登记、创业担保贷款、失业保险金"),
                    new W("B03", "劳动关系", "劳动合同备案、劳动保障监察投诉"))),
            new U("县医疗保障局", "医保", 1, 1, "B", List.of(
                    new W("B04", "医保参保", "城乡居民医保参保、医保关系转移"),
                    new W("B05", "医疗费用报销", "异地就医备案、零星报销、门诊慢特病"))),
            new U("县民政局", "民政", 1, 1, "B", List.of(
                    new W("B06", "婚姻登记", "结婚登记、离婚登记、补领婚姻登记证"),
                    new W("B07", "社会救助", "最低生活保障、特困供养、临时救助"))),
            new U("县市场监督管理局", "市场监管", 2, 2, "C", List.of(
                    new W("C01", "企业登记", "企业设立、变更、注销登记"),
                    new W("C02", "个体登记", "个体工商户登记、农民专业合作社登记"),
                    new W("C03", "食品经营许可", "食品经营许可、小作坊登记"),
                    new W("C04", "特种设备与计量", "特种设备使用登记、计量器具检定"))),
            new U("国家税务总局青山县税务局", "税务", 2, 2, "C", List.of(
                    new W("C05", "综合办税", "税务登记、纳税申报、税费缴纳"),
                    new W("C06", "发票业务", "发票领用、代开发票"),
                    new W("C07", "社保费征缴", "社会保险费申报缴纳"))),
            new U("县卫生健康局", "卫健", 2, 2, "D", List.of(
                    new W("D01", "医疗机构许可", "医疗机构设置审批、执业登记"),
                    new W("D02", "公共卫生许可", "公共场所卫生许可、出生医学证明"))),
            new U("县交通运输局", "交通", 2, 2, "D", List.of(
                    new W("D03", "道路运输许可", "道路运输经营许可、从业资格证"),
                    new W("D04", "路政许可", "涉路施工许可、超限运输许可"))),
            new U("县自然资源局（不动产登记中心）", "不动产", 3, 3, "E", List.of(
                    new W("E01", "不动产登记受理", "首次登记、转移登记、变更登记"),
                    new W("E02", "不动产交易", "存量房交易、新建商品房备案"),
                    new W("E03", "抵押登记", "抵押权登记、注销抵押"),
                    new W("E04", "规划许可", "建设用地规划许可、建设工程规划许可"))),
            new U("县住房和城乡建设局", "住建", 3, 3, "E", List.of(
                    new W("E05", "施工许可", "建筑工程施工许可"),
                    new W("E06", "竣工验收备案", "竣工验收备案、消防验收"),
                    new W("E07", "住房公积金", "公积金缴存、提取、贷款"))),
            new U("县发展和改革局", "发改", 3, 3, "F", List.of(
                    new W("F01", "投资项目审批", "固定资产投资项目审批、核准、备案"),
                    new W("F02", "并联审批协调", "重大项目并联审批、联席会议"))),
            new U("市生态环境局青山分局", "生态环境", 3, 3, "F", List.of(
                    new W("F03", "环评审批", "建设项目环境影响评价审批"),
                    new W("F04", "排污许可", "排污许可证核发、变更"))));

    private static final String[] SURNAMES = ("王王王李李李张张张刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
            + "袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万覃严戴").split("");
    private static final String[] MALE = {"伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
            "建华", "志明", "俊杰", "海波", "国强", "文博", "子豪", "宇航", "浩然", "晓东", "振宇", "德明", "家豪", "立新", "永刚", "红军",
            "建平", "春生", "思远", "博文", "一鸣", "天佑", "景行", "承志"};
    private static final String[] FEMALE = {"芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "琳", "洁", "燕", "萍", "红", "慧",
            "秀兰", "桂英", "玉兰", "丽娟", "晓燕", "雅婷", "欣怡", "思琪", "梦瑶", "佳慧", "婉清", "雨萱", "春梅", "海燕", "美玲", "文静",
            "淑华", "红梅", "诗涵", "可欣", "雪莹", "晓琳", "亚楠", "佩玲"};
    private static final String[] MOBILE_PREFIX = {"138", "139", "135", "137", "150", "151", "158", "186", "187", "189", "199", "177", "133", "181"};

    private final Set<String> usedNames = new HashSet<>();
    private int staffSeq;

    /** The demo county's hall code: its public pages are /h/qingshan/… (and the old URLs, as the default hall). */
    public static final String HALL_CODE = "qingshan";

    /**
     * The demo county's hall, created by the demo loader in a transaction of its own before the seeders run for it
     * (a transaction's hall is fixed at its start, so the hall must exist first).
     */
    public static Hall demoHall() {
        return new Hall(HALL_CODE, "青山县政务服务中心", "青山县", "青山县城南新区政务大道 88 号");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        Random random = ctx.random();

        Hall hall = em.createQuery("select h from Hall h where h.code = :code", Hall.class).setParameter("code", HALL_CODE)
                .getResultStream().findFirst().orElseGet(() -> {
                    Hall h = demoHall();
                    em.persist(h);
                    return h;
                });
        Floor[] floors = {
                new Floor(hall, 1, "一楼 民生服务区"),
                new Floor(hall, 2, "二楼 商事服务区"),
                new Floor(hall, 3, "三楼 投资建设区")};
        for (Floor f : floors) {
            em.persist(f);
        }
        Map<String, Zone> zones = new HashMap<>();
        String[][] zoneDefs = {{"A", "A区 综合受理", "1"}, {"B", "B区 社会保障", "1"}, {"C", "C区 市场准入", "2"},
                {"D", "D区 社会事务", "2"}, {"E", "E区 不动产与建设", "3"}, {"F", "F区 投资项目", "3"}};
        for (String[] z : zoneDefs) {
            Zone zone = new Zone(floors[Integer.parseInt(z[2]) - 1], z[0], z[1]);
            em.persist(zone);
            zones.put(z[0], zone);
        }

        GeneralBranch general = new GeneralBranch(hall, "中共青山县政务服务中心总支部委员会");
        em.persist(general);
        Branch[] branches = {
                new Branch(general, "中心党支部", BranchKind.CENTRAL, 0),
                new Branch(general, "第一联合党支部", BranchKind.JOINT, 1),
                new Branch(general, "第二联合党支部", BranchKind.JOINT, 2),
                new Branch(general, "第三联合党支部", BranchKind.JOINT, 3)};
        branches[0].setBusinessArea("中心管理办公室及一楼综合受理区");
        branches[1].setBusinessArea("一楼民生服务：公安、人社、医保、民政");
        branches[2].setBusinessArea("二楼商事服务：市场监管、税务、卫健、交通");
        branches[3].setBusinessArea("三楼投资建设：不动产、住建、发改、生态环境");
        branches[0].setFloors(Set.of(floors[0]));
        branches[1].setFloors(Set.of(floors[0]));
        branches[2].setFloors(Set.of(floors[1]));
        branches[3].setFloors(Set.of(floors[2]));
        for (Branch b : branches) {
            em.persist(b);
        }
        // Branches and staff point at each other (secretaries): insert in stages, so no insert waits on a cycle.
        em.flush();

        // Named people the demo accounts belong to; the rest are generated.
        usedNames.addAll(List.of("王建国", "赵丽华", "李秀英", "周志强", "孙海涛", "张伟", "黄丽", "刘洋", "陈晓梅"));
        Map<String, ServiceWindow> windows = new HashMap<>();
        List<Staff> all = new ArrayList<>();
        Map<Unit, PartyGroup> groups = new HashMap<>();
        Staff leader = null;
        Staff[] secretaries = new Staff[4];
        Staff staffAccount = null;
        Staff staff2Account = null;
        int order = 0;
        for (U u : UNITS) {
            Unit unit = new Unit(hall, u.name(), u.shortName(), branches[u.branch()], order++);
            em.persist(unit);
            PartyGroup group = new PartyGroup(branches[u.branch()], u.shortName() + "党小组");
            em.persist(group);
            groups.put(unit, group);
            if (u.branch() == 0) {
                leader = person(em, unit, null, "王建国", Gender.MALE, PoliticalStatus.PARTY_MEMBER, "中心主任",
                        "主持中心全面工作，任中心党总支书记", random);
                secretaries[0] = person(em, unit, null, "赵丽华", Gender.FEMALE, PoliticalStatus.PARTY_MEMBER, "中心副主任",
                        "分管窗口管理与考评，任中心党支部书记", random);
                all.add(leader);
                all.add(secretaries[0]);
                all.add(person(em, unit, null, "陈晓梅", Gender.FEMALE, PoliticalStatus.PARTY_MEMBER, "办公室主任",
                        "负责文秘、党务与考勤管理", random));
                all.add(person(em, unit, null, randomName(random, Gender.MALE), Gender.MALE, PoliticalStatus.LEAGUE_MEMBER,
                        "信息技术员", "负责网上办事平台与评价器运维", random));
            }
            for (W w : u.windows()) {
                Floor floor = floors[u.floor() - 1];
                ServiceWindow window = new ServiceWindow(w.no(), w.name(), unit, floor, zones.get(u.zone()), w.scope());
                em.persist(window);
                windows.put(w.no(), window);
                int size = 3;
                for (int i = 0; i < size; i++) {
                    String post = i == 0 ? "窗口负责人" : (i == 1 ? "审核员" : "受理员");
                    String duties = (i == 0 ? "负责窗口日常管理及" : "负责") + w.scope() + "的" + (i == 1 ? "审核与出件" : "受理与咨询");
                    Staff s;
                    if (w.no().equals("B01") && i == 0) {
                        s = secretaries[1] = person(em, unit, window, "李秀英", Gender.FEMALE, PoliticalStatus.PARTY_MEMBER, post,
                                duties + "，任第一联合党支部书记", random);
                    } else if (w.no().equals("C01") && i == 0) {
                        s = secretaries[2] = person(em, unit, window, "周志强", Gender.MALE, PoliticalStatus.PARTY_MEMBER, post,
                                duties + "，任第二联合党支部书记", random);
                    } else if (w.no().equals("E01") && i == 0) {
                        s = secretaries[3] = person(em, unit, window, "孙海涛", Gender.MALE, PoliticalStatus.PARTY_MEMBER, post,
                                duties + "，任第三联合党支部书记", random);
                    } else if (w.no().equals("A05") && i == 2) {
                        s = staffAccount = person(em, unit, window, "张伟", Gender.MALE, PoliticalStatus.LEAGUE_MEMBER, post, duties, random);
                    } else if (w.no().equals("C05") && i == 2) {
                        s = staff2Account = person(em, unit, window, "黄丽", Gender.FEMALE, PoliticalStatus.MASSES, post, duties, random);
                    } else {
                        Gender g = random.nextInt(100) < 56 ? Gender.FEMALE : Gender.MALE;
                        PoliticalStatus ps = randomStatus(random, i == 0);
                        s = person(em, unit, window, randomName(random, g), g, ps, post, duties, random);
                    }
                    all.add(s);
                }
            }
        }
        em.flush();
        for (Staff s : all) {
            if (s.isPartyMember()) {
                s.setBranch(s.getUnit().getBranch());
                PartyGroup g = groups.get(s.getUnit());
                s.setPartyGroup(g);
                if (g.getLeader() == null && s.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER) {
                    g.setLeader(s);
                }
            }
        }
        for (int i = 0; i < branches.length; i++) {
            branches[i].setSecretary(secretaries[i]);
        }
        general.setSecretary(leader);
        em.flush();

        bind(em, "leader", null, null, leader);
        bind(em, "secretary", branches[1], null, secretaries[1]);
        bind(em, "staff", null, windows.get("A05"), staffAccount);
        UserAccount sec2 = new UserAccount("secretary2", "周志强", ctx.passwordHash(), EnumSet.of(Role.SECRETARY));
        em.persist(sec2);
        bind(em, "secretary2", branches[2], null, secretaries[2]);
        UserAccount st2 = new UserAccount("staff2", "黄丽", ctx.passwordHash(), EnumSet.of(Role.STAFF));
        em.persist(st2);
        bind(em, "staff2", null, windows.get("C05"), staff2Account);
        em.flush();
    }

    private static void bind(EntityManager em, String username, Branch branch, ServiceWindow window, Staff staff) {
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().ifPresent(u -> {
                    if (branch != null) {
                        u.setBranchId(branch.getId());
                    }
                    if (window != null) {
                        u.setWindowId(window.getId());
                    }
                    u.setStaffId(staff.getId());
                    u.setDisplayName(staff.getName());
                });
    }

    private Staff person(EntityManager em, Unit unit, ServiceWindow window, String name, Gender gender, PoliticalStatus status,
                         String post, String duties, Random random) {
        Staff s = new Staff(String.format("%s%04d", STAFF_NO_PREFIX, ++staffSeq), name, gender, status, unit);
        s.setWindow(window);
        s.setPost(post);
        s.setDuties(duties);
        s.setPhone(MOBILE_PREFIX[random.nextInt(MOBILE_PREFIX.length)] + String.format("%08d", random.nextInt(100_000_000)));
        em.persist(s);
        return s;
    }

    /** About 45 % Party members among window staff, more among window heads. */
    private static PoliticalStatus randomStatus(Random random, boolean head) {
        int r = random.nextInt(100);
        if (head) {
            return r < 70 ? PoliticalStatus.PARTY_MEMBER : r < 80 ? PoliticalStatus.PROBATIONARY_MEMBER : PoliticalStatus.MASSES;
        }
        if (r < 36) {
            return PoliticalStatus.PARTY_MEMBER;
        }
        if (r < 40) {
            return PoliticalStatus.PROBATIONARY_MEMBER;
        }
        if (r < 48) {
            return PoliticalStatus.ACTIVIST;
        }
        if (r < 62) {
            return PoliticalStatus.LEAGUE_MEMBER;
        }
        return PoliticalStatus.MASSES;
    }

    private String randomName(Random random, Gender gender) {
        String[] given = gender == Gender.FEMALE ? FEMALE : MALE;
        for (int attempt = 0; ; attempt++) {
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + given[random.nextInt(given.length)];
            if (usedNames.add(name) || attempt > 50) {
                return name;
            }
        }
    }
}
