package cn.fuwukuaiche.honour.star.entity;

/**
 * A figure a star criterion can test, per person and period, with where it comes from. A figure is null
 * ("无数据") when its source has nothing for the person: no rating, or no reviewed personal assessment sheet.
 */
public enum StarMetric {
    SATISFACTION("满意率", "%", "好差评（申诉成立的除外）：(非常满意+满意+基本满意)÷评价数"),
    BAD_RATINGS("差评", "次", "好差评中不满意、非常不满意（申诉成立的除外）"),
    RATED_SERVICES("评价件数", "件", "本人经办并被评价的服务"),
    SERVICE_VOLUME("办件量", "件", "评价件数 + 本人在三级网络中办理的代办件"),
    VOLUME_RANK("办件量名次", "名", "全体窗口工作人员按办件量并列排名（1、2、2、4）"),
    DISCIPLINE_DEDUCTIONS("纪律扣分事项", "次", "个人月度考评（已审核）中计入“纪律”的扣分事项次数"),
    ATTENDANCE_DEDUCTIONS("出勤扣分事项", "次", "个人月度考评（已审核）中计入“出勤”的扣分事项次数（迟到、脱岗…）"),
    COMPLAINTS("投诉查实", "次", "个人月度考评（已审核）中的一票否决事项（实名投诉查实等）"),
    OVERDUE_CASES("超时办件", "件", "个人月度考评中的办件超时 + 本人办理的超过承诺时限的代办件"),
    CONTEST_PRIZES("竞赛获奖", "次", "本期公布成绩的竞赛中，奖项按竞赛的奖项—星映射对应本星的次数");

    private final String label;
    private final String unit;
    private final String source;

    StarMetric(String label, String unit, String source) {
        this.label = label;
        this.unit = unit;
        this.source = source;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public String source() {
        return source;
    }

    /** Figures that depend on the star being judged (a prize maps to one star). */
    public boolean perStar() {
        return this == CONTEST_PRIZES;
    }
}
