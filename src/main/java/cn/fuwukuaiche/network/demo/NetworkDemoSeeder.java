package cn.fuwukuaiche.network.demo;

import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.network.control.CaseDeadlines;
import cn.fuwukuaiche.network.control.CaseFlow;
import cn.fuwukuaiche.network.entity.CaseMaterial;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.ItemStatus;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.network.entity.VillageCategory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo county's network: the county hall, 8 township stations and 60 village rooms with one agent
 * each (the demo account {@code agent} at 青石镇东坡村, {@code agent.town} at 青石镇, {@code agent.county}
 * at the hall; the others are {@code agent.t02}, {@code agent.t02v01} …), the service guide with its
 * clean-ups, and a few hundred cases over the last six months in every state.
 */
@Dependent
public class NetworkDemoSeeder implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(NetworkDemoSeeder.class.getName());
    static final String COUNTY_NAME = "青山县";
    /** The query code of the showcase case (village → township → county → back), for demos and docs. */
    public static final String SHOWCASE_QUERY_CODE = "886688";

    static final String[] TOWNSHIPS = {"青石镇", "柳溪镇", "白鹤乡", "龙泉镇", "桃源乡", "金沙镇", "松岭乡", "石门镇"};
    static final String[][] VILLAGES = {
            {"东坡村", "西岭村", "南山村", "北塘村", "上坪村", "下湾村", "杨家村", "青石社区"},
            {"河口村", "新桥村", "红星村", "和平村", "团结村", "光明村", "柳溪社区"},
            {"胜利村", "双井村", "三合村", "五里村", "大坪村", "小溪村", "白鹤村", "鹤鸣村"},
            {"龙泉村", "龙潭村", "龙山村", "泉水村", "梨花村", "杏林村", "龙泉社区"},
            {"桃源村", "桃花村", "武陵村", "秦人村", "落英村", "渔樵村", "竹林村", "桃源社区"},
            {"金沙村", "银滩村", "沙湾村", "金盆村", "玉带村", "长滩村", "金沙社区"},
            {"松岭村", "柏树村", "枫林村", "樟树村", "茶园村", "竹山村", "云雾村", "松岭社区"},
            {"石门村", "石桥村", "石塘村", "门楼村", "关口村", "高峰村", "石门社区"},
    };
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高",
            "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "曹", "袁", "邓", "彭", "曾"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
            "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "国强", "春梅", "海燕", "志刚", "红梅", "德明", "玉兰",
            "文华", "淑珍", "金凤", "长青", "永福", "庆华", "振国", "桂兰", "晓东"};
    private static final String[] REQUESTS = {"本人行动不便，委托代办员代为办理", "外出务工，委托村里代办", "申请人年事已高，由子女陪同委托代办",
            "材料已当场核对，委托代办", "申请人要求办结后电话通知", "申请人希望尽快办理"};
    private static final String[] RESULTS = {"已办结，证件已制作完成", "审核通过，已按规定办理", "经核查符合条件，予以办理",
            "调解成功，双方签订调解协议", "已答复申请人并一次性告知相关政策", "已录入系统，待申请人领取"};
    private static final String[] HAND_UP_REASONS = {"本级无办理权限，按规定上交", "需上级部门审核", "涉及跨村事项，需乡镇协调",
            "需县级窗口出件", "村级系统无该事项办理权限"};

    @Inject
    WorkCalendarProvider calendars;

    private EntityManager em;
    private Random random;
    private WorkCalendar cal;
    private final Map<Long, UserAccount> agentOf = new HashMap<>();
    private final Map<LocalDate, Integer> numbers = new HashMap<>();

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed(DemoContext ctx) {
        em = ctx.em();
        random = ctx.random();
        cal = calendars.current();
        List<ServiceNode> nodes = nodes(ctx);
        List<ServiceItem> items = items(ctx.today());
        em.flush();
        int cases = cases(ctx.today(), nodes, items) + workForEveryDemoAgent(ctx.today(), items);
        new ApprovalDemo(em, cal).seed(ctx);
        LOG.info(() -> "三级网络演示数据：" + nodes.size() + " 个网点，" + items.size() + " 个事项，" + cases + " 件代办件");
    }

    // ---- nodes and agents -------------------------------------------------------------------

    private List<ServiceNode> nodes(DemoContext ctx) {
        List<ServiceNode> all = new ArrayList<>();
        int order = 0;
        ServiceNode county = node("C00", COUNTY_NAME + "政务服务中心", NodeLevel.COUNTY, null, ++order,
                COUNTY_NAME + "人民路 88 号政务服务中心", "0734-8221000", "周一至周五 8:30–12:00，14:30–17:30（周六上午轮值）");
        all.add(county);
        agent(ctx, "agent.county", "周明华", county);
        for (int t = 0; t < TOWNSHIPS.length; t++) {
            String tc = String.format("T%02d", t + 1);
            String town = TOWNSHIPS[t];
            ServiceNode station = node(tc, town + "便民服务站", NodeLevel.TOWNSHIP, county, ++order,
                    COUNTY_NAME + town + "人民政府一楼", String.format("0734-82%02d%03d", 31 + t, 100), "周一至周五 8:30–12:00，14:30–17:30");
            all.add(station);
            agent(ctx, t == 0 ? "agent.town" : "agent." + tc.toLowerCase(), name(), station);
            for (int v = 0; v < VILLAGES[t].length; v++) {
                String vc = tc + String.format("V%02d", v + 1);
                String village = VILLAGES[t][v];
                String kind = village.endsWith("社区") ? "社区便民服务室" : "民生服务室";
                ServiceNode room = node(vc, town + village + kind.replace("社区便民服务室", "民生服务室"), NodeLevel.VILLAGE, station, ++order,
                        COUNTY_NAME + town + village + (village.endsWith("社区") ? "居委会" : "村委会") + "一楼",
                        String.format("0734-82%02d%03d", 31 + t, 201 + v), "周一至周五 9:00–17:00（农忙时节周末有人值守）");
                all.add(room);
                if (t == 0 && v == 0) {
                    bindDemoAgent(room);
                } else {
                    agent(ctx, "agent." + vc.toLowerCase(), name(), room);
                }
            }
        }
        em.flush();
        return all;
    }

    private ServiceNode node(String code, String name, NodeLevel level, ServiceNode parent, int order, String address,
                             String phone, String hours) {
        ServiceNode n = new ServiceNode(code, name, level, parent);
        n.setAddress(address);
        n.setPhone(phone);
        n.setOpeningHours(hours);
        n.setSortOrder(order);
        em.persist(n);
        return n;
    }

    private void agent(DemoContext ctx, String username, String displayName, ServiceNode node) {
        UserAccount u = new UserAccount(username, displayName, ctx.passwordHash(), EnumSet.of(Role.AGENT));
        em.persist(u);
        em.flush();
        u.setNodeId(node.getId());
        agentOf.put(node.getId() == null ? -1 : node.getId(), u);
    }

    /** The foundation's demo account {@code agent} (刘洋) works at the first village of 青石镇. */
    private void bindDemoAgent(ServiceNode room) {
        em.flush();
        UserAccount agent = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", "agent")
                .getResultStream().findFirst().orElse(null);
        if (agent != null) {
            agent.setNodeId(room.getId());
            agentOf.put(room.getId(), agent);
        }
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }

    // ---- the guide --------------------------------------------------------------------------

    private List<ServiceItem> items(LocalDate today) {
        List<ServiceItem> active = new ArrayList<>();
        int n = 0;
        for (String line : DemoCatalogue.ACTIVE) {
            n++;
            // the catalogue was set up in January 2024; a few items came in mid-2024, before the clean-ups
            LocalDate from = n % 31 == 0 ? LocalDate.of(2024, 7, 1) : LocalDate.of(2024, 1, 1);
            active.add(item(line.split("\\|"), n, from));
        }
        for (String line : DemoCatalogue.WITHDRAWN) {
            n++;
            String[] f = line.split("\\|");
            ServiceItem item = item(f, n, LocalDate.parse(f[9]));
            item.setStatus(ItemStatus.WITHDRAWN);
            item.setWithdrawnOn(LocalDate.parse(f[10]));
            item.setWithdrawReason(f[11]);
        }
        return active;
    }

    private ServiceItem item(String[] f, int n, LocalDate effectiveFrom) {
        ItemCategory category = ItemCategory.parse(f[1]).orElseThrow();
        String prefix = switch (category) {
            case LICENSING -> "XK";
            case PUBLIC_SERVICE -> "GG";
            case OTHER -> "QT";
        };
        ServiceItem item = new ServiceItem(String.format("%s-%03d", prefix, n), f[0], category, effectiveFrom);
        item.setVillageCategory(f[2].isEmpty() ? null : VillageCategory.parse(f[2]).orElseThrow());
        item.setAcceptLevels(levels(f[3]));
        item.setHandleLevels(levels(f[4]));
        item.setLegalDays(Integer.parseInt(f[5]));
        item.setPromisedDays(Integer.parseInt(f[6]));
        item.setFee(f[7]);
        item.setMaterials(f[8].startsWith("（无需材料）") ? null : String.join("\n", f[8].split("；")));
        item.setProcedureSteps(procedure(item));
        ServiceWindow w = handlerWindow(f[0], item);
        if (w != null) {
            item.setWindow(w);
            item.setUnit(w.getUnit());
        }
        em.persist(item);
        return item;
    }

    /** 承办 windows by words in the item's name; items only townships and villages handle have none. */
    private static final String[][] HANDLERS = {
            {"食品经营|食品流通|餐饮服务", "C03"}, {"个体工商户|农民专业合作社", "C02"}, {"特种设备", "C04"},
            {"药品|诊所|母婴|乡村医生|医疗机构", "D01"}, {"公共场所卫生|出生医学", "D02"}, {"道路货物|出租汽车", "D03"},
            {"占用、挖掘|路政", "D04"}, {"规划许可|宅基地|住宅翻建|建房用地", "E04"}, {"施工许可|燃气", "E05"},
            {"公积金", "E07"}, {"不动产", "E01"}, {"人力资源服务|劳务派遣", "B03"},
            {"养老保险|社会保障卡|退休人员|职工养老", "B01"}, {"就业|失业|创业", "B02"},
            {"医疗保险参保", "B04"}, {"医疗保险|医疗费用|异地就医|门诊慢特病|大病保险", "B05"}, {"最低生活|特困|临时救助|殡葬|孤儿|困境儿童", "B07"},
            {"身份证|户口|居住证|无犯罪|暂住证", "A05"}, {"婚姻", "B06"}, {"出国", "A06"}};

    private ServiceWindow handlerWindow(String name, ServiceItem item) {
        if (!item.getHandleLevels().contains(NodeLevel.COUNTY)) {
            return null;
        }
        for (String[] h : HANDLERS) {
            if (java.util.regex.Pattern.compile(h[0]).matcher(name).find()) {
                return window(h[1]);
            }
        }
        return window("A03"); // 帮办代办
    }

    private ServiceWindow window(String no) {
        return em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no)
                .getResultStream().findFirst().orElse(null);
    }

    private static Set<NodeLevel> levels(String code) {
        Set<NodeLevel> s = EnumSet.noneOf(NodeLevel.class);
        if (code.contains("C")) {
            s.add(NodeLevel.COUNTY);
        }
        if (code.contains("T")) {
            s.add(NodeLevel.TOWNSHIP);
        }
        if (code.contains("V")) {
            s.add(NodeLevel.VILLAGE);
        }
        return s;
    }

    private static String procedure(ServiceItem item) {
        List<String> steps = new ArrayList<>();
        NodeLevel lowest = item.getAcceptLevels().contains(NodeLevel.VILLAGE) ? NodeLevel.VILLAGE
                : item.getAcceptLevels().contains(NodeLevel.TOWNSHIP) ? NodeLevel.TOWNSHIP : NodeLevel.COUNTY;
        steps.add("申请人到" + (lowest == NodeLevel.VILLAGE ? "村（社区）民生服务室、乡镇便民服务站或" : lowest == NodeLevel.TOWNSHIP ? "乡镇便民服务站或" : "")
                + "县政务服务中心提出申请" + (item.getMaterials() == null ? "" : "，提交申请材料"));
        steps.add(item.getMaterials() == null ? "代办员当场登记并受理" : "代办员核对材料，材料齐全的当场受理；不齐全的一次性告知需补正的材料");
        if (!item.getHandleLevels().contains(lowest)) {
            steps.add("不能在本级办理的，" + (lowest == NodeLevel.VILLAGE ? "村级在 3 个工作日内上交乡镇便民服务站，" : "") + "逐级上交至有权办理的网点");
        }
        steps.add(item.getHandleLevels().contains(NodeLevel.COUNTY) && item.getHandleLevels().size() == 1
                ? "县政务服务中心承办窗口审核办理" : "承办网点审核办理");
        steps.add("办结后由受理网点送达申请人，归档并上报，" + (item.getPromisedDays() == 0 ? "当场办结" : "承诺 " + item.getPromisedDays() + " 个工作日内办结"));
        steps.add("代办员回访申请人，记录满意度");
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            numbered.add((i + 1) + ". " + steps.get(i));
        }
        return String.join("\n", numbered);
    }

    // ---- cases ------------------------------------------------------------------------------

    private int cases(LocalDate today, List<ServiceNode> nodes, List<ServiceItem> items) {
        List<ServiceNode> villages = nodes.stream().filter(n -> n.getLevel() == NodeLevel.VILLAGE).toList();
        List<ServiceNode> towns = nodes.stream().filter(n -> n.getLevel() == NodeLevel.TOWNSHIP).toList();
        ServiceNode county = nodes.get(0);
        LocalDateTime now = LocalDateTime.of(today, LocalTime.of(12, 0));
        int count = 0;
        showcase(today, villages.get(0), items);
        count++;
        LocalDate start = today.minusMonths(6).withDayOfMonth(1);
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            if (!knownWorkingDay(day)) {
                continue;
            }
            int perDay = 2 + random.nextInt(3);
            for (int i = 0; i < perDay; i++) {
                double r = random.nextDouble();
                ServiceNode origin = r < 0.72 ? villages.get(random.nextInt(villages.size()))
                        : r < 0.92 ? towns.get(random.nextInt(towns.size())) : county;
                LocalDate on = day;
                // most requests are small matters the accepting level can settle itself (小事不出村)
                boolean local = random.nextDouble() < 0.62;
                List<ServiceItem> acceptable = items.stream()
                        .filter(it -> it.getAcceptLevels().contains(origin.getLevel()) && !it.getEffectiveFrom().isAfter(on))
                        .filter(it -> !local || it.getHandleLevels().contains(origin.getLevel())).toList();
                ServiceItem item = acceptable.get(random.nextInt(acceptable.size()));
                LocalDateTime entrusted = LocalDateTime.of(day, LocalTime.of(9 + random.nextInt(7), random.nextInt(60)));
                // a few recent cases got stuck: not handed up or not handled in time (the leaders' overdue list)
                boolean stuck = day.isAfter(today.minusDays(40)) && random.nextDouble() < 0.08;
                if (simulate(item, origin, entrusted, now, null, stuck) != null) {
                    count++;
                }
            }
        }
        em.flush();
        return count;
    }

    /**
     * The demo accounts {@code agent}, {@code agent.town} and {@code agent.county} each open the portal on work: where
     * the simulated months left no open case at an account's node (it depends on the day the demo is loaded), one
     * citizen's request arrived this morning and was accepted there. No random draw, so the rest of the demo county
     * stays as it is.
     */
    private int workForEveryDemoAgent(LocalDate today, List<ServiceItem> items) {
        em.flush();
        int added = 0;
        String[][] people = {{"agent", "赵桂兰", "731201"}, {"agent.town", "钱国强", "731202"}, {"agent.county", "孙丽华", "731203"}};
        for (String[] p : people) {
            UserAccount a = agentOf.values().stream().filter(u -> u.getUsername().equals(p[0])).findFirst().orElse(null);
            if (a == null || a.getNodeId() == null) {
                continue;
            }
            ServiceNode node = em.find(ServiceNode.class, a.getNodeId());
            long open = em.createQuery("select count(c) from ServiceCase c where c.currentNode = :n and c.state <> :done", Long.class)
                    .setParameter("n", node).setParameter("done", CaseState.FOLLOWED_UP).getSingleResult();
            if (open > 0) {
                continue;
            }
            // an item this level accepts; at a village or township one it hands up, so the 3-day clock shows
            ServiceItem item = items.stream().filter(i -> i.getAcceptLevels().contains(node.getLevel()) && !i.materialList().isEmpty())
                    .filter(i -> node.getLevel() == NodeLevel.COUNTY || CaseFlow.mustHandUp(i.getHandleLevels(), node.getLevel()))
                    .findFirst().orElse(null);
            if (item == null) {
                continue;
            }
            LocalDateTime at = LocalDateTime.of(today, LocalTime.of(9, 10));
            ServiceCase c = new ServiceCase(number(today), p[2], item, p[1], "1390734" + p[2].substring(2), node, at);
            c.setRequest(REQUESTS[0]);
            item.materialList().forEach(m -> c.getMaterials().add(new CaseMaterial(m, true)));
            em.persist(c);
            step(c, CaseStep.ENTRUST, node, null, null, at);
            c.setState(CaseState.ACCEPTED);
            c.setAcceptedAt(at.plusMinutes(15));
            c.setDeadline(CaseDeadlines.deadline(today, item.getPromisedDays(), cal));
            if (CaseFlow.mustHandUp(item.getHandleLevels(), node.getLevel())) {
                c.setHandUpBy(CaseDeadlines.handUpBy(today, 3, cal));
            }
            step(c, CaseStep.ACCEPT, node, null, null, at.plusMinutes(15));
            added++;
        }
        em.flush();
        return added;
    }

    /** A case that went from a village to the county and back: the showcase of the public lookup. */
    private void showcase(LocalDate today, ServiceNode village, List<ServiceItem> items) {
        ServiceItem item = items.stream().filter(i -> i.getName().equals("残疾人证申领")).findFirst().orElseThrow();
        LocalDate day = today.minusDays(14);
        while (!knownWorkingDay(day)) {
            day = day.minusDays(1);
        }
        ServiceCase c = simulate(item, village, LocalDateTime.of(day, LocalTime.of(9, 30)),
                LocalDateTime.of(today, LocalTime.of(8, 0)), SHOWCASE_QUERY_CODE, false);
        if (c != null) {
            LOG.info(() -> "三级网络演示：办件 " + c.getCaseNumber() + "（查询码 " + SHOWCASE_QUERY_CODE + "）从村到县再回到村");
        }
    }

    /**
     * Plays one case forward from {@code entrusted}: each step a few working days after the last, until
     * the next step would lie after {@code now}. Returns null if the calendar cannot place it.
     */
    private ServiceCase simulate(ServiceItem item, ServiceNode origin, LocalDateTime entrusted, LocalDateTime now, String fixedCode,
                                 boolean stuck) {
        boolean showcase = fixedCode != null;
        String applicant = name();
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        ServiceCase c = new ServiceCase(number(entrusted.toLocalDate()), fixedCode != null ? fixedCode : String.format("%06d", random.nextInt(1_000_000)),
                item, applicant, phone, origin, entrusted);
        c.setRequest(REQUESTS[random.nextInt(REQUESTS.length)]);
        boolean missing = !showcase && random.nextDouble() < 0.06 && !item.materialList().isEmpty();
        List<String> materials = item.materialList();
        for (int i = 0; i < materials.size(); i++) {
            c.getMaterials().add(new CaseMaterial(materials.get(i), !(missing && i == materials.size() - 1)));
        }
        em.persist(c);
        step(c, CaseStep.ENTRUST, origin, null, null, entrusted);
        LocalDateTime t = entrusted;
        if (missing) {
            t = later(t, 1 + random.nextInt(4));
            if (t.isAfter(now)) {
                return c;
            }
            c.getMaterials().forEach(m -> m.setProvided(true));
        }
        try {
            LocalDate deadline = CaseDeadlines.deadline(t.toLocalDate(), item.getPromisedDays(), cal);
            c.setState(CaseState.ACCEPTED);
            c.setAcceptedAt(t);
            c.setDeadline(deadline);
            step(c, CaseStep.ACCEPT, origin, null, null, t);
            // hand up until a level that can handle it
            ServiceNode at = origin;
            LocalDate arrived = t.toLocalDate();
            while (CaseFlow.mustHandUp(item.getHandleLevels(), at.getLevel())) {
                c.setHandUpBy(CaseDeadlines.handUpBy(arrived, 3, cal));
                if (stuck && random.nextBoolean()) {
                    return c;
                }
                int delay = showcase ? 1 : random.nextDouble() < 0.08 ? 4 + random.nextInt(3) : random.nextInt(3);
                t = later(t, delay);
                if (t.isAfter(now)) {
                    return c;
                }
                ServiceNode to = at.getParent();
                step(c, CaseStep.HAND_UP, at, to, HAND_UP_REASONS[random.nextInt(HAND_UP_REASONS.length)], t);
                c.setHandUpCount(c.getHandUpCount() + 1);
                c.setCurrentNode(to);
                at = to;
                arrived = t.toLocalDate();
            }
            c.setHandUpBy(null);
            if (stuck) {
                return c;
            }
            // handle: usually in time, sometimes late
            int used = cal.workingDaysBetween(c.getAcceptedAt().toLocalDate(), t.toLocalDate());
            int room = Math.max(0, item.getPromisedDays() - used);
            int delay = showcase ? Math.min(room, 3) : random.nextDouble() < 0.1 ? room + 1 + random.nextInt(4) : random.nextInt(room + 1);
            t = later(t, delay);
            if (t.isAfter(now)) {
                return c;
            }
            c.setState(CaseState.HANDLED);
            c.setHandledAt(t);
            c.setHandledNode(at);
            c.setResult(RESULTS[random.nextInt(RESULTS.length)]);
            step(c, CaseStep.HANDLE, at, null, c.getResult(), t);
            if (!at.equals(origin)) {
                step(c, CaseStep.RETURN, at, origin, null, t);
                c.setCurrentNode(origin);
            }
            // deliver, archive, report, follow up
            CaseStep[] rest = {CaseStep.DELIVER, CaseStep.ARCHIVE, CaseStep.REPORT, CaseStep.FOLLOW_UP};
            int[] gaps = {1 + random.nextInt(2), random.nextInt(2), 1 + random.nextInt(4), 1 + random.nextInt(4)};
            for (int i = 0; i < rest.length; i++) {
                if (showcase && rest[i] == CaseStep.ARCHIVE) {
                    return c; // delivered back in the village: the rest is for the agent to do in the demo
                }
                t = later(t, gaps[i]);
                if (t.isAfter(now)) {
                    return c;
                }
                c.setState(CaseFlow.require(c.getState(), rest[i]));
                switch (rest[i]) {
                    case DELIVER -> c.setDeliveredAt(t);
                    case ARCHIVE -> c.setArchivedAt(t);
                    case REPORT -> c.setReportedAt(t);
                    default -> {
                        RatingLevel level = satisfaction(c);
                        c.setFollowedUpAt(t);
                        c.setSatisfaction(level);
                        step(c, rest[i], origin, null, "满意度：" + level.label(), t);
                        continue;
                    }
                }
                step(c, rest[i], origin, null, null, t);
            }
            return c;
        } catch (RuntimeException e) {
            // a deadline in a year the calendar does not know: keep the case as merely entrusted
            return c;
        }
    }

    private RatingLevel satisfaction(ServiceCase c) {
        double r = random.nextDouble();
        boolean late = !CaseDeadlines.handledOnTime(c.handledOn(), c.getDeadline());
        if (late) {
            return r < 0.35 ? RatingLevel.SATISFIED : r < 0.7 ? RatingLevel.BASIC : RatingLevel.DISSATISFIED;
        }
        return r < 0.62 ? RatingLevel.VERY_SATISFIED : r < 0.92 ? RatingLevel.SATISFIED : r < 0.98 ? RatingLevel.BASIC : RatingLevel.DISSATISFIED;
    }

    private void step(ServiceCase c, CaseStep step, ServiceNode node, ServiceNode to, String note, LocalDateTime at) {
        UserAccount a = agentOf.get(node.getId());
        CaseStepRecord r = new CaseStepRecord(c, step, node, to, a == null ? "system" : a.getUsername(),
                a == null ? "系统" : a.getDisplayName(), at, note);
        em.persist(r);
        c.getSteps().add(r);
    }

    /** {@code workingDays} working days later (0: the same day), at an office hour after the previous step. */
    private LocalDateTime later(LocalDateTime t, int workingDays) {
        LocalDate d = cal.plusWorkingDays(t.toLocalDate(), workingDays);
        if (d.equals(t.toLocalDate())) {
            LocalDateTime same = t.plusMinutes(20 + random.nextInt(120));
            return same.toLocalDate().equals(d) ? same : t.plusMinutes(1);
        }
        return LocalDateTime.of(d, LocalTime.of(9 + random.nextInt(8), random.nextInt(60)));
    }

    private boolean knownWorkingDay(LocalDate d) {
        return cal.knowsYear(d.getYear()) && cal.isWorkingDay(d);
    }

    private String number(LocalDate day) {
        int n = numbers.merge(day, 1, Integer::sum);
        return "DB" + DateTimeFormatter.ofPattern("yyyyMMdd").format(day) + String.format("%04d", n);
    }
}
