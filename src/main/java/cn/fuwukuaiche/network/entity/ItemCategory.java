package cn.fuwukuaiche.network.entity;

/** The kind of a guide item, as the catalogue lists it. */
public enum ItemCategory {
    LICENSING("行政许可"),
    PUBLIC_SERVICE("公共服务"),
    OTHER("其他");

    private final String label;

    ItemCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<ItemCategory> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        for (ItemCategory c : values()) {
            if (c.name().equalsIgnoreCase(text.strip()) || c.label.equals(text.strip())) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
