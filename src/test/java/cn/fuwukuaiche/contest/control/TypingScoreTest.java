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

    /**
     * Two passages, the second of digits and letters. Row 1 by hand: 政务服务中心/政务服务 d=2, correct 4;
     * A12B34/A12B43 d=2 (two substitutions), correct 5 (A12B + 3 or 4); totals |P|=12, d=4, correct 9 →
     * accuracy 1 − 4/12 = 0.6667, speed 9 × 60 / 90 = 6.0. Row 2: 为人名服务 d=1, correct 4; the full-width
     * Ｎｏ．２０２６ equals No.2026 after NFKC: d=0, correct 7 → 1 − 1/12 = 0.9167, 11 字/分. Row 3: letters are
     * case-sensitive (ab12 for Ab12: d=1, correct 3): |P|=10, correct 9 → 1 − 1/10 = 0.9000, 9 × 60 / 120 = 4.5.
     */
    @ParameterizedTest(name = "{0}+{2} / {1}+{3} in {4}s → d={5}, correct={6}, {7}, {8} 字/分")
    @CsvSource(delimiter = '|', textBlock = """
            政务服务中心 | 政务服务   | A12B34  | A12B43        | 90  | 4 | 9  | 0.6667 | 6.0
            为人民服务   | 为人名服务 | No.2026 | Ｎｏ．２０２６ | 60  | 1 | 11 | 0.9167 | 11.0
            一窗受理办结 | 一窗受理办结 | Ab12  | ab12          | 120 | 1 | 9  | 0.9000 | 4.5
            """)
    void two_passages_count_together(String p1, String t1, String p2, String t2, long seconds, int distance, int correct,
                                     String accuracy, String speed) {
        TypingScore.Result r = TypingScore.compute(java.util.List.of(p1, p2), java.util.List.of(t1, t2), seconds);
        assertEquals(distance, r.distance());
        assertEquals(correct, r.correctChars());
        assertEquals(accuracy, r.accuracy().toPlainString());
        assertEquals(speed, r.speed().toPlainString());
    }
}
