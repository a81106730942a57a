package cn.fuwukuaiche.org.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One data row of an uploaded sheet: its Excel row number, its cells by plain header, and what is wrong with it. */
public record ImportRow(int rowNo, Map<String, String> values, List<String> problems) {

    public ImportRow(int rowNo, Map<String, String> values) {
        this(rowNo, values, new ArrayList<>());
    }

    public String get(String header) {
        String v = values.get(header);
        return v == null || v.isBlank() ? null : v.strip();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** "第 5 行：性别须为“男”或“女”；单位“县档案馆”不存在" */
    public String describe() {
        return "第 " + rowNo + " 行：" + String.join("；", problems);
    }
}
