package cn.fuwukuaiche.base.hall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HallCodesTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(nullValues = "null", value = {
            "/h/qingshan/guide, qingshan, /guide",
            "/h/qingshan/pad/demo-pad-A01, qingshan, /pad/demo-pad-A01",
            "/h/qingshan/, qingshan, /",
            "/h/qingshan, qingshan, /",
            "/h/hall7/api/display/k, hall7, /api/display/k",
            "/h//guide, '', /guide",
            "/guide, null, null",
            "/, null, null",
            "/hall/guide, null, null",
            "/api/h/x, null, null",
            "null, null, null"})
    void parses_the_hall_and_the_page(String path, String code, String rest) {
        Optional<HallCodes.HallPath> p = HallCodes.parse(path);
        assertEquals(code == null ? Optional.empty() : Optional.of(new HallCodes.HallPath(code, rest)), p);
    }

    @ParameterizedTest(name = "{0} valid: {1}")
    @CsvSource(nullValues = "null", value = {
            "qingshan, true", "hall7, true", "xi-an, true", "ab, true",
            "a, false", "'', false", "null, false", "7hall, false", "QingShan, false", "青山, false", "qing_shan, false",
            "abcdefghijklmnopqrstuvwxyz012345, true", "abcdefghijklmnopqrstuvwxyz0123456, false", "../admin, false"})
    void a_code_is_lowercase_letters_digits_and_dashes(String code, boolean valid) {
        assertEquals(valid, HallCodes.valid(code));
    }
}
