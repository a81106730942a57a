package cn.fuwukuaiche.network.entity;

/** The five kinds of work a village 民生服务室 does. */
public enum VillageCategory {
    LICENCE_PROXY("证照代办"),
    CONSULTING("咨询服务"),
    PUBLIC_WELFARE("公益事业"),
    PROSPERITY("致富发展"),
    MEDIATION("民事纠纷调解");

    private final String label;

    VillageCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Blank means "none"; an unknown word is empty too, so callers can tell it apart only by blankness. */
    public static java.util.Optional<VillageCategory> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        for (VillageCategory c : values()) {
            if (c.name().equalsIgnoreCase(text.strip()) || c.label.equals(text.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
