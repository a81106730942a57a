package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.network.entity.NodeLevel;

import java.util.regex.Pattern;

/** What a service node must look like; the messages name the field they belong beside. Plain Java. */
public final class NodeRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{6,19}");

    private NodeRules() {
    }

    /**
     * @param parentLevel the level of the chosen parent, or null if none was chosen
     */
    public static void validate(String code, String name, NodeLevel level, NodeLevel parentLevel, String phone) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new BusinessException("code", "编码须为 1–32 位字母、数字、下划线或短横线");
        }
        if (name == null || name.isBlank()) {
            throw new BusinessException("name", "请输入网点名称");
        }
        if (name.strip().length() > 100) {
            throw new BusinessException("name", "网点名称最多 100 字");
        }
        if (level == null) {
            throw new BusinessException("level", "请选择层级");
        }
        if (level == NodeLevel.COUNTY && parentLevel != null) {
            throw new BusinessException("parentId", "县级网点没有上级");
        }
        if (level != NodeLevel.COUNTY) {
            NodeLevel expected = level == NodeLevel.VILLAGE ? NodeLevel.TOWNSHIP : NodeLevel.COUNTY;
            if (parentLevel != expected) {
                throw new BusinessException("parentId", level.label() + "网点的上级须是" + expected.label() + "网点");
            }
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            throw new BusinessException("phone", "联系电话只能包含数字和短横线，7–20 位");
        }
    }
}
