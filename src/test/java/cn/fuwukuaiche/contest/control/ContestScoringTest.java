package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.contest.entity.Attempt;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A contest's ranking and a typing attempt's score, as the results page and the certificate show them.
 *
 * <p>Places are written {@code 2=1 1=2:用时（短者优先）}: staff (or window) id, place, and the criterion that put it
 * below the one above; {@code *} = 并列; {@code 未参加} = listed apart with no place.
 */
class ContestScoringTest {

    static final LocalDateTime START = LocalDateTime.of(2026, 6, 1, 10, 0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | kind | participants: knowledge id:score:seconds, typing id:speed:accuracy, judged id:total, id:- = did not take part | places
            "knowledge: the higher score is first                 | KNOWLEDGE | 1:80.00:100 ; 2:90.00:300             | 2=1 1=2:成绩",
            "knowledge: equal scores, the quicker is ahead        | KNOWLEDGE | 1:90.00:300 ; 2:90.00:240             | 2=1 1=2:用时（短者优先）",
            "knowledge: equal score and time share the place      | KNOWLEDGE | 3:70.00:100 ; 2:90.00:240 ; 1:90.00:240 | 1=1* 2=1* 3=3:成绩",
            "a zero who took part is placed; who did not, is not  | KNOWLEDGE | 3:- ; 1:0.00:600 ; 2:50.00:600        | 2=1 1=2:成绩 3=未参加",
            "nobody took part: nobody is placed                   | KNOWLEDGE | 1:- ; 2:-                             | 1=未参加 2=未参加",
            "typing: the faster is first                          | TYPING    | 1:52.0:0.8000 ; 2:40.5:0.9900         | 1=1 2=2:速度",
            "typing: equal speed, the more accurate is ahead      | TYPING    | 1:40.0:0.9000 ; 2:40.0:0.9500         | 2=1 1=2:正确率",
            "judged: the higher total is first                    | OTHER     | 1:160.00 ; 2:170.00                   | 2=1 1=2:总分",
            "judged: equal totals share the place                 | OTHER     | 2:170.00 ; 1:170.00 ; 3:-             | 1=1* 2=1* 3=未参加",
    })
    void a_contest_is_ranked(String caseName, ContestKind kind, String participants, String places) {
        List<ContestScoring.Line> lines = new ArrayList<>();
        for (String p : participants.split(";")) {
            String[] f = p.trim().split(":");
            long staff = Long.parseLong(f[0]);
            if (f[1].equals("-")) {
                lines.add(kind == ContestKind.OTHER ? new ContestScoring.Line(staff, BigDecimal.ZERO, BigDecimal.ZERO,
                        ContestScoring.NOT_TAKEN, false) : ContestScoring.Line.absent(staff, kind == ContestKind.TYPING ? 1 : 2));
            } else {
                BigDecimal second = switch (kind) {
                    case KNOWLEDGE -> BigDecimal.valueOf(-Long.parseLong(f[2])); // the shorter time is the higher value
                    case TYPING -> new BigDecimal(f[2]);
                    case OTHER -> BigDecimal.ZERO;
                };
                lines.add(new ContestScoring.Line(staff, new BigDecimal(f[1]), second, "detail"));
            }
        }
        Contest contest = new Contest("业务知识大练兵", kind, "2026Q2", START, START.plusDays(1));

        List<Ranked<ContestScoring.Line>> ranked = ContestScoring.rank(lines, contest);

        assertEquals(places, ranked.stream().map(r -> place(r.item().staffId(), r)).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // case | teams window:score | places
            "the window with the higher team score is first | 5:85.00 ; 7:90.00          | 7=1 5=2:团队成绩",
            "equal team scores share the place              | 9:60.00 ; 7:85.00 ; 5:85.00 | 5=1* 7=1* 9=3:团队成绩",
    })
    void the_teams_are_ranked(String caseName, String teams, String places) {
        List<ContestScoring.TeamLine> lines = new ArrayList<>();
        for (String t : teams.split(";")) {
            String[] f = t.trim().split(":");
            lines.add(new ContestScoring.TeamLine(Long.parseLong(f[0]), new BigDecimal(f[1]), "detail"));
        }
        assertEquals(places, ContestScoring.rankTeams(lines).stream().map(r -> place(r.item().windowId(), r))
                .collect(Collectors.joining(" ")));
    }

    static final String P1 = "政务服务中心一窗受理集成服务"; // 14 characters
    static final String P2 = "QS-2026-0815 No.36";       // 17 characters (spaces are not typed)

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case | two passages | typed | typed 2 | handed in (s after start; limit 600) | auto | typed chars | distance | accuracy | speed (字/分)
            "all right after 2 minutes: 14 × 60 / 120        | false | 政务服务中心一窗受理集成服务 | -                  | 120 | false | 14 | 0  | 1.0000 | 7.0",
            "one wrong character: 13 right, 1 − 1/14         | false | 政务服务中心一窗受理集成服物 | -                  | 120 | false | 14 | 1  | 0.9286 | 6.5",
            "half typed when time ran out: 8 right in 600 s  | false | 政务服务中心一窗             | -                  | 600 | true  | 8  | 6  | 0.5714 | 0.8",
            "swept after the deadline: timed to the deadline | false | 政务服务中心一窗受理集成服务 | -                  | 700 | true  | 14 | 0  | 1.0000 | 1.4",
            "nothing typed: zero, not an error               | false | -                            | -                  | 600 | true  | 0  | 14 | 0.0000 | 0.0",
            "handed in at once: counted as one second        | false | 政务                         | -                  | 0   | false | 2  | 12 | 0.1429 | 120.0",
            "two passages, one slip in each: 1 − 2/31        | true  | 政务服务中心一窗受理集成服物 | QS-2026-0816 No.36 | 120 | false | 31 | 2  | 0.9355 | 14.5",
            "the second passage not typed: 1 − 17/31         | true  | 政务服务中心一窗受理集成服务 | -                  | 120 | false | 14 | 17 | 0.4516 | 7.0",
    })
    void a_typing_attempt_is_scored_from_the_saved_text(String caseName, boolean two, String typed, String typed2, int after,
                                                         boolean auto, int chars, int distance, String accuracy, String speed) {
        Contest contest = new Contest("打字比赛", ContestKind.TYPING, "2026Q2", START, START.plusDays(1));
        contest.setPassage(P1);
        contest.setPassage2(two ? P2 : null);
        Attempt a = new Attempt(1L, 7L, START, START.plusSeconds(600));
        a.setTypedText(typed);
        a.setTypedText2(typed2);

        ContestScoring.finishTyping(contest, a, START.plusSeconds(after), auto);

        assertEquals(chars, a.getCharsTyped());
        assertEquals(distance, a.getEditDistance());
        assertEquals(new BigDecimal(accuracy), a.getAccuracy());
        assertEquals(new BigDecimal(speed), a.getSpeed());
        assertEquals(START.plusSeconds(after), a.getSubmittedAt(), "the hand-in is recorded when it happened");
        assertEquals(auto, a.isAutoSubmitted());
        assertEquals(typed == null ? "" : typed, a.getTypedText());
        if (two) {
            assertEquals(typed2 == null ? "" : typed2, a.getTypedText2());
        } else {
            assertNull(a.getTypedText2());
        }
    }

    private static String place(long id, Ranked<?> r) {
        if (!r.placed()) {
            return id + "=" + ContestScoring.NOT_TAKEN;
        }
        return id + "=" + r.rank() + (r.tied() ? "*" : "") + (r.decidedBy() == null ? "" : ":" + r.decidedBy());
    }
}
