package cn.fuwukuaiche.contest.entity;

/** Prizes in order of merit; how many of each a contest gives is set per contest. */
public enum Prize {
    FIRST("一等奖"), SECOND("二等奖"), THIRD("三等奖"), MERIT("优秀奖");

    private final String label;

    Prize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
