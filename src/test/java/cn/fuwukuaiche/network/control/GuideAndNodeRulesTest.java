package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.network.entity.ItemCategory;
import cn.fuwukuaiche.network.entity.NodeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What an admin is told when a node or a guide item does not make sense. */
class GuideAndNodeRulesTest {

    private static Set<NodeLevel> levels(String codes) {
        Set<NodeLevel> s = EnumSet.noneOf(NodeLevel.class);
        Arrays.stream(codes.split("")).filter(c -> !c.isBlank()).forEach(c -> s.add(switch (c) {
            case "C" -> NodeLevel.COUNTY;
            case "T" -> NodeLevel.TOWNSHIP;
            default -> NodeLevel.VILLAGE;
        }));
        return s;
    }

    @ParameterizedTest(name = "legal {0}, promised {1}, accepted {2}, handled {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "20, 7,  VTC, TC, -,            -",
            "20, 0,  V,   V,  -,            -",
            "5,  7,  V,   V,  promisedDays, 承诺时限不能长于法定时限",
            "20, -1, V,   V,  promisedDays, 承诺时限须在 0–365 个工作日之间",
            "20, 7,  ' ', T,  acceptLevels, 至少选择一个受理层级",
            "20, 7,  VT,  ' ', handleLevels, 至少选择一个办理层级",
            "20, 7,  C,   V,  handleLevels, 县级受理的办件无处办理：办理层级须包含县级或更高层级",
            "20, 7,  VT,  V,  handleLevels, 乡镇级受理的办件无处办理：办理层级须包含乡镇级或更高层级",
    })
    void guide_items(int legal, int promised, String accept, String handle, String field, String message) {
        Runnable check = () -> ItemRules.validate("GG-001", "社会保障卡申领", ItemCategory.PUBLIC_SERVICE, legal, promised, "不收费",
                levels(accept), levels(handle));
        if (field == null) {
            check.run();
            return;
        }
        BusinessException e = assertThrows(BusinessException.class, check::run);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0} under {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "COUNTY,   -,        -,        -",
            "TOWNSHIP, COUNTY,   -,        -",
            "VILLAGE,  TOWNSHIP, -,        -",
            "VILLAGE,  COUNTY,   parentId, 村级网点的上级须是乡镇级网点",
            "TOWNSHIP, -,        parentId, 乡镇级网点的上级须是县级网点",
            "COUNTY,   COUNTY,   parentId, 县级网点没有上级",
    })
    void node_levels_form_a_tree(NodeLevel level, NodeLevel parent, String field, String message) {
        Runnable check = () -> NodeRules.validate("T01", "青石镇便民服务站", level, parent, "0734-8231100");
        if (field == null) {
            check.run();
            return;
        }
        BusinessException e = assertThrows(BusinessException.class, check::run);
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void codes_and_phones_are_checked() {
        assertEquals("code", assertThrows(BusinessException.class,
                () -> NodeRules.validate("青石", "青石镇", NodeLevel.TOWNSHIP, NodeLevel.COUNTY, null)).field());
        assertEquals("phone", assertThrows(BusinessException.class,
                () -> NodeRules.validate("T01", "青石镇", NodeLevel.TOWNSHIP, NodeLevel.COUNTY, "电话123")).field());
    }

    @ParameterizedTest
    @CsvSource({"县, COUNTY", "县级, COUNTY", "乡镇, TOWNSHIP", "镇, TOWNSHIP", "乡镇级, TOWNSHIP", "村, VILLAGE", "社区, VILLAGE",
            "VILLAGE, VILLAGE", "民生服务室, VILLAGE"})
    void levels_read_as_people_type_them(String text, NodeLevel expected) {
        assertEquals(expected, NodeLevel.parse(text).orElseThrow());
    }
}
