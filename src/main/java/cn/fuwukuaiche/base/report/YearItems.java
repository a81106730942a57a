package cn.fuwukuaiche.base.report;

/**
 * The codes of the 党建工作统计表 items (seed part 5) that the record can fill, shared by the yearly report's template
 * and the areas' {@link YearFigureSource}s. The template (versioned by year) names items by these codes; a code no
 * source answers is typed in.
 */
public final class YearItems {

    /** 一、4 全年机关上党课 次 (组织生活: held meetings of the kind 党课). */
    public static final String PARTY_LECTURE = "party_lecture";
    /** 一、4 其中领导班子成员上党课 次 (党课 given by a member of the branch committee or the general branch). */
    public static final String PARTY_LECTURE_BY_LEADERS = "party_lecture_by_leaders";
    /** 二、1 机关发展预备党员 人 (发展党员: admitted as 预备党员 by a 支部大会 vote approved in the year). */
    public static final String NEW_PROBATIONARY = "new_probationary";
    /** 二、2 机关预备党员转正 人 (发展党员: 转正 approved in the year). */
    public static final String PROBATION_CONFIRMED = "probation_confirmed";
    /** 二、3 所属党支部应换届 个 (branches whose committee term ends in the year). */
    public static final String BRANCH_ELECTION_DUE = "branch_election_due";
    /** 二、3 已换届 个 (of those, branches that elected a new committee). */
    public static final String BRANCH_ELECTION_DONE = "branch_election_done";
    /** 二、5 表彰优秀党组织 个 (七一表彰). */
    public static final String COMMEND_BRANCH = "commend_branch";
    /** 二、5 表彰优秀党务工作者 人 (七一表彰). */
    public static final String COMMEND_PARTY_WORKER = "commend_party_worker";
    /** 二、5 表彰优秀党员 人 (七一表彰). */
    public static final String COMMEND_MEMBER = "commend_member";
    /** 二、5 表彰先进工作者 人 (七一表彰). */
    public static final String COMMEND_WORKER = "commend_worker";
    /** 三、1 领导干部下基层 人(次) (创先争优 activities of the kind 下基层 by leaders). */
    public static final String VISITS_BY_LEADERS = "visits_by_leaders";
    /** 三、1 领导干部下基层 天. */
    public static final String VISIT_DAYS_BY_LEADERS = "visit_days_by_leaders";
    /** 三、1 干部职工下基层 人(次). */
    public static final String VISITS_BY_STAFF = "visits_by_staff";
    /** 三、1 干部职工下基层 天. */
    public static final String VISIT_DAYS_BY_STAFF = "visit_days_by_staff";
    /** 三、2 公开承诺办实事 项. */
    public static final String PLEDGES = "pledges";
    /** 三、2 已完成 项. */
    public static final String PLEDGES_DONE = "pledges_done";
    /** 三、2 绩效公示 次 (公示 published in the year). */
    public static final String PERFORMANCE_NOTICES = "performance_notices";
    /** 五、3 领导干部与机关干部交心谈心 次 (创先争优 activities of the kind 交心谈心). */
    public static final String HEART_TALKS = "heart_talks";
    /** 本中心 一旗两岗五星: 流动红旗 awarded in the year (window-months). */
    public static final String RED_FLAGS = "red_flags";
    /** 本中心 一旗两岗五星: stars awarded in the year. */
    public static final String STARS = "stars";

    private YearItems() {
    }
}
