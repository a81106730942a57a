package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Score lines point at their records; a malformed reference is simply not a link. */
class AssessmentSourcesTest {

    @Test
    void a_sheet_figure_and_a_month_of_ratings_round_trip() {
        AssessmentSources.Source s = AssessmentSources.parse(AssessmentSources.sheet(42, "LATE")).orElseThrow();
        assertEquals(AssessmentSources.Type.SHEET, s.type());
        assertEquals(42L, s.assessmentId());
        assertEquals("LATE", s.code());

        AssessmentSources.Source r = AssessmentSources.parse(AssessmentSources.ratings(AssessmentSubject.STAFF, 7, 202610))
                .orElseThrow();
        assertEquals(AssessmentSources.Type.RATINGS, r.type());
        assertEquals(AssessmentSubject.STAFF, r.subject());
        assertEquals(7L, r.subjectId());
        assertEquals(202610, r.periodYm());
    }

    @ParameterizedTest
    @NullSource
    @CsvSource({"投诉件 TS2026-0031", "sheet:x:LATE", "ratings:ROOM:1:202610", "ratings:WINDOW:1", "sheet:1"})
    void anything_else_has_no_link(String source) {
        assertTrue(AssessmentSources.parse(source).isEmpty());
    }
}
