package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.partylife.report.entity.ItemSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the first year's template from its text (resource {@code template.txt}, taken from seed part 5):
 * "= 一、…" a section, "- 1、…" a group, then items as {@code code|label|unit|source[|formula]}; "#" starts a comment.
 * Refuses a duplicate code, an unknown unit or source, and a formula naming an unknown code.
 */
public final class TemplateText {

    /** The units of the paper form. */
    public static final Set<String> UNITS = Set.of("次", "人", "人次", "篇", "个", "项", "元", "%", "天", "场(次)", "期", "件",
            "条", "公里", "名", "部", "场", "首", "封");

    private TemplateText() {
    }

    public static List<ItemDef> standard() {
        try (InputStream in = TemplateText.class.getResourceAsStream("/cn/fuwukuaiche/partylife/report/template.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<ItemDef> parse(String text) {
        List<ItemDef> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        String section = null;
        String group = null;
        int no = 0;
        for (String raw : text.split("\n")) {
            no++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("= ")) {
                section = line.substring(2).strip();
                group = null;
            } else if (line.startsWith("- ")) {
                group = line.substring(2).strip();
            } else {
                String[] f = line.split("\\|", -1);
                if (f.length < 4 || section == null || group == null) {
                    throw new IllegalArgumentException("line " + no + ": " + line);
                }
                if (!codes.add(f[0]) || !UNITS.contains(f[2])) {
                    throw new IllegalArgumentException("line " + no + ": duplicate code or unknown unit: " + line);
                }
                ItemSource source = ItemSource.valueOf(f[3]);
                String formula = f.length > 4 && !f[4].isBlank() ? f[4] : null;
                if ((source == ItemSource.COMPUTED) != (formula != null)) {
                    throw new IllegalArgumentException("line " + no + ": a computed item needs a formula, no other: " + line);
                }
                items.add(new ItemDef(section, group, f[0], f[1], f[2], source, formula));
            }
        }
        for (ItemDef i : items) {
            if (i.formula() != null) {
                for (String part : Formula.parse(i.formula()).parts()) {
                    if (!codes.contains(part)) {
                        throw new IllegalArgumentException("formula of " + i.code() + " names " + part);
                    }
                }
            }
        }
        return items;
    }
}
