package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.honour.entity.ObjectorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObjectionRulesTest {

    static final String WHAT = "该窗口本月曾两次无故离岗，群众等候超过一小时";

    @ParameterizedTest(name = "{0} name={1} contact={2} phone={3} → field {5}")
    @CsvSource(nullValues = "null", value = {
            "null, 张三, null, 13800138000, " + WHAT + ", kind",
            "PERSON, null, null, 13800138000, " + WHAT + ", name",
            "PERSON, '  ', null, 13800138000, " + WHAT + ", name",
            "PERSON, 匿名, null, 13800138000, " + WHAT + ", name",
            "PERSON, 匿名群众, null, 13800138000, " + WHAT + ", name",
            "PERSON, 热心群众, null, 13800138000, " + WHAT + ", name",
            "PERSON, 张, null, 13800138000, " + WHAT + ", name",
            "PERSON, 张三, null, null, " + WHAT + ", phone",
            "PERSON, 张三, null, 12345, " + WHAT + ", phone",
            "PERSON, 张三, null, 23800138000, " + WHAT + ", phone",
            "PERSON, 张三, null, 13800138000, null, content",
            "PERSON, 张三, null, 13800138000, 不同意, content",
            "UNIT, 某单位, 李四, 0571-88888888, " + WHAT + ", name",
            "UNIT, 县供电公司, null, 0571-88888888, " + WHAT + ", contact",
            "UNIT, 县供电公司, '', 0571-88888888, " + WHAT + ", contact"})
    void refused(ObjectorKind kind, String name, String contact, String phone, String content, String field) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> ObjectionRules.check(kind, name, contact, phone, content));
        assertEquals(field, e.field(), e.getMessage());
    }

    @Test
    void theOneInputNormaliser_refusesLineBreaksInTheNameAndStoresAPlus86PhoneAs11Digits() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> ObjectionRules.check(ObjectorKind.PERSON, "张\n三", null, "13800138000", WHAT));
        assertEquals("name", e.field());
        assertEquals("姓名不能包含换行、制表符或其他控制字符", e.getMessage());
        assertEquals("phone", assertThrows(BusinessException.class,
                () -> ObjectionRules.check(ObjectorKind.PERSON, "张三", null, "138\t00138000", WHAT)).field());
        assertEquals("content", assertThrows(BusinessException.class,
                () -> ObjectionRules.check(ObjectorKind.PERSON, "张三", null, "13800138000", WHAT + "\u0000")).field());
        assertEquals("13800138000", ObjectionRules.check(ObjectorKind.PERSON, "张三", null, "+86 138-0013-8000", WHAT).phone());
        assertEquals("0571-88888888", ObjectionRules.check(ObjectorKind.UNIT, "县供电公司", "李四", "0571-88888888", WHAT).phone());
        assertEquals(WHAT + "\n第二段", ObjectionRules.check(ObjectorKind.PERSON, "张三", null, "13800138000", WHAT + "\r\n第二段").content(),
                "the content may hold line breaks");
    }

    @Test
    void aPersonWithNameAndPhone() {
        ObjectionRules.Objection o = ObjectionRules.check(ObjectorKind.PERSON, " 张三 ", "ignored", "138 0013 8000", WHAT);
        assertEquals("张三", o.name());
        assertNull(o.contact());
        assertEquals("13800138000", o.phone());
    }

    @Test
    void aUnitWithNameContactAndLandline() {
        ObjectionRules.Objection o = ObjectionRules.check(ObjectorKind.UNIT, "县供电公司", "李四", "0571-88888888", WHAT);
        assertEquals("李四", o.contact());
    }

    @ParameterizedTest(name = "{0}: may be upheld or dismissed {1}")
    @CsvSource({"PENDING, true", "UPHELD, false", "DISMISSED, false"})
    void only_a_waiting_objection_is_decided(cn.fuwukuaiche.honour.entity.ObjectionStatus status, boolean decidable) {
        assertEquals(decidable, ObjectionRules.decidable(status));
    }
}
