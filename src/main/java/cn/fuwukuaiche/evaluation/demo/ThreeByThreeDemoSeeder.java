package cn.fuwukuaiche.evaluation.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeInForce;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.control.scheme.ThreeByThreeRules;
import cn.fuwukuaiche.evaluation.control.scheme.ThreeByThreeWeights;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.evaluation.entity.ThreeByThreeScore;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo county's 三亮三比三评 (order 260, after the assessments): every Party member's scores for the last three
 * months, relative to the load date, except last month's for a few members of the first joint branch (its first three
 * and its first full member), so the demo secretary of that branch still has some to enter while every page shows
 * all three parts.
 */
@Dependent
public class ThreeByThreeDemoSeeder implements DemoSeeder {

    @Override
    public int order() {
        return 260;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        Random random = ctx.random();
        List<SchemeVersion> versions = em.createQuery("select v from SchemeVersion v where v.scheme.subjectKind = :k",
                SchemeVersion.class).setParameter("k", AssessmentSubject.STAFF).getResultList();
        if (versions.isEmpty()) {
            return;
        }
        SchemeVersion version = versions.get(0);
        SchemeInForce scheme = SchemeMapper.map(version.toSpec());
        ThreeByThreeWeights w = scheme.definition().weights();
        List<Staff> members = em.createQuery("select s from Staff s where s.active = true and s.branch is not null"
                        + " and s.politicalStatus in :ps order by s.staffNo", Staff.class)
                .setParameter("ps", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER)).getResultList();
        // last month, the secretary of the first joint branch still has a few to enter (its first three members and its
        // first full member); everyone else's three parts are entered, so every page shows all of 群众评/党员评/组织评
        java.util.Set<Long> toEnter = new java.util.HashSet<>();
        List<Staff> first = members.stream().filter(s -> s.getBranch().getName().contains("第一联合")).toList();
        first.stream().limit(3).forEach(s -> toEnter.add(s.getId()));
        first.stream().filter(s -> s.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER).findFirst().ifPresent(s -> toEnter.add(s.getId()));
        YearMonth current = YearMonth.from(ctx.today());
        for (int back = 3; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            if (month.isBefore(scheme.effectiveFrom())) {
                continue;
            }
            int period = SchemeMapper.period(month);
            for (Staff s : members) {
                if (back == 1 && toEnter.contains(s.getId())) {
                    continue;
                }
                RatingCounts counts = counts(em, s.getId(), period);
                BigDecimal pub = ThreeByThreeRules.publicScore(scheme.definition().ratingPoints(), counts);
                BigDecimal peer = score(random);
                BigDecimal org = score(random);
                ThreeByThreeScore t = new ThreeByThreeScore(s, period);
                t.record(peer, org, pub, counts.total(), ThreeByThreeRules.combined(w, pub, peer, org), w.publicWeight(),
                        w.peerWeight(), w.organisationWeight(), version.getId(), null,
                        enteredBy(s), month.plusMonths(1).atDay(3).atTime(16, 30));
                em.persist(t);
            }
        }
    }

    /**
     * The demo secretaries of the first and second joint branches; the leader for the others and for the
     * secretaries themselves (nobody scores himself: their branch's secretary is the person scored).
     */
    private static String enteredBy(Staff s) {
        String branch = s.getBranch().getName();
        boolean secretaryHerself = s.getBranch().getSecretary() != null && s.getBranch().getSecretary().getId().equals(s.getId());
        if (secretaryHerself) {
            return "leader";
        }
        return branch.contains("第一联合") ? "secretary" : branch.contains("第二联合") ? "secretary2" : "leader";
    }

    /** 85.0 – 99.5 in half points, as branches score. */
    private static BigDecimal score(Random random) {
        return BigDecimal.valueOf(170 + random.nextInt(30)).divide(BigDecimal.valueOf(2)).setScale(2);
    }

    private static RatingCounts counts(EntityManager em, long staffId, int period) {
        List<Object[]> rows = em.createQuery("select r.level, count(r) from Rating r where r.staff.id = :s and r.periodYm = :p"
                                             + " and r.excluded = false group by r.level", Object[].class)
                .setParameter("s", staffId).setParameter("p", period).getResultList();
        Map<RatingLevel, Integer> m = new EnumMap<>(RatingLevel.class);
        for (Object[] r : rows) {
            m.put((RatingLevel) r[0], ((Number) r[1]).intValue());
        }
        return new RatingCounts(m);
    }
}
