package cn.fuwukuaiche.evaluation.control.scheme;

/**
 * 一票否决: an event (e.g. 实名投诉查实) that makes the window ineligible for the red flag that month,
 * whatever its points. Points are deliberately left unchanged so the window still sees an honest score.
 *
 * @param code unique within the scheme
 * @param name Chinese name
 */
public record VetoRule(String code, String name) {

    public VetoRule {
        Points.requireText(code, "否决项编码");
        Points.requireText(name, "否决项名称");
    }
}
