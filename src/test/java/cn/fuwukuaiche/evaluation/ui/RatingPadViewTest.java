package cn.fuwukuaiche.evaluation.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RatingPadViewTest {

    @ParameterizedTest
    @CsvSource(value = {"张伟, 张伟", "欧阳晓燕, 晓燕", "李秀英, 秀英", "NULL, ?"}, nullValues = "NULL")
    void a_person_without_a_photo_is_shown_by_the_given_name(String name, String shown) {
        assertEquals(shown, RatingPadView.initials(name));
    }
}
