package cn.fuwukuaiche.partylife.pipeline.entity;

/**
 * Where a {@link MembershipApplication} stands: the five stages of 发展党员 and the two side exits (取消资格, 退出).
 * 延长预备期 is no stage: the person stays 预备党员 with a later end of probation.
 */
public enum PipelineStage {
    APPLICANT("入党申请人"),
    ACTIVIST("入党积极分子"),
    CANDIDATE("发展对象"),
    PROBATIONARY("预备党员"),
    FULL("正式党员"),
    DISQUALIFIED("取消资格"),
    WITHDRAWN("退出");

    private final String label;

    PipelineStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 正式党员, 取消资格 and 退出 end the way; nothing follows them. */
    public boolean ended() {
        return this == FULL || this == DISQUALIFIED || this == WITHDRAWN;
    }
}
