package cn.fuwukuaiche.partylife.appraisal.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalRules;
import cn.fuwukuaiche.partylife.appraisal.control.AppraisalService;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalBallot;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalGrade;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalMember;
import cn.fuwukuaiche.partylife.appraisal.entity.AppraisalTurnout;
import cn.fuwukuaiche.partylife.appraisal.entity.Handling;
import cn.fuwukuaiche.partylife.appraisal.entity.MemberAppraisal;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * 民主评议党员 in the demo county, dates relative to the load date: last year's appraisal of every branch finished
 * (ballot, grades decided within the 30 % cap, 公示 closed without objection; one 不合格 member in the third joint
 * branch with a 限期改正 handling), and this year's opened six days ago with self-reviews written and some ballots
 * cast. Nobody who signs in with a demo account has voted yet, so each of them (the secretaries and the window
 * staff accounts that are Party members) can vote in the browser.
 */
@Dependent
public class AppraisalDemoSeeder implements DemoSeeder {

    private static final String[] REVIEWS = {
            "本年度认真学习党的理论，坚持参加三会一课和主题党日活动，在窗口岗位上做到热情服务、一次告知，全年无差评。不足是理论学习的深度还不够，今后要联系岗位多思考。",
            "一年来严格遵守党的纪律和中心各项制度，积极参与“好差评”整改，帮助新同事熟悉业务。存在的问题是有时工作方法简单，今后要更加耐心细致。",
            "坚持把为民服务放在首位，主动承担延时服务和帮办代办工作，参加了知识竞赛。对照党员标准，批评与自我批评还不够大胆，今后加以改进。",
            "按时足额交纳党费，认真完成支部交办的各项任务，在窗口推行“马上办、就近办”。业务学习有待加强，争取在季度竞赛中取得更好成绩。",
            "积极参加组织生活，认真撰写学习笔记；在岗位上做到文明用语、规范服务。今后要在创新服务方式、提高办件效率上下功夫。",
    };

    @Override
    public int order() {
        return 700;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        Random random = ctx.random();
        SecureRandom keys = new SecureRandom();
        LocalDate today = ctx.today();
        Map<Long, String> secretaries = new HashMap<>();
        Set<Long> signsIn = new HashSet<>();
        for (UserAccount u : em.createQuery("select u from UserAccount u", UserAccount.class).getResultList()) {
            if (u.getStaffId() != null) {
                signsIn.add(u.getStaffId());
            }
            if (u.getBranchId() != null) {
                secretaries.putIfAbsent(u.getBranchId(), u.getUsername());
            }
        }
        List<Branch> branches = em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name",
                Branch.class).getResultList();
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            List<Staff> roster = em.createQuery("select s from Staff s where s.active = true and s.branch = :b and s.politicalStatus in :ps "
                            + "order by s.staffNo", Staff.class).setParameter("b", b)
                    .setParameter("ps", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER)).getResultList();
            if (roster.size() < 3) {
                continue;
            }
            String by = secretaries.getOrDefault(b.getId(), "leader");
            // each member's standing among his colleagues: most are seen as 合格, a few as 优秀, one (third branch) as weak
            Map<Long, Integer> standing = new HashMap<>();
            for (Staff s : roster) {
                standing.put(s.getId(), random.nextInt(100) < 25 ? 2 : 1);
            }
            Long weak = i == 3 ? roster.get(roster.size() - 1).getId() : null;
            if (weak != null) {
                standing.put(weak, 0);
            }
            lastYear(em, random, keys, today, b, roster, by, standing, weak);
            thisYear(em, random, keys, today, b, roster, by, standing, signsIn);
        }
        em.flush();
    }

    private void lastYear(EntityManager em, Random random, SecureRandom keys, LocalDate today, Branch b, List<Staff> roster, String by,
                          Map<Long, Integer> standing, Long weak) {
        LocalDateTime opened = today.minusDays(365).atTime(9, 0);
        MemberAppraisal a = new MemberAppraisal(b.getId(), today.getYear() - 1, 30, opened, by);
        em.persist(a);
        em.flush();
        List<AppraisalMember> members = members(em, random, a, roster, roster.size(), opened);
        Map<Long, EnumMap<AppraisalGrade, Integer>> tally = ballots(em, random, keys, a, roster, roster.size() - 1, standing,
                opened.plusDays(2), Set.of());
        a.close(opened.plusDays(14), by);
        Map<Long, AppraisalGrade> grades = AppraisalRules.suggest(tally, AppraisalRules.excellentCap(roster.size(), 30));
        if (weak != null) {
            grades.put(weak, AppraisalGrade.UNQUALIFIED);
        }
        LocalDateTime decided = opened.plusDays(20).withHour(15);
        for (AppraisalMember m : members) {
            m.decide(grades.get(m.getStaffId()));
            if (m.getStaffId() == (weak == null ? -1 : weak)) {
                m.handle(Handling.CORRECT_BY_DATE, decided.toLocalDate().plusMonths(6),
                        "经支部委员会研究，责令限期改正：按时参加组织生活，每月向支部书面汇报思想和工作情况，补交党费。");
            }
        }
        a.decided(decided, by);
        LocalDate noticeOn = opened.plusDays(22).toLocalDate();
        LocalDate closes = noticeOn.plusDays(7);
        for (AppraisalMember m : members) {
            PublicNotice n = new PublicNotice(AppraisalService.NOTICE_SUBJECT, m.getId(), a.getAppraisalYear() + "年度民主评议党员："
                    + m.getGrade().label(), m.getMemberName() + "（" + b.getName() + "）", "经党员个人总结、党员互评（无记名投票）和支部委员会评定，评定等次为“"
                    + m.getGrade().label() + "”。", NoticeService.DEFAULT_WORKING_DAYS, noticeOn, closes, noticeOn.atTime(9, 30), "leader");
            n.publishResult(NoticeStatus.CLOSED, "公示期满，无异议，予以确认。", closes.plusDays(1), closes.plusDays(1).atTime(9, 0), "系统");
            em.persist(n);
        }
        a.noticed(noticeOn.atTime(9, 30), "leader");
    }

    private void thisYear(EntityManager em, Random random, SecureRandom keys, LocalDate today, Branch b, List<Staff> roster, String by,
                          Map<Long, Integer> standing, Set<Long> signsIn) {
        LocalDateTime opened = today.minusDays(6).atTime(9, 0);
        MemberAppraisal a = new MemberAppraisal(b.getId(), today.getYear(), 30, opened, by);
        em.persist(a);
        em.flush();
        members(em, random, a, roster, roster.size() * 2 / 3, opened);
        ballots(em, random, keys, a, roster, roster.size() / 3, standing, opened.plusDays(1), signsIn);
    }

    /** The roster with self-reviews for the first {@code reviews} members. */
    private List<AppraisalMember> members(EntityManager em, Random random, MemberAppraisal a, List<Staff> roster, int reviews,
                                          LocalDateTime opened) {
        List<AppraisalMember> members = new ArrayList<>();
        for (int i = 0; i < roster.size(); i++) {
            Staff s = roster.get(i);
            AppraisalMember m = new AppraisalMember(a.getId(), s.getId(), s.getName());
            if (i < reviews) {
                m.writeSelfReview(REVIEWS[random.nextInt(REVIEWS.length)], opened.plusDays(1 + random.nextInt(3)).withHour(10 + random.nextInt(7)));
            }
            em.persist(m);
            members.add(m);
        }
        em.flush();
        return members;
    }

    /** {@code voters} members (none who signs in) vote for every other member, as their standing suggests. */
    private Map<Long, EnumMap<AppraisalGrade, Integer>> ballots(EntityManager em, Random random, SecureRandom keys, MemberAppraisal a,
                                                               List<Staff> roster, int voters, Map<Long, Integer> standing,
                                                               LocalDateTime from, Set<Long> signsIn) {
        List<AppraisalRules.Vote> all = new ArrayList<>();
        int cast = 0;
        for (Staff voter : roster) {
            if (cast >= voters || signsIn.contains(voter.getId())) {
                continue;
            }
            em.persist(new AppraisalTurnout(a.getId(), voter.getId(), from.plusHours(cast * 5L + random.nextInt(4)).plusMinutes(random.nextInt(60))));
            for (Staff subject : roster) {
                if (subject != voter) {
                    AppraisalGrade g = grade(random, standing.get(subject.getId()));
                    all.add(new AppraisalRules.Vote(subject.getId(), g));
                }
            }
            cast++;
        }
        java.util.Collections.shuffle(all, random);
        for (AppraisalRules.Vote v : all) {
            em.persist(new AppraisalBallot(keys.nextLong() & Long.MAX_VALUE, a.getId(), v.subject(), v.grade()));
        }
        em.flush();
        return AppraisalRules.tally(roster.stream().map(Staff::getId).toList(), all);
    }

    private static AppraisalGrade grade(Random random, int standing) {
        int r = random.nextInt(100);
        return switch (standing) {
            case 2 -> r < 65 ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED;
            case 0 -> r < 55 ? AppraisalGrade.UNQUALIFIED : r < 90 ? AppraisalGrade.BASICALLY_QUALIFIED : AppraisalGrade.QUALIFIED;
            default -> r < 15 ? AppraisalGrade.EXCELLENT : r < 95 ? AppraisalGrade.QUALIFIED : AppraisalGrade.BASICALLY_QUALIFIED;
        };
    }
}
