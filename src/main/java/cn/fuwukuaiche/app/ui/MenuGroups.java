package cn.fuwukuaiche.app.ui;

/**
 * The side menu's groups, by the area a view belongs to (its package): 组织, 评价, 荣誉, 竞赛, 服务网络, 组织生活, 系统.
 * The workbench and the notifications stay at the top. Plain Java, {@code MenuGroupsTest}.
 */
public final class MenuGroups {

    public enum Group {
        ORG("users", "nav.group.org"), EVALUATION("star-half-left-o", "nav.group.evaluation"),
        HONOUR("flag", "nav.group.honour"), CONTEST("trophy", "nav.group.contest"),
        NETWORK("sitemap", "nav.group.network"), PARTY_LIFE("group", "nav.group.party_life"),
        SYSTEM("cog", "nav.group.system");

        private final String icon;
        private final String key;

        Group(String icon, String key) {
            this.icon = icon;
            this.key = key;
        }

        /** The group's word in the bundle. */
        public String key() {
            return key;
        }

        public String icon() {
            return icon;
        }
    }

    private MenuGroups() {
    }

    /** The group of a view class, or null for the top level (the workbench, notifications). */
    public static Group of(Class<?> view) {
        return view == null ? Group.SYSTEM : ofPackage(view.getPackageName());
    }

    static Group ofPackage(String pkg) {
        String rest = pkg.startsWith("cn.fuwukuaiche.") ? pkg.substring("cn.fuwukuaiche.".length()) : pkg;
        String area = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return switch (area) {
            case "app", "inbox" -> null;
            case "org" -> Group.ORG;
            case "evaluation" -> Group.EVALUATION;
            case "honour" -> Group.HONOUR;
            case "contest" -> Group.CONTEST;
            case "network" -> Group.NETWORK;
            case "partylife" -> Group.PARTY_LIFE;
            default -> Group.SYSTEM;
        };
    }
}
