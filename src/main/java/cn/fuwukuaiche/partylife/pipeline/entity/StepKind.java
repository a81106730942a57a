package cn.fuwukuaiche.partylife.pipeline.entity;

/**
 * One step of 发展党员 as it is recorded ({@link PipelineStep}); which stage it may follow and where it leads is the
 * table in {@code control.PipelineRules}. {@link #leaderStep()} steps belong to the general branch (预审, 公示, 上级谈话,
 * 审批, 转正审批); the others to the branch.
 */
public enum StepKind {
    APPLY("入党申请", false),
    TALK("谈话", false),
    MAKE_ACTIVIST("确定入党积极分子", false),
    REVIEW("考察记录", false),
    MAKE_CANDIDATE("确定发展对象", false),
    POLITICAL_CHECK("政治审查", false),
    TRAINING("集中培训", false),
    PRE_REVIEW("预审", true),
    NOTICE("公示", true),
    PLEDGE_FORM("入党志愿书", false),
    ADMIT_VOTE("支部大会接收预备党员", false),
    HIGHER_TALK("上级谈话", true),
    APPROVE("审批预备党员", true),
    OATH("入党宣誓", false),
    FULL_REQUEST("转正申请", false),
    FULL_VOTE("支部大会讨论转正", false),
    EXTEND("延长预备期", false),
    APPROVE_FULL("审批转正", true),
    DISQUALIFY("取消资格", false),
    WITHDRAW("退出", false);

    private final String label;
    private final boolean leaderStep;

    StepKind(String label, boolean leaderStep) {
        this.label = label;
        this.leaderStep = leaderStep;
    }

    public String label() {
        return label;
    }

    /** Taken by the general branch (LEADER, ADMIN), not by the branch's secretary. */
    public boolean leaderStep() {
        return leaderStep;
    }
}
