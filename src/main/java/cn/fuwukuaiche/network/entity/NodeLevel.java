package cn.fuwukuaiche.network.entity;

/** The three levels of the network, top first: the county hall, a township station, a village room. */
public enum NodeLevel {
    COUNTY("县级", "县政务服务中心"),
    TOWNSHIP("乡镇级", "便民服务站"),
    VILLAGE("村级", "民生服务室");

    private final String label;
    private final String nodeKind;

    NodeLevel(String label, String nodeKind) {
        this.label = label;
        this.nodeKind = nodeKind;
    }

    public String label() {
        return label;
    }

    /** What a node of this level is called, e.g. 便民服务站. */
    public String nodeKind() {
        return nodeKind;
    }

    /** The level a case is handed up to; empty at the county, where the network ends. */
    public java.util.Optional<NodeLevel> above() {
        return switch (this) {
            case VILLAGE -> java.util.Optional.of(TOWNSHIP);
            case TOWNSHIP -> java.util.Optional.of(COUNTY);
            case COUNTY -> java.util.Optional.empty();
        };
    }

    /** Accepts 县/乡镇/村 and the labels, as people type them in an Excel sheet. */
    public static java.util.Optional<NodeLevel> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String t = text.strip();
        for (NodeLevel l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.label.equals(t) || l.label.startsWith(t) && !t.isEmpty()
                    || l.nodeKind.equals(t)) {
                return java.util.Optional.of(l);
            }
        }
        return switch (t) {
            case "县", "县中心", "县级中心" -> java.util.Optional.of(COUNTY);
            case "乡", "镇", "乡镇", "乡镇（街道）" -> java.util.Optional.of(TOWNSHIP);
            case "村", "社区", "村（社区）" -> java.util.Optional.of(VILLAGE);
            default -> java.util.Optional.empty();
        };
    }
}
