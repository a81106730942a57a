package cn.fuwukuaiche.partylife.pipeline.control;

/**
 * The clocks and thresholds of 发展党员, from MicroProfile Config ({@code app.partylife.pipeline.*}, see
 * {@link PipelineConfig}) with the defaults of the rules (《中国共产党发展党员工作细则》).
 *
 * @param talkMonths            谈话 within this many months of the 入党申请书 (1)
 * @param reviewMonths          a 考察记录 of an 积极分子 / 发展对象 at least every this many months (6)
 * @param candidateAfterMonths  确定发展对象 not before this many months as 积极分子 (12)
 * @param noticeWorkingDays     公示 of the 发展对象, working days (5)
 * @param approvalMonths        上级谈话 and 审批 within this many months of the 支部大会 (3)
 * @param probationMonths       预备期 from the 支部大会 date (12)
 * @param probationReviewMonths a 考察记录 of a 预备党员 at least every this many months (3)
 * @param requestDaysBefore     the 转正申请 not earlier than this many days before the end of 预备期 (30)
 * @param fullVoteMonths        the 支部大会 on 转正 within this many months after the end of 预备期 (1)
 * @param trainingDays          集中培训 of at least this many days … (3)
 * @param trainingHours         … or this many 学时 (24)
 * @param minAge                the applicant's age on the date of his letter (18)
 * @param yellowWorkingDays     a clock turns yellow this many working days before it runs out (10)
 */
public record PipelineSettings(int talkMonths, int reviewMonths, int candidateAfterMonths, int noticeWorkingDays,
                               int approvalMonths, int probationMonths, int probationReviewMonths, int requestDaysBefore,
                               int fullVoteMonths, int trainingDays, int trainingHours, int minAge, int yellowWorkingDays) {

    public static final PipelineSettings DEFAULTS = new PipelineSettings(1, 6, 12, 5, 3, 12, 3, 30, 1, 3, 24, 18, 10);
}
