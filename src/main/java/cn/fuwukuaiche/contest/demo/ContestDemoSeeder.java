package cn.fuwukuaiche.contest.demo;

import cn.fuwukuaiche.contest.control.ContestScoring;
import cn.fuwukuaiche.contest.control.PaperRules;
import cn.fuwukuaiche.contest.control.Quarters;
import cn.fuwukuaiche.contest.control.TypingScore;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.contest.entity.Answer;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.JudgeScore;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import cn.fuwukuaiche.contest.entity.StarMapping;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo county's contests: a question bank of 40 questions; last quarter's knowledge drill, typing contest (two
 * passages) and judged service-etiquette contest between window teams, all with published results shown on the hall
 * screens; this quarter's open knowledge test and open typing practice for all window staff, opened three days before
 * the load date whatever that is (the demo account {@code staff} can take both); and a small three-question spot test for {@code staff2} that the
 * browser test uses.
 */
@Dependent
public class ContestDemoSeeder implements DemoSeeder {

    /** The spot test the browser IT takes as staff2. */
    public static final String SPOT_TEST_TITLE = "窗口负责人服务规范抽测";
    /** This quarter's open typing practice (after the quarter's name). */
    public static final String TYPING_PRACTICE_TITLE = "汉字录入练习";

    /** A short open typing test for staff2, which the browser IT reloads halfway through. */
    public static final String TYPING_TEST_TITLE = "窗口汉字录入随堂测";

    static final String PASSAGE = "青山县政务服务中心坚持以人民为中心的发展思想，深化“放管服”改革，推行一窗受理、集成服务，"
            + "让数据多跑路、群众少跑腿。窗口工作人员要做到热情、诚信、规范高效、廉洁、便民，首问负责、一次告知、限时办结，"
            + "努力为企业和群众提供优质便捷的政务服务。";

    /** The typing contest's second passage: digits and letters as they come up at the windows. */
    static final String PASSAGE2 = "QS-2026-0815 No.36 Tel 0731-8526 3390 www.qsx.gov.cn ZW2026A017 B3X9K7";

    private static final String[][] BANK = {
            {"政务服务规范", "1", "S", "窗口工作人员接待办事群众时，首先应当做到的是？", "主动问候、热情接待|先处理手头工作|请群众自行取号等候|让群众到咨询台询问", "A"},
            {"政务服务规范", "1", "T", "首问负责制要求第一位接待群众的工作人员负责解答或引导到位。", "", "T"},
            {"政务服务规范", "1", "S", "“一次告知”是指？", "一次性告知办理事项所需全部材料和要求|只告知一次，不再解答|电话告知一次|告知后由群众自行查询", "A"},
            {"政务服务规范", "1", "T", "窗口工作人员可以在工作时间使用手机玩游戏，只要没有群众在等候。", "", "F"},
            {"政务服务规范", "1", "M", "下列属于窗口服务“五字”要求的有？", "热情|诚信|廉洁|随意", "ABC"},
            {"政务服务规范", "2", "S", "群众对办理结果给予“差评”后，应在多少个工作日内完成回访整改？", "1个|3个|5个|10个", "C"},
            {"政务服务规范", "2", "M", "“好差评”的评价渠道包括？", "窗口评价器|政务服务网|移动端APP|私人微信", "ABC"},
            {"政务服务规范", "2", "T", "对材料不全的申请，窗口应一次性告知需要补正的全部内容。", "", "T"},
            {"政务服务规范", "2", "S", "限时办结制要求，承诺时限内未办结又无正当理由的，应当？", "视为超时并追究责任|自动延长时限|退回申请|由群众重新申请", "A"},
            {"户籍业务", "1", "S", "申领居民身份证的法定年龄起点是？", "未满十六周岁可以申领，年满十六周岁应当申领|十八周岁|十四周岁|无年龄限制", "A"},
            {"户籍业务", "1", "T", "居民身份证有效期届满，应当换领新证。", "", "T"},
            {"户籍业务", "1", "S", "十六周岁至二十五周岁的公民，居民身份证有效期为？", "5年|10年|20年|长期", "B"},
            {"户籍业务", "1", "M", "办理户口迁移可能需要提供的材料有？", "居民户口簿|居民身份证|迁入地的准迁证明|驾驶证", "ABC"},
            {"户籍业务", "2", "S", "跨省通办的首次申领身份证业务，可以在哪里办理？", "仅户籍地|经常居住地|任意派出所均不可|仅省会城市", "B"},
            {"户籍业务", "2", "T", "出具户籍证明时，可以向群众收取证明费。", "", "F"},
            {"社保医保", "1", "S", "城乡居民基本养老保险的参保对象一般是年满几周岁的非从业居民？", "14周岁|16周岁|18周岁|20周岁", "B"},
            {"社保医保", "1", "T", "社会保障卡可以用于医保结算。", "", "T"},
            {"社保医保", "1", "M", "下列属于社会保险的有？", "养老保险|医疗保险|失业保险|商业人寿保险", "ABC"},
            {"社保医保", "1", "S", "异地就医直接结算前通常需要办理？", "异地就医备案|户口迁移|重新参保|开具无犯罪证明", "A"},
            {"社保医保", "2", "S", "失业保险金的申领，一般需要满足缴费满多长时间？", "3个月|6个月|1年|3年", "C"},
            {"社保医保", "2", "T", "门诊慢特病待遇需要经过认定后才能享受。", "", "T"},
            {"不动产登记", "1", "S", "不动产登记簿由哪个机构负责保管？", "不动产登记机构|房地产开发商|街道办事处|物业公司", "A"},
            {"不动产登记", "1", "T", "不动产权属证书是权利人享有该不动产物权的证明。", "", "T"},
            {"不动产登记", "2", "S", "存量房买卖的转移登记，一般在多少个工作日内办结（本县承诺）？", "1个|3个|10个|30个", "A"},
            {"不动产登记", "2", "M", "办理抵押权首次登记需要的材料一般有？", "不动产权属证书|主债权合同|抵押合同|结婚照", "ABC"},
            {"不动产登记", "2", "T", "不动产登记可以由他人代为申请，但需提交授权委托书。", "", "T"},
            {"不动产登记", "2", "S", "预告登记后，未经预告登记的权利人同意，处分该不动产的？", "不发生物权效力|照样有效|需公证后有效|需法院判决", "A"},
            {"市场准入", "1", "S", "本县企业开办全流程（执照、刻章、发票、社保）承诺在多长时间内办结？", "1个工作日|3个工作日|5个工作日|10个工作日", "A"},
            {"市场准入", "1", "T", "个体工商户可以不设立字号名称。", "", "T"},
            {"市场准入", "1", "M", "企业登记“一网通办”可以在线办理的有？", "名称申报|设立登记|印章刻制|现场踏勘", "ABC"},
            {"市场准入", "1", "S", "食品经营许可证的有效期为？", "1年|3年|5年|10年", "C"},
            {"市场准入", "2", "S", "“证照分离”改革中，“告知承诺”方式是指？", "申请人承诺符合条件即当场发证|取消所有许可|只收材料不审批|由第三方审批", "A"},
            {"市场准入", "2", "T", "企业变更住所需要先办理变更登记再换发营业执照。", "", "T"},
            {"政务服务规范", "3", "S", "政务服务“好差评”实名差评回访整改率应当达到？", "80%|90%|95%|100%", "D"},
            {"户籍业务", "3", "M", "可以申请办理临时居民身份证的情形有？", "正在申领居民身份证期间|换领新证期间|补领证件期间|驾驶证丢失", "ABC"},
            {"社保医保", "3", "S", "职工基本养老保险领取养老金，累计缴费年限最低为？", "10年|15年|20年|25年", "B"},
            {"不动产登记", "3", "T", "登记机构可以要求申请人重复提交已通过共享获得的材料。", "", "F"},
            {"市场准入", "3", "S", "市场主体歇业期限最长不得超过？", "1年|2年|3年|5年", "C"},
            {"政务服务规范", "2", "S", "帮办代办服务主要面向哪类群体？", "老年人、残疾人等特殊群体和重点项目企业|所有外地人|只面向企业|只面向公务员", "A"},
            {"户籍业务", "2", "M", "补领居民身份证时，可以通过哪些方式核验身份？", "人像比对|指纹比对|户籍信息核验|口头说明", "ABC"},
    };

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        Random random = ctx.random();
        LocalDate today = ctx.today();
        List<Question> bank = new ArrayList<>();
        for (String[] q : BANK) {
            QuestionType type = switch (q[2]) {
                case "S" -> QuestionType.SINGLE;
                case "M" -> QuestionType.MULTIPLE;
                default -> QuestionType.TRUE_FALSE;
            };
            Question question = new Question(q[0], Integer.parseInt(q[1]), type, q[3],
                    q[4].isEmpty() ? List.of() : Arrays.asList(q[4].split("\\|")), q[5]);
            em.persist(question);
            bank.add(question);
        }
        em.persist(new StarMapping(Prize.FIRST, "业绩突出星"));
        em.persist(new StarMapping(Prize.SECOND, "爱岗敬业星"));
        em.flush();

        List<Staff> staff = em.createQuery("select s from Staff s where s.active = true and s.window is not null order by s.staffNo", Staff.class)
                .getResultList();
        List<Long> allIds = staff.stream().map(Staff::getId).toList();

        LocalDate lastQuarter = Quarters.first(today).minusDays(1);
        LocalDate lqStart = Quarters.first(lastQuarter);
        String lq = Quarters.label(lastQuarter);
        LocalDate published = Quarters.first(today).plusDays(5).isAfter(today.minusDays(1)) ? today.minusDays(1) : Quarters.first(today).plusDays(5);

        // last quarter: knowledge drill for everyone, published
        Contest k = new Contest(Quarters.chinese(lq) + "业务知识大练兵", ContestKind.KNOWLEDGE, lq,
                lqStart.plusDays(40).atTime(9, 0), lqStart.plusDays(47).atTime(17, 30));
        k.setTimeLimitMinutes(20);
        k.setPaperRules("政务服务规范:1:3\n户籍业务:1:2\n社保医保:1:2\n不动产登记:2:1\n市场准入:1:2");
        k.setShufflePerPerson(true);
        k.setPrizes(1, 2, 3, 5);
        k.setToScreens(true);
        em.persist(k);
        em.flush();
        ContestScoring.addParticipants(em, k, allIds);
        Map<String, List<Long>> pools = new HashMap<>();
        for (Question q : bank) {
            pools.computeIfAbsent(PaperRules.poolKey(q.getCategory(), q.getDifficulty()), x -> new ArrayList<>()).add(q.getId());
        }
        Map<Long, Question> byId = new HashMap<>();
        bank.forEach(q -> byId.put(q.getId(), q));
        for (Staff s : staff) {
            if (random.nextInt(10) == 0) {
                continue; // on leave that week
            }
            LocalDateTime start = k.getOpensAt().plusDays(random.nextInt(7)).plusMinutes(random.nextInt(300));
            Attempt a = new Attempt(k.getId(), s.getId(), start, start.plusMinutes(20));
            a.setQuestionIdList(PaperRules.draw(PaperRules.parse(k.getPaperRules()), pools, PaperRules.seed(k.getId(), s.getId(), true), true));
            em.persist(a);
            em.flush();
            double skill = 0.55 + random.nextDouble() * 0.45;
            for (Long qid : a.getQuestionIdList()) {
                Question q = byId.get(qid);
                Answer ans = new Answer(a.getId(), qid);
                ans.setGiven(random.nextDouble() < skill ? q.getAnswerKey() : wrong(q, random));
                ans.setSavedAt(start.plusMinutes(1 + random.nextInt(15)));
                em.persist(ans);
            }
            em.flush();
            ContestScoring.finishKnowledge(em, a, false);
            a.setSubmittedAt(start.plusMinutes(8).plusSeconds(random.nextInt(700)));
        }
        publish(em, k, published);

        // last quarter: typing contest for the windows of floors 1 and 2
        Contest t = new Contest(Quarters.chinese(lq) + "计算机操作比赛（汉字录入）", ContestKind.TYPING, lq,
                lqStart.plusDays(55).atTime(14, 0), lqStart.plusDays(55).atTime(17, 0));
        t.setTimeLimitMinutes(10);
        t.setPassage(PASSAGE);
        t.setPassage2(PASSAGE2);
        t.setToScreens(true);
        t.setPrizes(1, 2, 3, 3);
        em.persist(t);
        em.flush();
        List<Staff> typists = staff.subList(0, Math.min(40, staff.size()));
        ContestScoring.addParticipants(em, t, typists.stream().map(Staff::getId).toList());
        for (Staff s : typists) {
            LocalDateTime start = t.getOpensAt().plusMinutes(random.nextInt(60));
            Attempt a = new Attempt(t.getId(), s.getId(), start, start.plusMinutes(10));
            String typed = withTypos(PASSAGE, random.nextInt(8), random);
            String typed2 = withTypos(PASSAGE2, random.nextInt(4), random);
            long seconds = 120 + random.nextInt(300);
            TypingScore.Result r = TypingScore.compute(List.of(PASSAGE, PASSAGE2), List.of(typed, typed2), seconds);
            a.setTypedText(typed);
            a.setTypedText2(typed2);
            a.setCharsTyped(r.typedChars());
            a.setEditDistance(r.distance());
            a.setAccuracy(r.accuracy());
            a.setSpeed(r.speed());
            a.setSubmittedAt(start.plusSeconds(seconds));
            em.persist(a);
        }
        em.flush();
        publish(em, t, published);

        // last quarter: judged etiquette contest, windows as teams (each window's staff present together)
        Contest o = new Contest(Quarters.chinese(lq) + "窗口服务礼仪风采展示（团体）", ContestKind.OTHER, lq,
                lqStart.plusDays(70).atTime(9, 0), lqStart.plusDays(70).atTime(12, 0));
        o.setRounds(2);
        o.setPrizes(1, 1, 2, 2);
        o.setTeamMode(true);
        o.setToScreens(true);
        em.persist(o);
        em.flush();
        List<Staff> teamStaff = staff.stream().filter(s -> s.getWindow().getWindowNo().startsWith("A")
                || s.getWindow().getWindowNo().startsWith("B")).toList();
        ContestScoring.addParticipants(em, o, teamStaff.stream().map(Staff::getId).toList());
        for (Long w : teamStaff.stream().map(s -> s.getWindow().getId()).distinct().toList()) {
            int base = 78 + random.nextInt(15);
            for (int round = 1; round <= 2; round++) {
                for (String judge : List.of("leader", "admin")) {
                    em.persist(new JudgeScore(o.getId(), SubjectKind.TEAM, w, round, judge, BigDecimal.valueOf(base + random.nextInt(6))));
                }
            }
        }
        em.flush();
        publish(em, o, published);

        // this quarter: the open knowledge test
        String cq = Quarters.label(today);
        LocalDate end = Quarters.last(today).isBefore(today.plusDays(14)) ? today.plusDays(14) : Quarters.last(today);
        Contest now = new Contest(Quarters.chinese(cq) + "业务知识大练兵", ContestKind.KNOWLEDGE, cq,
                today.minusDays(3).atTime(8, 30), end.atTime(17, 30));
        now.setTimeLimitMinutes(20);
        now.setPaperRules(k.getPaperRules());
        now.setShufflePerPerson(true);
        now.setPrizes(1, 2, 3, 5);
        now.setStatus(ContestStatus.OPEN);
        em.persist(now);
        em.flush();
        ContestScoring.addParticipants(em, now, allIds);

        // this quarter: an open typing practice for every window staff member (the demo account staff can try it), not
        // on the hall screens; opened three days ago whatever the load date, so there is always one to try
        Contest typing = new Contest(Quarters.chinese(cq) + TYPING_PRACTICE_TITLE, ContestKind.TYPING, cq,
                today.minusDays(3).atTime(8, 30), end.atTime(17, 30));
        typing.setTimeLimitMinutes(10);
        typing.setPassage(PASSAGE);
        typing.setPassage2(PASSAGE2);
        typing.setPrizes(1, 2, 3, 0);
        typing.setStatus(ContestStatus.OPEN);
        em.persist(typing);
        em.flush();
        ContestScoring.addParticipants(em, typing, allIds);

        Contest spot = new Contest(SPOT_TEST_TITLE, ContestKind.KNOWLEDGE, cq, today.minusDays(1).atTime(8, 30), end.atTime(17, 30));
        spot.setTimeLimitMinutes(15);
        spot.setPaperRules("政务服务规范:2:3");
        spot.setPrizes(1, 0, 0, 0);
        spot.setStatus(ContestStatus.OPEN);
        em.persist(spot);
        em.flush();
        Long staff2 = em.createQuery("select u.staffId from UserAccount u where u.username = 'staff2'", Long.class)
                .getResultStream().findFirst().orElse(null);
        if (staff2 != null) {
            ContestScoring.addParticipants(em, spot, List.of(staff2));
        }

        Contest spotTyping = new Contest(TYPING_TEST_TITLE, ContestKind.TYPING, cq, today.minusDays(1).atTime(8, 30), end.atTime(17, 30));
        spotTyping.setTimeLimitMinutes(10);
        spotTyping.setPassage("政务服务中心坚持一窗受理、集成服务，让群众办事少跑腿、好办事、不添堵。");
        spotTyping.setPrizes(1, 0, 0, 0);
        spotTyping.setStatus(ContestStatus.OPEN);
        em.persist(spotTyping);
        em.flush();
        if (staff2 != null) {
            ContestScoring.addParticipants(em, spotTyping, List.of(staff2));
        }
    }

    private static void publish(EntityManager em, Contest c, LocalDate published) {
        c.setStatus(ContestStatus.PUBLISHED);
        c.setPublishedAt(published.atTime(10, 0));
        em.flush();
        ContestScoring.storeResults(em, c);
    }

    private static String wrong(Question q, Random random) {
        if (q.getType() == QuestionType.TRUE_FALSE) {
            return "T".equals(q.getAnswerKey()) ? "F" : "T";
        }
        String letters = "ABCD".substring(0, Math.max(2, q.getOptionList().size()));
        String pick;
        do {
            pick = String.valueOf(letters.charAt(random.nextInt(letters.length())));
        } while (pick.equals(q.getAnswerKey()));
        return pick;
    }

    private static String withTypos(String passage, int typos, Random random) {
        StringBuilder sb = new StringBuilder(passage);
        for (int i = 0; i < typos && sb.length() > 2; i++) {
            int at = random.nextInt(sb.length() - 1);
            if (random.nextBoolean()) {
                sb.deleteCharAt(at);
            } else {
                sb.setCharAt(at, "的了是在有和".charAt(random.nextInt(6)));
            }
        }
        return sb.toString();
    }
}
