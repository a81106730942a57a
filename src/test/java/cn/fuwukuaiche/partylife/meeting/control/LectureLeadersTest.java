package cn.fuwukuaiche.partylife.meeting.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LectureLeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "王建国, true",
            "王建国（总支书记）, true",
            " 李秀英 , true",
            "县委党校 刘老师, false",
            "'', false",
            "-, false",
    })
    void a_lecture_counts_when_it_names_a_leader(String lecturer, boolean leader) {
        assertEquals(leader, LectureLeaders.byLeader(lecturer, Set.of("王建国", "李秀英")));
    }
}
