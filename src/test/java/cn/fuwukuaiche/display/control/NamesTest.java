package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.display.entity.NameDisplay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "张伟, 张同志",
            "王建国, 王同志",
            "欧阳明, 欧阳同志",
            "司马相如, 司马同志",
            "欧阳, 欧同志",           // two characters: 欧 is the surname
            "' 李娜 ', 李同志",
            "户籍业务窗口, 户籍业务窗口", // not a person's name: kept
            "A05, A05",
            "Zhang Wei, Zhang Wei",
    })
    void surname_plus_tongzhi(String full, String shown) {
        assertEquals(shown, Names.show(full, NameDisplay.SURNAME));
    }

    @ParameterizedTest
    @CsvSource({"张伟, 张伟", "欧阳明, 欧阳明", "' 李娜 ', 李娜"})
    void full_names_stay_full(String full, String shown) {
        assertEquals(shown, Names.show(full, NameDisplay.FULL));
    }

    @org.junit.jupiter.api.Test
    void null_stays_null() {
        assertEquals(null, Names.show(null, NameDisplay.SURNAME));
    }
}
