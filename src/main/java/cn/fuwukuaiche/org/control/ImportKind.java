package cn.fuwukuaiche.org.control;

import java.util.List;

/** What an Excel import creates: staff (花名册), units or windows. Columns marked * are required. */
public enum ImportKind {
    STAFF("人员花名册", List.of("工号*", "姓名*", "性别*", "政治面貌*", "所在单位*", "窗口号", "所属支部", "岗位", "职责", "联系电话", "身份证号")),
    UNIT("进驻单位", List.of("单位名称*", "简称", "所属支部", "排序")),
    WINDOW("窗口", List.of("窗口号*", "窗口名称*", "所在单位*", "楼层*", "区域", "业务范围"));

    private final String label;
    private final List<String> headers;

    ImportKind(String label, List<String> headers) {
        this.label = label;
        this.headers = headers;
    }

    public String label() {
        return label;
    }

    /** The template's header row, in order. */
    public List<String> headers() {
        return headers;
    }

    /** A header without its required mark. */
    public static String plain(String header) {
        return header.endsWith("*") ? header.substring(0, header.length() - 1) : header;
    }
}
