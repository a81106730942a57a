package cn.fuwukuaiche.network.entity;

/** Whether a node takes cases. A suspended or closed node keeps its history but accepts nothing new. */
public enum NodeStatus {
    OPEN("正常开放"),
    SUSPENDED("暂停服务"),
    CLOSED("已撤销");

    private final String label;

    NodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<NodeStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.of(OPEN);
        }
        String t = text.strip();
        for (NodeStatus s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return java.util.Optional.of(s);
            }
        }
        return switch (t) {
            case "正常", "开放" -> java.util.Optional.of(OPEN);
            case "暂停" -> java.util.Optional.of(SUSPENDED);
            case "撤销", "关闭" -> java.util.Optional.of(CLOSED);
            default -> java.util.Optional.empty();
        };
    }
}
