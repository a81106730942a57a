package cn.fuwukuaiche.base.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PeriodCheckTest {

    /** what | period label | last day | today | step | refusal (empty: allowed) */
    @ParameterizedTest(name = "{0}: {1} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            七一 year not over     | 2027年度       | 2027-06-30 | 2026-12-06 | 批准表彰名单 | 2027年度尚未结束（2027年6月30日结束），不能批准表彰名单
            七一 year, last day    | 2026年度       | 2026-06-30 | 2026-06-30 | 打印表彰名单 | 2026年度尚未结束（2026年6月30日结束），不能打印表彰名单
            七一 year over         | 2026年度       | 2026-06-30 | 2026-07-01 | 批准表彰名单 |
            star month running     | 2026年12月     | 2026-12-31 | 2026-12-06 | 评定        | 2026年12月尚未结束（2026年12月31日结束），不能评定
            star month over        | 2026年11月     | 2026-11-30 | 2026-12-06 | 评定        |
            star quarter running   | 2026年第四季度 | 2026-12-31 | 2026-12-06 | 评定        | 2026年第四季度尚未结束（2026年12月31日结束），不能评定
            star quarter over      | 2026年第三季度 | 2026-09-30 | 2026-12-06 | 评定        |
            flag month running     | 2026年12月     | 2026-12-31 | 2026-12-31 | 授予流动红旗 | 2026年12月尚未结束（2026年12月31日结束），不能授予流动红旗
            flag month over        | 2026年11月     | 2026-11-30 | 2026-12-01 | 授予流动红旗 |
            """)
    void a_period_is_decided_only_once_it_is_over(String what, String label, LocalDate lastDay, LocalDate today, String step,
                                                  String refusal) {
        assertEquals(refusal == null ? "" : refusal, PeriodCheck.refusal(label, lastDay, today, step).orElse(""));
    }

    /** closes at | now | ended */
    @ParameterizedTest(name = "contest closing {0}, now {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-12-13T18:00 | 2026-12-06T10:00 | false
            2026-12-13T18:00 | 2026-12-13T17:59 | false
            2026-12-13T18:00 | 2026-12-13T18:00 | true
            2026-12-13T18:00 | 2026-12-14T08:00 | true
            """)
    void a_contest_has_ended_at_its_closing_time(LocalDateTime closesAt, LocalDateTime now, boolean ended) {
        assertEquals(ended, PeriodCheck.ended(closesAt, now));
    }
}
