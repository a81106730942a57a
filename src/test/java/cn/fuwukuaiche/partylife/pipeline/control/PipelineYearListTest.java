package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService.YearEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who the pipeline's year list shows (the records behind 发展预备党员 / 预备党员转正 of the yearly report): with an
 * event, only the people that event counts in the year, so the list's length is the figure.
 */
class PipelineYearListTest {

    @ParameterizedTest(name = "admitted {0}, confirmed {1}, {2} list {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2026-03-01 | -          | 2026 | PROBATIONARY | true
            2026-03-01 | -          | 2026 | FULL         | false
            2026-03-01 | -          | 2026 | -            | true
            2025-03-01 | 2026-03-02 | 2026 | PROBATIONARY | false
            2025-03-01 | 2026-03-02 | 2026 | FULL         | true
            2025-03-01 | 2026-03-02 | 2026 | -            | true
            2025-03-01 | 2026-03-02 | 2025 | FULL         | false
            2025-12-31 | -          | 2026 | PROBATIONARY | false
            2026-12-31 | -          | 2026 | PROBATIONARY | true
            -          | -          | 2026 | -            | false
            """)
    void aPersonIsListedForTheEventOfTheYear(LocalDate approved, LocalDate full, int year, YearEvent event, boolean listed) {
        assertEquals(listed, PipelineFileService.inYear(approved, full, year, event));
    }
}
