package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.pipeline.entity.Introducer;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.NoticeState;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStep;
import cn.fuwukuaiche.partylife.pipeline.entity.ProbationReview;
import cn.fuwukuaiche.partylife.pipeline.entity.Recommendation;
import cn.fuwukuaiche.partylife.pipeline.entity.Sponsor;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 发展党员, the steps: a person's 入党申请 is recorded by his branch's secretary; every later step goes through
 * {@link #step} (the branch's steps by the secretary, the general branch's by the leader), checked against
 * {@link PipelineRules} (order, clocks, dates, papers), written with who and when, and audited. The 公示 of the 发展对象
 * goes through honour's {@link NoticeService} ({@link PipelineNoticeSubject}); 审批 and 转正 change the 政治面貌 in org's
 * roster through {@link StaffService#changePartyStatus}. A refusal writes nothing (the transaction rolls back).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class PipelineService extends PipelineRecords {

    /** The {@code PublicNotice.subjectType} of a 发展对象 in 公示. */
    public static final String NOTICE_SUBJECT = "PIPELINE";
    static final int NOTE_MAX = 2000;

    @Inject
    NoticeService notices;

    @Inject
    StaffService staffService;

    /** A new 入党申请: a staff member of the hall ({@code staffId}) or a named outsider of a stationed unit. */
    public record ApplyForm(long branchId, Long staffId, String personName, String unitName, LocalDate birthDate,
                            LocalDate appliedOn, String note) {
    }

    public MembershipApplication apply(ApplyForm f) {
        scope.requireBranch(f.branchId());
        LocalDate today = Times.today();
        String name;
        String unit;
        if (f.staffId() != null) {
            Staff s = org.staff(f.staffId()).orElseThrow(() -> new BusinessException("staffId", "该人员不存在"));
            if (s.isPartyMember()) {
                throw new BusinessException("staffId", s.getName() + " 已是" + s.getPoliticalStatus().label());
            }
            boolean open = em.createQuery("select count(a) from MembershipApplication a where a.staffId = :s and a.stage in :open", Long.class)
                    .setParameter("s", f.staffId()).setParameter("open", openStages()).getSingleResult() > 0;
            if (open) {
                throw new BusinessException("staffId", s.getName() + " 已在发展党员程序中");
            }
            name = s.getName();
            unit = s.getUnit() == null ? null : s.getUnit().getName();
        } else {
            name = Input.requireSingleLine("personName", "姓名", f.personName());
            if (name == null || name.length() > 64) {
                throw new BusinessException("personName", "请填写申请人姓名（不超过 64 字）");
            }
            unit = Input.requireSingleLine("unitName", "单位", f.unitName());
            if (unit == null || unit.length() > 128) {
                throw new BusinessException("unitName", "请填写申请人所在的进驻单位（不超过 128 字）");
            }
        }
        if (f.appliedOn() == null) {
            throw new BusinessException("date", "请填写入党申请书的日期");
        }
        if (f.appliedOn().isAfter(today)) {
            throw new BusinessException("date", "日期不能晚于今天");
        }
        PipelineRules.checkAge(f.birthDate(), f.appliedOn(), config.settings());
        String note = note(f.note(), false);
        MembershipApplication a = new MembershipApplication(f.branchId(), f.staffId(), name, unit, f.birthDate(), f.appliedOn(),
                Times.now(), scope.me());
        em.persist(a);
        em.flush();
        em.persist(new PipelineStep(a.getId(), StepKind.APPLY, f.appliedOn(), note, Times.now(), scope.me()));
        em.flush();
        audit.created(a, null);
        return a;
    }

    /** One step's data; each step reads the fields it needs. */
    public record StepForm(StepKind kind, LocalDate on, String note, String by, Recommendation recommendation, LocalDate filedOn,
                           List<Long> members, boolean bySponsor, Integer days, Integer hours, Integer present, Integer inFavour,
                           Integer against, Integer abstained, Integer months) {

        public static StepForm of(StepKind kind, LocalDate on, String note) {
            return new StepForm(kind, on, note, null, null, null, List.of(), false, null, null, null, null, null, null, null);
        }
    }

    /** Takes one step (not 入党申请 and not 公示: {@link #apply}, {@link #putToNotice}). */
    public MembershipApplication step(long applicationId, long expectedVersion, StepForm f) {
        MembershipApplication a = managed(applicationId, expectedVersion);
        StepKind kind = f.kind();
        if (kind == null || kind == StepKind.APPLY || kind == StepKind.NOTICE) {
            throw new BusinessException("请选择要办理的步骤");
        }
        scope.requireStep(a, kind);
        LocalDate today = Times.today();
        var s = config.settings();
        PipelineStage before = a.getStage();
        PipelineRules.Facts facts = PipelineConfig.facts(a);
        PipelineStage after = PipelineRules.require(facts, kind, today, s);
        PipelineRules.checkDate(f.on(), kind == StepKind.REVIEW ? stageStart(a) : a.getLastStepOn(), today);
        PipelineRules.checkStepDate(facts, kind, f.on(), s);
        String voided = PipelineRules.voidedVote(facts, today, s).orElse(null);
        PipelineRules.checkPapers(before, kind, presentPapers(a.getId()));
        boolean reasonNeeded = kind == StepKind.DISQUALIFY || kind == StepKind.WITHDRAW || kind == StepKind.EXTEND
                || kind == StepKind.REVIEW || kind == StepKind.POLITICAL_CHECK || kind == StepKind.MAKE_CANDIDATE;
        String note = note(f.note(), reasonNeeded);
        PipelineStep record = new PipelineStep(a.getId(), kind, f.on(), note, Times.now(), scope.me());
        String details = apply(a, f, record, note);
        if (voided != null && (kind == StepKind.ADMIT_VOTE || kind == StepKind.FULL_VOTE)) {
            details = "重新表决：" + voided + "\n" + details;
        }
        a.setStage(after);
        if (kind != StepKind.REVIEW) {
            a.setLastStepOn(f.on());
        }
        em.persist(record);
        em.flush();
        audit.event(AuditAction.UPDATE, "发展党员", a.getId(), kind.label() + "：" + a.getPersonName()
                + (before == after ? "" : "（" + before.label() + " → " + after.label() + "）") + "，" + Times.format(f.on()),
                details, note);
        if (a.getStaffId() != null) {
            if (kind == StepKind.APPROVE) {
                staffService.changePartyStatus(a.getStaffId(), PoliticalStatus.PROBATIONARY_MEMBER, a.getBranchId(),
                        "发展党员：审批为预备党员（支部大会 " + Times.format(a.getAdmitVoteOn()) + "）");
            } else if (kind == StepKind.APPROVE_FULL) {
                staffService.changePartyStatus(a.getStaffId(), PoliticalStatus.PARTY_MEMBER, a.getBranchId(),
                        "发展党员：预备党员转正（支部大会 " + Times.format(a.getFullVoteOn()) + "）");
            } else if (before == PipelineStage.PROBATIONARY && after != PipelineStage.PROBATIONARY) {
                staffService.changePartyStatus(a.getStaffId(), PoliticalStatus.MASSES, a.getBranchId(),
                        "发展党员：" + kind.label() + "（" + note + "）");
            }
        }
        return a;
    }

    /** What each step writes on the application; returns the audit's details. */
    private String apply(MembershipApplication a, StepForm f, PipelineStep record, String note) {
        var s = config.settings();
        LocalDate on = f.on();
        switch (f.kind()) {
            case TALK -> {
                String by = Input.requireSingleLine("by", "谈话人", f.by());
                if (by == null || by.length() > 64) {
                    throw new BusinessException("by", "请填写谈话的支部党员");
                }
                a.setTalkedOn(on);
                a.setTalkedBy(by);
                return "谈话人 " + by;
            }
            case MAKE_ACTIVIST -> {
                if (f.recommendation() == null) {
                    throw new BusinessException("recommendation", "请选择推荐方式");
                }
                checkFiled(f.filedOn(), on);
                List<PipelineRules.Member> sponsors = members(a, f.members());
                PipelineRules.checkSponsors(sponsors, a.getStaffId());
                a.setActivistOn(on);
                a.setRecommendation(f.recommendation());
                a.setFiledOn(f.filedOn());
                sponsors.forEach(m -> em.persist(new Sponsor(a.getId(), m.staffId(), m.name(), on)));
                return f.recommendation().label() + "，支委会 " + Times.format(on) + "，备案 " + Times.format(f.filedOn()) + "，培养联系人 "
                        + sponsors.stream().map(PipelineRules.Member::name).collect(Collectors.joining("、"));
            }
            case REVIEW -> {
                String author = f.bySponsor() ? Input.requireSingleLine("by", "培养联系人", f.by()) : "党支部";
                if (author == null || author.isBlank()) {
                    throw new BusinessException("by", "请填写培养联系人");
                }
                em.persist(new ProbationReview(a.getId(), on, a.getStage(), f.bySponsor(), author, note, Times.now(), scope.me()));
                if (a.getLastReviewOn() == null || on.isAfter(a.getLastReviewOn())) {
                    a.setLastReviewOn(on);
                }
                return author + "的考察记录";
            }
            case MAKE_CANDIDATE -> {
                checkFiled(f.filedOn(), on);
                List<PipelineRules.Member> introducers = members(a, f.members());
                PipelineRules.checkIntroducers(introducers, a.getStaffId());
                a.setCandidateOn(on);
                a.setFiledOn(f.filedOn());
                introducers.forEach(m -> em.persist(new Introducer(a.getId(), m.staffId(), m.name())));
                return "支委会 " + Times.format(on) + "，备案 " + Times.format(f.filedOn()) + "，入党介绍人 "
                        + introducers.stream().map(PipelineRules.Member::name).collect(Collectors.joining("、"));
            }
            case POLITICAL_CHECK -> a.setPoliticalCheckOn(on);
            case TRAINING -> {
                int days = f.days() == null ? 0 : f.days();
                int hours = f.hours() == null ? 0 : f.hours();
                PipelineRules.checkTraining(days, hours, s);
                a.setTrainedOn(on);
                a.setTrainingDays(days);
                a.setTrainingHours(hours);
                return days + " 天，" + hours + " 学时";
            }
            case PRE_REVIEW -> a.setPreReviewedOn(on);
            case PLEDGE_FORM -> a.setPledgeFormOn(on);
            case ADMIT_VOTE, FULL_VOTE -> {
                int entitled = entitled(a.getBranchId());
                int present = f.present() == null ? -1 : f.present();
                int yes = f.inFavour() == null ? -1 : f.inFavour();
                int no = f.against() == null ? 0 : f.against();
                int abstained = f.abstained() == null ? 0 : f.abstained();
                PipelineRules.checkVote(entitled, present, yes, no, abstained);
                record.withVote(entitled, present, yes, no, abstained);
                if (f.kind() == StepKind.ADMIT_VOTE) {
                    // a vote held again after the last one's resolution lapsed: its 上级谈话 counted for the old vote
                    a.setHigherTalkOn(null);
                    a.setAdmitVoteOn(on);
                    a.setProbationEndsOn(PipelineRules.probationEnds(on, 0, s));
                } else {
                    a.setFullVoteOn(on);
                }
                return "应到有表决权的正式党员 " + entitled + " 人，实到 " + present + " 人，赞成 " + yes + "，反对 " + no + "，弃权 " + abstained;
            }
            case HIGHER_TALK -> a.setHigherTalkOn(on);
            case APPROVE -> a.setApprovedOn(on);
            case OATH -> a.setOathOn(on);
            case FULL_REQUEST -> a.setFullRequestOn(on);
            case EXTEND -> {
                int months = f.months() == null ? 0 : f.months();
                PipelineRules.checkExtension(months);
                a.setExtensionMonths(months);
                a.setProbationEndsOn(PipelineRules.probationEnds(a.getAdmitVoteOn(), months, s));
                a.setFullRequestOn(null);
                a.setFullVoteOn(null);
                return "延长 " + months + " 个月，预备期至 " + Times.format(a.getProbationEndsOn());
            }
            case APPROVE_FULL -> a.setFullApprovedOn(on);
            case DISQUALIFY, WITHDRAW -> {
                a.setEndedOn(on);
                a.setEndReason(note);
            }
            default -> throw new BusinessException("请选择要办理的步骤");
        }
        return null;
    }

    /**
     * The leader puts the 发展对象 to 公示 for the set number of working days: the public page shows name, unit and
     * stage only. An upheld objection stops the way ({@link PipelineNoticeSubject}).
     */
    @RolesAllowed(Role.Names.LEADER)
    public MembershipApplication putToNotice(long applicationId, long expectedVersion) {
        MembershipApplication a = managed(applicationId, expectedVersion);
        scope.requireStep(a, StepKind.NOTICE);
        var s = config.settings();
        PipelineRules.require(PipelineConfig.facts(a), StepKind.NOTICE, Times.today(), s);
        String branch = org.branchNames().get(a.getBranchId());
        PublicNotice n = notices.open(NOTICE_SUBJECT, a.getId(), "发展党员公示：拟发展对象", a.getPersonName()
                        + (a.getUnitName() == null ? "" : "（" + a.getUnitName() + "）"),
                branch + "拟将" + a.getPersonName() + "同志作为发展对象，接收为中共预备党员，现予公示。", s.noticeWorkingDays());
        a.setNoticeId(n.getId());
        a.setNoticeState(NoticeState.OPEN);
        a.setLastStepOn(Times.today());
        em.persist(new PipelineStep(a.getId(), StepKind.NOTICE, Times.today(), "公示至 " + Times.format(n.getClosesOn()), Times.now(),
                scope.me()));
        em.flush();
        audit.event(AuditAction.UPDATE, "发展党员", a.getId(), "公示发展对象：" + a.getPersonName(), "公示期 " + Times.format(n.getOpenedOn())
                + " 至 " + Times.format(n.getClosesOn()), null);
        return a;
    }

    // ---- helpers ------------------------------------------------------------------------------------

    MembershipApplication managed(long id, long expectedVersion) {
        MembershipApplication a = application(id);
        if (!scope.manages(a.getBranchId())) {
            throw new BusinessException(PipelineScope.MSG_OTHER_BRANCH);
        }
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException("数据已被他人修改，请刷新后重试");
        }
        return a;
    }

    static Set<PipelineStage> openStages() {
        return EnumSet.of(PipelineStage.APPLICANT, PipelineStage.ACTIVIST, PipelineStage.CANDIDATE, PipelineStage.PROBATIONARY);
    }

    private static LocalDate stageStart(MembershipApplication a) {
        return a.getStage() == PipelineStage.PROBATIONARY ? a.getAdmitVoteOn() : a.getActivistOn();
    }

    private List<PipelineRules.Member> members(MembershipApplication a, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> staff = org.staffByIds(ids).stream().collect(Collectors.toMap(Staff::getId, m -> m));
        return ids.stream().map(id -> {
            Staff m = staff.get(id);
            if (m == null) {
                throw new BusinessException("members", "所选党员不存在");
            }
            boolean full = m.isActive() && m.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER && m.getBranch() != null
                    && m.getBranch().getId() == a.getBranchId();
            return new PipelineRules.Member(id, m.getName(), full);
        }).toList();
    }

    private static void checkFiled(LocalDate filedOn, LocalDate decidedOn) {
        if (filedOn != null && filedOn.isBefore(decidedOn)) {
            throw new BusinessException("filedOn", "备案日期不能早于支委会决定的日期");
        }
        if (filedOn != null && filedOn.isAfter(Times.today())) {
            throw new BusinessException("filedOn", "日期不能晚于今天");
        }
    }

    private static String note(String text, boolean required) {
        String t = Input.requireMultiLine("note", "说明", text);
        if (required && (t == null || t.isBlank())) {
            throw new BusinessException("note", "请填写说明");
        }
        if (t != null && t.length() > NOTE_MAX) {
            throw new BusinessException("note", "说明不能超过 " + NOTE_MAX + " 字");
        }
        return t;
    }
}
