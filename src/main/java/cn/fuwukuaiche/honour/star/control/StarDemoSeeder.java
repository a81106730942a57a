package cn.fuwukuaiche.honour.star.control;

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
import java.util.List;
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
        commendation(em, ctx.today());
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
