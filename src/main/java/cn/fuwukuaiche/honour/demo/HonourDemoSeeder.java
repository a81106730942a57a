package cn.fuwukuaiche.honour.demo;

import cn.fuwukuaiche.honour.control.ExemplarService;
import cn.fuwukuaiche.honour.control.FlagRules;
import cn.fuwukuaiche.honour.control.FlagService;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.control.PostRules;
import cn.fuwukuaiche.honour.control.PostService;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.honour.entity.Exemplar;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.PostKind;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo county's honours (order 300, after the assessments):
 * <ul>
 *   <li>the 流动红旗 for every confirmed past month, following the ranking's proposal; when the proposals give no
 *       streak, the latest confirmed month goes to the previous holder with a written reason, so a streak
 *       (连续 2 个月) and a non-top award with its reason both show. Last month stays un-awarded (its ranking is
 *       approved but not confirmed: the leader confirms it on the ranking page, then awards the flag);</li>
 *   <li>a 党员示范岗 and a 巾帼建功岗 in force in the first joint branch (the {@code secretary}'s), with approved
 *       pledges; their notices ended with the result published;</li>
 *   <li>one open notice: the latest flag award;</li>
 *   <li>one confirmed 行业标兵 (the streak window), its notice result published.</li>
 * </ul>
 */
@Dependent
public class HonourDemoSeeder implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(HonourDemoSeeder.class.getName());

    @Inject
    WorkCalendarProvider calendars;

    private EntityManager em;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed(DemoContext ctx) {
        em = ctx.em();
        LocalDate today = ctx.today();
        YearMonth current = YearMonth.from(today);
        Map<YearMonth, RankingSnapshot> confirmed = new java.util.TreeMap<>();
        for (int back = 12; back >= 2; back--) {
            YearMonth m = current.minusMonths(back);
            em.createQuery("select s from RankingSnapshot s where s.periodYm = :p and s.subjectKind = :k order by s.revision desc",
                            RankingSnapshot.class).setParameter("p", m.getYear() * 100 + m.getMonthValue())
                    .setParameter("k", AssessmentSubject.WINDOW).setMaxResults(1).getResultList().forEach(s -> confirmed.put(m, s));
        }
        if (confirmed.isEmpty()) {
            return;
        }
        List<RedFlagAward> awards = new java.util.ArrayList<>();
        Map<Long, Integer> noStreak = Map.of();
        List<YearMonth> months = List.copyOf(confirmed.keySet());
        for (YearMonth m : months) {
            RankingSnapshot s = confirmed.get(m);
            List<FlagRules.Place> places = FlagService.places(s);
            Optional<FlagRules.Place> proposal = FlagRules.proposal(places, noStreak, null);
            if (proposal.isEmpty()) {
                continue;
            }
            FlagRules.Place chosen = proposal.get();
            String reason = null;
            boolean lastConfirmed = m.equals(months.get(months.size() - 1));
            boolean streakSoFar = !FlagRules.streaks(FlagService.held(awards)).values().stream().allMatch(n -> n < 2);
            if (lastConfirmed && !streakSoFar && !awards.isEmpty()) {
                RedFlagAward prev = awards.get(awards.size() - 1);
                Optional<FlagRules.Place> again = places.stream().filter(p -> p.windowId() == prev.getWindowId() && p.eligible())
                        .findFirst();
                if (again.isPresent() && prev.getMonth().equals(m.minusMonths(1))) {
                    chosen = again.get();
                    reason = "该窗口本月群众送锦旗 2 面、表扬信 3 封，在全县营商环境测评中获通报表扬，总支委员会研究决定继续授予";
                }
            }
            awards.add(award(m, s, places, proposal.get(), chosen, reason));
        }
        em.flush();

        // one open notice: the latest award
        RedFlagAward latest = awards.get(awards.size() - 1);
        LocalDate opened = today.minusDays(1);
        notice(FlagService.SUBJECT, latest.getId(), "流动红旗（" + latest.monthLabel() + "）", latest.getWindowLabel(),
                "根据" + latest.monthLabel() + "窗口月度考评确认排名（第 " + latest.getAwardedRank() + " 名，"
                        + latest.getAwardedScore().toPlainString() + " 分）"
                        + (latest.getReason() == null ? "，经总支书记审定授予流动红旗。" : "。" + latest.getReason() + "。"),
                opened, null);

        posts(today);
        exemplar(awards, today);
        LOG.info(() -> "演示数据：流动红旗 " + awards.size() + " 个月，两岗各 1 个，公示 4 条（1 条公示中）");
    }

    private RedFlagAward award(YearMonth m, RankingSnapshot s, List<FlagRules.Place> places, FlagRules.Place proposal,
                               FlagRules.Place chosen, String reason) {
        ServiceWindow w = em.find(ServiceWindow.class, chosen.windowId());
        LocalDateTime at = m.plusMonths(1).atDay(8).atTime(10, 30);
        RedFlagAward a = new RedFlagAward(m, chosen.windowId(), chosen.label(), w.getUnit() == null ? null : w.getUnit().getId(),
                w.branch() == null ? null : w.branch().getId(), s.getId(), s.getRevision(), proposal.windowId(), proposal.rank(),
                proposal.total(), chosen.rank(), chosen.total(), reason, at, "leader");
        em.persist(a);
        return a;
    }

    private PublicNotice notice(String type, long id, String honour, String subject, String reason, LocalDate opened,
                                String result) {
        LocalDate closes;
        try {
            closes = NoticeService.closesOn(calendars.current(), opened, NoticeService.DEFAULT_WORKING_DAYS);
        } catch (RuntimeException e) {
            closes = opened.plusDays(7);
        }
        PublicNotice n = new PublicNotice(type, id, honour, subject, reason, NoticeService.DEFAULT_WORKING_DAYS, opened, closes,
                opened.atTime(9, 0), "leader");
        if (result != null) {
            n.publishResult(NoticeStatus.CLOSED, result, closes.plusDays(1), closes.plusDays(1).atTime(9, 0), "leader");
        }
        em.persist(n);
        return n;
    }

    private void posts(LocalDate today) {
        Long branchId = em.createQuery("select u from UserAccount u where u.username = 'secretary'", UserAccount.class)
                .getResultList().stream().findFirst().map(UserAccount::getBranchId).orElse(null);
        List<Staff> staff = em.createQuery("select s from Staff s join fetch s.window where s.active = true order by s.staffNo",
                Staff.class).getResultList();
        Map<PostKind, Staff> chosen = new HashMap<>();
        for (Staff s : staff) {
            Long b = s.getBranch() != null ? s.getBranch().getId() : s.getWindow().branch() == null ? null
                    : s.getWindow().branch().getId();
            if (branchId != null && !branchId.equals(b)) {
                continue;
            }
            for (PostKind k : PostKind.values()) {
                if (!chosen.containsKey(k) && !chosen.containsValue(s)
                        && PostRules.whyNot(k, s.getName(), s.getGender(), s.getPoliticalStatus(), true) == null
                        && s.getPoliticalStatus() != cn.fuwukuaiche.org.entity.PoliticalStatus.PROBATIONARY_MEMBER) {
                    chosen.put(k, s);
                }
            }
        }
        LocalDate from = today.withDayOfYear(1);
        LocalDate until = from.plusYears(1).minusDays(1);
        chosen.forEach((k, s) -> {
            String duties = k == PostKind.PARTY_MODEL
                    ? "带头落实首问负责、一次告知、限时办结；帮带新进窗口人员；每月参加一次党员志愿服务"
                    : "带头推行微笑服务和延时服务；为老年人、残疾人、孕妇提供帮办代办；组织窗口姐妹开展业务练兵";
            String pledge = k == PostKind.PARTY_MODEL
                    ? "我承诺：亮党员身份，办事不推诿、服务不设卡，群众的事马上办、用心办，让群众少跑腿。"
                    : "我承诺：以巾帼之心做好窗口服务，对群众热心、耐心、细心，件件有回音、事事有着落。";
            PostDesignation d = new PostDesignation(k, s.getId(), s.getWindow().getId(), s.getBranch() != null
                    ? s.getBranch().getId() : branchId, s.getDuties() != null && !s.getDuties().isBlank() ? duties + "；" + s.getDuties()
                    : duties, from, until, "经支部推荐、总支审定", from.atTime(10, 0), "leader");
            d.writePledge(pledge, from.plusDays(3).atTime(15, 0));
            d.approvePledge(from.plusDays(5).atTime(9, 30), "secretary");
            em.persist(d);
            em.flush();
            LocalDate opened = from.plusDays(10);
            notice(PostService.SUBJECT, d.getId(), k.label() + "（" + from.getYear() + "年度）", s.getName() + "（"
                    + s.getWindow().label() + "）", "经支部推荐、总支审定，拟设立" + k.label() + "。", opened, "公示期满，无异议，予以确认。");
        });
    }

    private void exemplar(List<RedFlagAward> awards, LocalDate today) {
        Map<Long, Integer> byWindow = new HashMap<>();
        awards.forEach(a -> byWindow.merge(a.getWindowId(), 1, Integer::sum));
        long windowId = byWindow.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        ServiceWindow w = em.find(ServiceWindow.class, windowId);
        String months = awards.stream().filter(a -> a.getWindowId() == windowId).map(RedFlagAward::monthLabel)
                .reduce((x, y) -> x + "、" + y).orElse("");
        String deeds = "窗口全体人员坚持「一窗受理、集成服务」，推行预约、延时和上门服务，全年零投诉，"
                       + "群众满意率保持在 99% 以上，多次获得流动红旗。";
        Exemplar e = new Exemplar("WINDOW", windowId, null, w.label(), w.label(), today.getYear() + "年行业标兵（窗口）",
                "流动红旗（" + months + "）", deeds, today.minusDays(12).atTime(10, 0), "leader");
        e.confirm(today.minusDays(3).atTime(9, 0));
        em.persist(e);
        em.flush();
        PublicNotice n = notice(ExemplarService.SUBJECT, e.getId(), e.getTitle(), e.getSubjectName(), "荣誉依据：" + e.getBasis()
                + "。主要事迹：" + deeds, today.minusDays(12), null);
        n.publishResult(NoticeStatus.CLOSED, "公示期满，无异议，予以确认。", today.minusDays(3), today.minusDays(3).atTime(9, 0), "leader");
    }
}
