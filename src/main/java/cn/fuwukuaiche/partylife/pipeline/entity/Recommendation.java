package cn.fuwukuaiche.partylife.pipeline.entity;

/** How an applicant was recommended as 入党积极分子. */
public enum Recommendation {
    MEMBERS("党员推荐"),
    MASS_ORGANISATION("群团推优");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
