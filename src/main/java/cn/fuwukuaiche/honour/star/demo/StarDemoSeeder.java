package cn.fuwukuaiche.honour.star.demo;

import cn.fuwukuaiche.honour.star.control.StarCandidate;
import cn.fuwukuaiche.honour.star.control.StarFiguresLoader;
import cn.fuwukuaiche.honour.star.control.StarPeriod;
import cn.fuwukuaiche.honour.star.control.StarPerson;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.honour.commendation.control.CommendationCandidate;
import cn.fuwukuaiche.honour.commendation.control.CommendationCompiler;
import cn.fuwukuaiche.honour.commendation.control.CommendationYear;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo county's stars (order 350, after the assessments): the monthly stars of the months whose sheets are
 * confirmed (5 to 2 months ago) decided by the leader from the rules' proposals — all confirmed except one declined
 * with a reason; last month's proposals are left for the leader to confirm. And the 七一 list of the last ended year,
 * compiled from those stars and approved, so the list and the certificates print.
 */
@Dependent
public class StarDemoSeeder implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(StarDemoSeeder.class.getName());

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        List<StarPerson> people = StarFiguresLoader.people(em);
        if (people.isEmpty()) {
            return;
        }
        int confirmed = 0;
        for (int back = 5; back >= 2; back--) {
            StarPeriod period = StarPeriod.containing(PeriodKind.MONTH, ctx.today().minusMonths(back));
            boolean declined = false;
            for (StarCandidate c : StarService.propose(em, period, people, List.of())) {
                if (!c.verdict().earned()) {
                    continue;
                }
                boolean decline = !declined && c.star() == StarKind.HARMONY && back == 3;
                StarAward a = new StarAward(em.getReference(Staff.class, c.person().staffId()),
                        c.person().windowId() == null ? null : em.getReference(ServiceWindow.class, c.person().windowId()),
                        c.star(), period.kind(), period.start(), period.end(), period.label());
                a.decide(decline ? StarAwardStatus.REJECTED : StarAwardStatus.CONFIRMED, c.figures().encode(c.star()),
                        c.verdict().evidenceText(), decline ? "当月有群众来电反映窗口等候时间过长，经研究暂不授星" : null,
                        period.end().plusDays(8).atTime(10, 30), "leader");
                em.persist(a);
                declined |= decline;
                confirmed += decline ? 0 : 1;
            }
            em.flush();
        }
        int count = confirmed;
        LOG.info(() -> "演示数据：五星 " + count + " 颗（近 2–5 个月，已确认）；上月候选待中心领导确认");
        // its own seeded Random: the shared one stays as the later seeders expect it
        int history = history(em, ctx.today(), people, new Random(701L));
        LOG.info(() -> "演示数据：往年五星 " + history + " 颗（上一个已结束的七一表彰年度，已确认）");
        commendation(em, ctx.today());
    }

    /**
     * The stars of the last ended 七一 year in the months before the demo's figures (older than 5 months), so the year's
     * list is full and the walls have a history on whatever day the demo is loaded (the figures behind these months are
     * not in the demo: the criteria text says what was met, as the leader's confirmation stored it). A core of window
     * staff earns most of them, as in a real hall; each month 4–7 stars, all confirmed by the leader.
     */
    private static int history(EntityManager em, LocalDate today, List<StarPerson> people, Random random) {
        CommendationYear year = CommendationYear.lastEnded(today, 7, 1);
        LocalDate covered = StarPeriod.containing(PeriodKind.MONTH, today.minusMonths(5)).start();
        List<StarPerson> windowStaff = new ArrayList<>(people.stream().filter(p -> p.windowId() != null).toList());
        if (windowStaff.isEmpty()) {
            return 0;
        }
        Collections.shuffle(windowStaff, random);
        List<StarPerson> core = new ArrayList<>(windowStaff.subList(0, Math.min(16, windowStaff.size())));
        // the demo account staff is one of them: its wall has a history to show
        em.createQuery("select u.staffId from UserAccount u where u.username = 'staff'", Long.class).getResultStream().findFirst()
                .flatMap(id -> windowStaff.stream().filter(p -> p.staffId() == id).findFirst())
                .filter(p -> !core.contains(p)).ifPresent(core::add);
        StarKind[] kinds = StarKind.values();
        int n = 0;
        for (LocalDate m = year.start(); !m.isAfter(year.end()) && m.isBefore(covered); m = m.plusMonths(1)) {
            StarPeriod period = StarPeriod.containing(PeriodKind.MONTH, m);
            int stars = 4 + random.nextInt(4);
            java.util.Set<String> given = new java.util.HashSet<>();
            for (int i = 0; i < stars; i++) {
                StarPerson p = random.nextInt(4) == 0 ? windowStaff.get(random.nextInt(windowStaff.size()))
                        : core.get(random.nextInt(core.size()));
                StarKind k = kinds[random.nextInt(kinds.length)];
                if (!given.add(p.staffId() + ":" + k)) {
                    continue;
                }
                String[] why = evidence(k, random);
                StarAward a = new StarAward(em.getReference(Staff.class, p.staffId()), em.getReference(ServiceWindow.class, p.windowId()),
                        k, period.kind(), period.start(), period.end(), period.label());
                a.decide(StarAwardStatus.CONFIRMED, why[0], why[1], null, period.end().plusDays(8).atTime(10, 30), "leader");
                em.persist(a);
                n++;
            }
            em.flush();
        }
        return n;
    }

    /** Plausible stored figures and checks for a star of a month before the demo's figures: {evidence, criteria text}. */
    private static String[] evidence(StarKind k, Random random) {
        int rated = 30 + random.nextInt(50);
        String sat = String.valueOf(98 + random.nextInt(3) / 2.0 + (random.nextBoolean() ? 0.5 : 0));
        return switch (k) {
            case HARMONY -> new String[] {"SATISFACTION=" + sat + ";BAD_RATINGS=0;RATED_SERVICES=" + rated,
                    "满意率 " + sat + "%（要求 ≥ 98%） ✓；差评 0次（要求 ≤ 0次） ✓；评价件数 " + rated + "件（要求 ≥ 10件） ✓"};
            case LAW -> new String[] {"DISCIPLINE_DEDUCTIONS=0;COMPLAINTS=0", "纪律扣分事项 0次（要求 ≤ 0次） ✓；投诉查实 0次（要求 ≤ 0次） ✓"};
            case DEDICATION -> new String[] {"ATTENDANCE_DEDUCTIONS=0;SATISFACTION=" + sat,
                    "出勤扣分事项 0次（要求 ≤ 0次） ✓；满意率 " + sat + "%（要求 ≥ 95%） ✓"};
            case PERFORMANCE -> {
                int rank = 1 + random.nextInt(3);
                yield new String[] {"VOLUME_RANK=" + rank + ";SERVICE_VOLUME=" + (rated + 60), "办件量名次 " + rank + "名（要求 ≤ 3名） ✓"};
            }
            case INTEGRITY -> new String[] {"COMPLAINTS=0;OVERDUE_CASES=0;BAD_RATINGS=0",
                    "投诉查实 0次（要求 ≤ 0次） ✓；超时办件 0件（要求 ≤ 0件） ✓；差评 0次（要求 ≤ 0次） ✓"};
        };
    }

    private void commendation(EntityManager em, LocalDate today) {
        CommendationYear year = CommendationYear.lastEnded(today, 7, 1);
        List<CommendationCandidate> candidates = CommendationCompiler.compile(em, year,
                cn.fuwukuaiche.honour.commendation.control.FlagAndPostHonours.of(em, year), Set.of());
        if (candidates.isEmpty()) {
            return;
        }
        Commendation c = new Commendation(year.yearNo(), year.start(), year.end());
        em.persist(c);
        int order = 0;
        for (CommendationCandidate k : candidates.stream().limit(12).toList()) {
            boolean person = k.kind() == cn.fuwukuaiche.honour.commendation.entity.SubjectKind.PERSON;
            c.getEntries().add(new CommendationEntry(c, k.kind(), person ? k.id() : null, person ? null : k.id(), k.name(), k.unitName(), k.kind().title(),
                    k.honoursText(), ++order));
        }
        c.approve(LocalDate.of(year.yearNo(), 6, 28).atTime(16, 0), "leader");
        em.flush();
        LOG.info(() -> "演示数据：" + c.getTitle() + " 名单 " + c.getEntries().size() + " 名（已批准）");
    }
}
