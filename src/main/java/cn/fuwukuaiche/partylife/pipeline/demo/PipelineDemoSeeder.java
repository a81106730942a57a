package cn.fuwukuaiche.partylife.pipeline.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.honour.entity.NoticeObjection;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.honour.entity.ObjectorKind;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineSettings;
import cn.fuwukuaiche.partylife.pipeline.entity.DevelopmentPlan;
import cn.fuwukuaiche.partylife.pipeline.entity.Introducer;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.NoticeState;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelinePaper;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStep;
import cn.fuwukuaiche.partylife.pipeline.entity.ProbationReview;
import cn.fuwukuaiche.partylife.pipeline.entity.Recommendation;
import cn.fuwukuaiche.partylife.pipeline.entity.Sponsor;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import cn.fuwukuaiche.partylife.meeting.control.MembershipKeeper;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * 发展党员 in the demo county, dates relative to the load date (Beijing time), a dozen people over the four branches:
 * in the 第一联合党支部 (the {@code secretary} account) two applicants (one whose 谈话 is overdue: the red clock), an
 * 积极分子 of 13 months (may become a 发展对象) and a 发展对象 whose 公示 ended without objection (ready for 志愿书 and
 * 支部大会) — the browser test walks them on; in the 第二联合党支部 黄丽 (the {@code staff2} account) as 积极分子, a
 * 发展对象 stopped by an upheld objection and a 预备党员; in the third a 预备党员 near the end of probation, one
 * confirmed this year and one who withdrew; in the 中心党支部 an 积极分子 whose half-year review is due and a
 * 发展对象 whose 审批 clock turns yellow. Each branch has this year's 发展计划.
 */
@Dependent
public class PipelineDemoSeeder implements DemoSeeder {

    private static final PipelineSettings S = PipelineSettings.DEFAULTS;
    private static final String SECRETARY = "demo";

    @Inject
    MembershipKeeper memberships;

    private EntityManager em;
    private LocalDate today;

    @Override
    public int order() {
        return 750;
    }

    @Override
    public void seed(DemoContext ctx) {
        em = ctx.em();
        today = ctx.today();
        List<Branch> branches = em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name", Branch.class)
                .getResultList();
        if (branches.size() < 4) {
            return;
        }
        Branch central = branches.get(0);
        Branch first = branches.get(1);
        Branch second = branches.get(2);
        Branch third = branches.get(3);
        Staff huangLi = em.createQuery("select s from Staff s where s.name = '黄丽'", Staff.class).getResultStream().findFirst().orElse(null);
        Deque<Staff> p1 = candidates(first, null);
        Deque<Staff> p2 = candidates(second, huangLi);
        Deque<Staff> p3 = candidates(third, null);
        Deque<Staff> p0 = candidates(central, null);

        applicant(first, p1.poll(), today.minusDays(10));
        applicant(first, p1.poll(), today.minusDays(45)); // 谈话 overdue: red
        activist(first, p1.poll(), today.minusMonths(13).minusDays(20), today.minusMonths(2));
        candidateNoticed(first, p1.poll(), today.minusMonths(16), false);

        if (huangLi != null) {
            activist(second, huangLi, today.minusMonths(4), today.minusMonths(1));
        }
        candidateNoticed(second, p2.poll(), today.minusMonths(18), true); // stopped by an upheld objection
        probationary(second, p2.poll(), today.minusMonths(8), false);

        MembershipApplication nearEnd = probationary(third, p3.poll(), today.minusMonths(11).minusDays(15), false);
        if (nearEnd != null) {
            nearEnd.setFullRequestOn(today.minusDays(5));
            step(nearEnd, StepKind.FULL_REQUEST, today.minusDays(5), "本人递交转正申请书");
            paper(nearEnd, PaperKind.FULL_REQUEST, "第三联合党支部档案柜");
            nearEnd.setLastStepOn(today.minusDays(5));
        }
        probationary(third, p3.poll(), today.minusMonths(14), true);
        MembershipApplication gone = applicant(third, p3.poll(), today.minusMonths(3));
        if (gone != null) {
            gone.setTalkedOn(today.minusMonths(3).plusDays(12));
            gone.setTalkedBy("孙海涛");
            gone.setStage(PipelineStage.WITHDRAWN);
            gone.setEndedOn(today.minusDays(20));
            gone.setEndReason("本人因工作调动离开本中心，书面申请退出");
            gone.setLastStepOn(today.minusDays(20));
            step(gone, StepKind.WITHDRAW, today.minusDays(20), gone.getEndReason());
        }

        // review due within days (yellow): the last one six months ago less five days
        activist(central, p0.poll(), today.minusMonths(9), today.minusMonths(6).plusDays(5));
        LocalDate yellowVote = today.minusMonths(3).plusDays(7);
        admitted(candidateNoticed(central, p0.poll(), today.minusMonths(17), false, yellowVote.minusDays(30)), yellowVote, "中心党支部");
        // a 支部大会 four months ago whose resolution was never approved: void, the branch must vote again
        LocalDate lapsedVote = today.minusMonths(4);
        admitted(candidateNoticed(third, p3.poll(), today.minusMonths(20), false, lapsedVote.minusDays(30)), lapsedVote, "第三联合党支部");
        int year = today.getYear();
        int[][] plans = {{2, 1}, {3, 2}, {2, 2}, {2, 1}};
        for (int i = 0; i < 4; i++) {
            DevelopmentPlan p = new DevelopmentPlan(branches.get(i).getId(), year);
            p.setCandidates(plans[i][0]);
            p.setProbationaries(plans[i][1]);
            p.setSetAt(LocalDate.of(year, 1, 1).atTime(9, 0));
            p.setSetBy("leader");
            em.persist(p);
        }
        em.flush();
    }

    /** The 发展对象 {@code a} (公示 confirmed) voted on by the 支部大会 on {@code vote}, his 志愿书 ten days before; not approved yet. */
    private void admitted(MembershipApplication a, LocalDate vote, String cabinet) {
        if (a == null) {
            return;
        }
        a.setPledgeFormOn(vote.minusDays(10));
        step(a, StepKind.PLEDGE_FORM, vote.minusDays(10), "填写入党志愿书");
        paper(a, PaperKind.PLEDGE_FORM, cabinet + "档案柜");
        a.setAdmitVoteOn(vote);
        a.setProbationEndsOn(vote.plusMonths(S.probationMonths()));
        em.persist(new PipelineStep(a.getId(), StepKind.ADMIT_VOTE, vote, "支部大会讨论接收预备党员", vote.atTime(16, 0), SECRETARY)
                .withVote(9, 8, 8, 0, 0));
        a.setLastStepOn(vote);
    }

    /** Non-members of the branch's units without an account, by staff number; {@code first} first when given. */
    private Deque<Staff> candidates(Branch b, Staff first) {
        List<Staff> list = em.createQuery("select s from Staff s where s.active = true and s.unit.branch = :b and s.politicalStatus in :ps "
                        + "and s.id not in (select u.staffId from UserAccount u where u.staffId is not null) order by s.staffNo", Staff.class)
                .setParameter("b", b).setParameter("ps", List.of(PoliticalStatus.MASSES, PoliticalStatus.LEAGUE_MEMBER, PoliticalStatus.ACTIVIST))
                .getResultList();
        Deque<Staff> d = new ArrayDeque<>(list);
        if (first != null) {
            d.remove(first);
        }
        return d;
    }

    private List<Staff> fullMembers(Branch b) {
        return em.createQuery("select s from Staff s where s.active = true and s.branch = :b and s.politicalStatus = :p order by s.staffNo",
                Staff.class).setParameter("b", b).setParameter("p", PoliticalStatus.PARTY_MEMBER).getResultList();
    }

    private MembershipApplication applicant(Branch b, Staff s, LocalDate applied) {
        if (s == null) {
            return null;
        }
        LocalDate born = applied.minusYears(24 + (int) (s.getId() % 12)).minusDays(s.getId() % 200);
        MembershipApplication a = new MembershipApplication(b.getId(), s.getId(), s.getName(), s.getUnit().getName(), born, applied,
                applied.atTime(10, 0), SECRETARY);
        em.persist(a);
        em.flush();
        step(a, StepKind.APPLY, applied, "递交入党申请书");
        paper(a, PaperKind.APPLICATION_LETTER, b.getName() + "档案柜");
        return a;
    }

    private MembershipApplication activist(Branch b, Staff s, LocalDate activistOn, LocalDate lastReview) {
        MembershipApplication a = applicant(b, s, activistOn.minusMonths(5));
        if (a == null) {
            return null;
        }
        LocalDate talked = activistOn.minusMonths(5).plusDays(14);
        a.setTalkedOn(talked);
        a.setTalkedBy(b.getSecretary() == null ? "支部书记" : b.getSecretary().getName());
        step(a, StepKind.TALK, talked, "了解入党动机和对党的认识");
        paper(a, PaperKind.TALK_RECORD, b.getName() + "档案柜");
        a.setActivistOn(activistOn);
        a.setRecommendation(Recommendation.MEMBERS);
        a.setFiledOn(activistOn.plusDays(3));
        a.setStage(PipelineStage.ACTIVIST);
        step(a, StepKind.MAKE_ACTIVIST, activistOn, "支委会研究确定为入党积极分子，报党总支备案");
        List<Staff> members = fullMembers(b);
        if (!members.isEmpty()) {
            Staff sponsor = members.get(members.size() > 1 ? 1 : 0);
            em.persist(new Sponsor(a.getId(), sponsor.getId(), sponsor.getName(), activistOn));
        }
        for (LocalDate r = activistOn.plusMonths(S.reviewMonths()); !r.isAfter(lastReview); r = r.plusMonths(S.reviewMonths())) {
            review(a, r, PipelineStage.ACTIVIST);
        }
        review(a, lastReview, PipelineStage.ACTIVIST);
        paper(a, PaperKind.ACTIVIST_FORM, b.getName() + "档案柜");
        paper(a, PaperKind.REVIEW_RECORDS, b.getName() + "档案柜");
        a.setLastStepOn(activistOn);
        return a;
    }

    /** A 发展对象 made after a year, checked, trained, pre-reviewed and put to 公示 25 days ago; {@code objected}: an upheld objection. */
    private MembershipApplication candidateNoticed(Branch b, Staff s, LocalDate activistOn, boolean objected) {
        return candidateNoticed(b, s, activistOn, objected, today.minusDays(25));
    }

    /** A 发展对象 whose 公示 opened on {@code opened} (after 政审, training and 预审 in the weeks before). */
    private MembershipApplication candidateNoticed(Branch b, Staff s, LocalDate activistOn, boolean objected, LocalDate opened) {
        MembershipApplication a = activist(b, s, activistOn, activistOn.plusMonths(12));
        if (a == null) {
            return null;
        }
        LocalDate made = activistOn.plusMonths(12).plusDays(10);
        a.setCandidateOn(made);
        a.setStage(PipelineStage.CANDIDATE);
        step(a, StepKind.MAKE_CANDIDATE, made, "听取党小组、培养联系人和党员群众意见，支委会研究确定为发展对象");
        List<Staff> members = fullMembers(b);
        for (int i = 0; i < Math.min(2, members.size()); i++) {
            em.persist(new Introducer(a.getId(), members.get(i).getId(), members.get(i).getName()));
        }
        a.setPoliticalCheckOn(opened.minusDays(20));
        step(a, StepKind.POLITICAL_CHECK, opened.minusDays(20), "政治审查合格");
        a.setTrainedOn(opened.minusDays(15));
        a.setTrainingDays(3);
        a.setTrainingHours(24);
        step(a, StepKind.TRAINING, opened.minusDays(15), "县委党校发展对象培训班");
        a.setPreReviewedOn(opened.minusDays(3));
        step(a, StepKind.PRE_REVIEW, opened.minusDays(3), "党总支预审合格");
        paper(a, PaperKind.POLITICAL_CHECK, b.getName() + "档案柜（密）");
        paper(a, PaperKind.TRAINING_CERT, b.getName() + "档案柜");
        LocalDate closes = opened.plusDays(7);
        PublicNotice n = new PublicNotice(PipelineService.NOTICE_SUBJECT, a.getId(), "发展党员公示：拟发展对象",
                a.getPersonName() + "（" + a.getUnitName() + "）", b.getName() + "拟将" + a.getPersonName() + "同志作为发展对象，接收为中共预备党员，现予公示。",
                S.noticeWorkingDays(), opened, closes, opened.atTime(9, 0), "leader");
        em.persist(n);
        em.flush();
        a.setNoticeId(n.getId());
        step(a, StepKind.NOTICE, opened, "公示至 " + closes);
        if (objected) {
            NoticeObjection o = new NoticeObjection(n.getId(), ObjectorKind.PERSON, "刘群", null, "13800000000",
                    "该同志曾多次无故缺席窗口值班，群众反映服务态度差。", opened.plusDays(2).atTime(15, 20));
            em.persist(o);
            o.decide(ObjectionStatus.UPHELD, opened.plusDays(4).atTime(10, 0), "leader", "经核实，反映情况属实，暂缓发展");
            n.publishResult(NoticeStatus.WITHDRAWN, "经核实，异议成立，撤销该荣誉。经核实，反映情况属实，暂缓发展", opened.plusDays(4),
                    opened.plusDays(4).atTime(10, 0), "leader");
            a.setNoticeState(NoticeState.STOPPED);
            step(a, StepKind.NOTICE, opened.plusDays(4), "发展程序中止：公示异议成立：经核实，反映情况属实，暂缓发展");
        } else {
            n.publishResult(NoticeStatus.CLOSED, "公示期满，无异议。", closes.plusDays(1), closes.plusDays(1).atTime(9, 0), "系统");
            a.setNoticeState(NoticeState.CONFIRMED);
            paper(a, PaperKind.NOTICE_RESULT, "系统公示记录（公示 #" + n.getId() + "：公示期满，无异议，予以确认）");
        }
        a.setLastStepOn(opened);
        return a;
    }

    /** A 预备党员 admitted on {@code vote} (approved a month later, sworn in); {@code confirmed}: 转正 approved. */
    private MembershipApplication probationary(Branch b, Staff s, LocalDate vote, boolean confirmed) {
        MembershipApplication a = activist(b, s, vote.minusMonths(15), vote.minusMonths(3));
        if (a == null) {
            return null;
        }
        LocalDate made = vote.minusMonths(3).plusDays(1);
        a.setCandidateOn(made);
        step(a, StepKind.MAKE_CANDIDATE, made, "支委会研究确定为发展对象");
        List<Staff> members = fullMembers(b);
        for (int i = 0; i < Math.min(2, members.size()); i++) {
            em.persist(new Introducer(a.getId(), members.get(i).getId(), members.get(i).getName()));
        }
        a.setPoliticalCheckOn(made.plusDays(10));
        a.setTrainedOn(made.plusDays(20));
        a.setTrainingDays(3);
        a.setTrainingHours(24);
        a.setPreReviewedOn(made.plusDays(30));
        a.setNoticeState(NoticeState.CONFIRMED);
        a.setPledgeFormOn(vote.minusDays(7));
        for (PaperKind k : List.of(PaperKind.POLITICAL_CHECK, PaperKind.TRAINING_CERT, PaperKind.NOTICE_RESULT, PaperKind.PLEDGE_FORM)) {
            paper(a, k, b.getName() + "档案柜");
        }
        a.setAdmitVoteOn(vote);
        em.persist(new PipelineStep(a.getId(), StepKind.ADMIT_VOTE, vote, "支部大会讨论接收预备党员", vote.atTime(16, 0), SECRETARY)
                .withVote(10, 9, 9, 0, 0));
        a.setHigherTalkOn(vote.plusDays(14));
        a.setApprovedOn(vote.plusMonths(1));
        step(a, StepKind.APPROVE, vote.plusMonths(1), "党总支审批，接收为中共预备党员");
        a.setOathOn(vote.plusMonths(1).plusDays(5));
        step(a, StepKind.OATH, a.getOathOn(), "面向党旗进行入党宣誓");
        a.setProbationEndsOn(vote.plusMonths(S.probationMonths()));
        a.setStage(PipelineStage.PROBATIONARY);
        for (LocalDate r = vote.plusMonths(3); !r.isAfter(today) && r.isBefore(a.getProbationEndsOn()); r = r.plusMonths(3)) {
            review(a, r, PipelineStage.PROBATIONARY);
        }
        a.setLastStepOn(a.getOathOn());
        s.setPoliticalStatus(PoliticalStatus.PROBATIONARY_MEMBER);
        s.setBranch(b);
        em.flush();
        memberships.sync(s.getId(), a.getApprovedOn()); // 三会一课 应到 from the approval on, as the service's StaffSaved does
        if (confirmed) {
            LocalDate request = a.getProbationEndsOn().minusDays(20);
            LocalDate fullVote = a.getProbationEndsOn().plusDays(5);
            LocalDate approved = fullVote.plusDays(20);
            a.setFullRequestOn(request);
            a.setFullVoteOn(fullVote);
            a.setFullApprovedOn(approved.isAfter(today) ? today : approved);
            step(a, StepKind.FULL_REQUEST, request, "本人递交转正申请书");
            em.persist(new PipelineStep(a.getId(), StepKind.FULL_VOTE, fullVote, "支部大会讨论转正", fullVote.atTime(16, 0), SECRETARY)
                    .withVote(10, 8, 8, 0, 0));
            step(a, StepKind.APPROVE_FULL, a.getFullApprovedOn(), "党总支审批，按期转为正式党员");
            paper(a, PaperKind.FULL_REQUEST, b.getName() + "档案柜");
            paper(a, PaperKind.PROBATION_REVIEWS, b.getName() + "档案柜");
            a.setStage(PipelineStage.FULL);
            a.setLastStepOn(a.getFullApprovedOn());
            s.setPoliticalStatus(PoliticalStatus.PARTY_MEMBER);
        }
        return a;
    }

    private void review(MembershipApplication a, LocalDate on, PipelineStage stage) {
        em.persist(new ProbationReview(a.getId(), on, stage, false, "党支部", "思想上积极要求进步，工作中服务热情，能按时参加党组织安排的学习和活动。",
                on.atTime(17, 0), SECRETARY));
        if (a.getLastReviewOn() == null || on.isAfter(a.getLastReviewOn())) {
            a.setLastReviewOn(on);
        }
    }

    private void step(MembershipApplication a, StepKind kind, LocalDate on, String note) {
        em.persist(new PipelineStep(a.getId(), kind, on, note, on.atTime(16, 30), SECRETARY));
    }

    private void paper(MembershipApplication a, PaperKind kind, String keptAt) {
        PipelinePaper p = new PipelinePaper(a.getId(), kind, LocalDateTime.of(a.getAppliedOn(), java.time.LocalTime.NOON), SECRETARY);
        p.setKeptAt(keptAt);
        em.persist(p);
    }
}
