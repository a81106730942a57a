package cn.fuwukuaiche.partylife.pipeline.entity;

/**
 * The papers of a person's file (档案), each needed before the stage it belongs to may be closed: a stage is closed
 * by the step that leaves it (确定入党积极分子 closes 入党申请人 …), and that step is refused while one of the stage's
 * papers is neither uploaded, nor noted as kept on paper, nor waived by the leader.
 */
public enum PaperKind {
    APPLICATION_LETTER("入党申请书", PipelineStage.APPLICANT),
    TALK_RECORD("谈话记录", PipelineStage.APPLICANT),
    ACTIVIST_FORM("入党积极分子登记表", PipelineStage.ACTIVIST),
    REVIEW_RECORDS("培养考察记录", PipelineStage.ACTIVIST),
    POLITICAL_CHECK("政审材料", PipelineStage.CANDIDATE),
    TRAINING_CERT("培训结业证明", PipelineStage.CANDIDATE),
    NOTICE_RESULT("公示结果", PipelineStage.CANDIDATE),
    PLEDGE_FORM("入党志愿书", PipelineStage.CANDIDATE),
    FULL_REQUEST("转正申请书", PipelineStage.PROBATIONARY),
    PROBATION_REVIEWS("预备期考察记录", PipelineStage.PROBATIONARY);

    private final String label;
    private final PipelineStage stage;

    PaperKind(String label, PipelineStage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    public PipelineStage stage() {
        return stage;
    }

    /** Private papers: seen only by the branch's secretary, the leader and ADMIN (never by the person's colleagues). */
    public boolean privatePaper() {
        return this == POLITICAL_CHECK;
    }
}
