package cn.fuwukuaiche.contest.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Speed and accuracy computed by hand for each row (see docs/contest.md). */
class TypingScoreTest {

    @ParameterizedTest(name = "{0} / {1} in {2}s → d={3}, correct={4}, {5}, {6} 字/分")
    @CsvSource(delimiter = '|', textBlock = """
            为人民服务     | 为人民服务     | 60  | 0 | 5 | 1.0000 | 5.0
            为人民服务     | 为人名服务     | 60  | 1 | 4 | 0.8000 | 4.0
            政务服务中心   | 政务服务       | 30  | 2 | 4 | 0.6667 | 8.0
            政务服务中心   | 政务 服务 中心 | 120 | 0 | 6 | 1.0000 | 3.0
            ABC123        | ABC1234       | 6   | 1 | 6 | 0.8333 | 60.0
            一窗受理       | 一二窗受理理   | 60  | 2 | 4 | 0.5000 | 4.0
            办事           | 完全不同的字   | 60  | 6 | 0 | 0.0000 | 0.0
            """)
    void speed_and_accuracy_match_a_hand_computation(String passage, String typed, long seconds, int distance,
                                                   int correct, String accuracy, String speed) {
        TypingScore.Result r = TypingScore.compute(passage, typed, seconds);
        assertEquals(distance, r.distance());
        assertEquals(correct, r.correctChars());
        assertEquals(accuracy, r.accuracy().toPlainString());
        assertEquals(speed, r.speed().toPlainString());
    }
}
