package cn.fuwukuaiche.org.control;

import java.util.List;

/** The parsed and checked sheet, shown before anything is written. It imports all rows or none. */
public record ImportPreview(ImportKind kind, List<ImportRow> rows, List<String> fileProblems) {

    public List<ImportRow> badRows() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    public boolean importable() {
        return fileProblems.isEmpty() && !rows.isEmpty() && badRows().isEmpty();
    }

    /** A one-line summary in Chinese. */
    public String summary() {
        if (!fileProblems.isEmpty()) {
            return String.join("；", fileProblems);
        }
        long bad = badRows().size();
        return bad == 0 ? "共 " + rows.size() + " 行，全部可以导入"
                : "共 " + rows.size() + " 行，其中 " + bad + " 行有误：请改正后重新上传，有误时一行也不会导入";
    }
}
