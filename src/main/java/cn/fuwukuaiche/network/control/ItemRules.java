package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.NodeLevel;

import java.util.Set;
import java.util.regex.Pattern;

/** What a guide item must satisfy before it is saved or imported. Plain Java. */
public final class ItemRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    /** Longer than any statutory limit in the catalogue; larger numbers are typos. */
    static final int MAX_DAYS = 365;

    private ItemRules() {
    }

    public static void validate(String code, String name, ItemCategory category, int legalDays, int promisedDays,
                                String fee, Set<NodeLevel> acceptLevels, Set<NodeLevel> handleLevels) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new BusinessException("code", "事项编码须为 1–32 位字母、数字、下划线或短横线");
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "请输入事项名称");
        }
        if (name.strip().length() > 200) {
            throw new BusinessException("name", "事项名称最多 200 字");
        }
        if (category == null) {
            throw new BusinessException("category", "请选择事项类别");
        }
        if (legalDays < 0 || legalDays > MAX_DAYS) {
            throw new BusinessException("legalDays", "法定时限须在 0–" + MAX_DAYS + " 个工作日之间");
        }
        if (promisedDays < 0 || promisedDays > MAX_DAYS) {
            throw new BusinessException("promisedDays", "承诺时限须在 0–" + MAX_DAYS + " 个工作日之间");
        }
        if (promisedDays > legalDays) {
            throw new BusinessException("promisedDays", "承诺时限不能长于法定时限");
        }
        if (fee == null || fee.isBlank()) {
            throw new BusinessException("fee", "请填写收费标准（不收费请填“不收费”）");
        }
        if (fee.strip().length() > 100) {
            throw new BusinessException("fee", "收费标准最多 100 字");
        }
        if (acceptLevels == null || acceptLevels.isEmpty()) {
            throw new BusinessException("acceptLevels", "至少选择一个受理层级");
        }
        if (handleLevels == null || handleLevels.isEmpty()) {
            throw new BusinessException("handleLevels", "至少选择一个办理层级");
        }
        // Cases only move up: from every level that accepts, some level at or above it must handle.
        for (NodeLevel accept : acceptLevels) {
            if (highestAtOrAbove(accept, handleLevels) == null) {
                throw new BusinessException("handleLevels", accept.label() + "受理的办件无处办理：办理层级须包含" + accept.label() + "或更高层级");
            }
        }
    }

    private static NodeLevel highestAtOrAbove(NodeLevel from, Set<NodeLevel> handle) {
        for (NodeLevel l = from; l != null; l = l.above().orElse(null)) {
            if (handle.contains(l)) {
                return l;
            }
        }
        return null;
    }
}
