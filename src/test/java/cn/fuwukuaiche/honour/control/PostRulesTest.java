package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PledgeStatus;
import cn.fuwukuaiche.honour.entity.PostKind;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PostRulesTest {

    @ParameterizedTest(name = "{0} {1} {2} active={3} → {4}")
    @CsvSource({
            "PARTY_MODEL, MALE, PARTY_MEMBER, true, true",
            "PARTY_MODEL, FEMALE, PROBATIONARY_MEMBER, true, true",
            "PARTY_MODEL, FEMALE, ACTIVIST, true, false",
            "PARTY_MODEL, MALE, LEAGUE_MEMBER, true, false",
            "PARTY_MODEL, MALE, MASSES, true, false",
            "PARTY_MODEL, MALE, PARTY_MEMBER, false, false",
            "WOMEN_MERIT, FEMALE, MASSES, true, true",
            "WOMEN_MERIT, FEMALE, PARTY_MEMBER, true, true",
            "WOMEN_MERIT, MALE, PARTY_MEMBER, true, false",
            "WOMEN_MERIT, FEMALE, MASSES, false, false"})
    void whoMayHoldWhichPost(PostKind kind, Gender gender, PoliticalStatus status, boolean active, boolean may) {
        String why = PostRules.whyNot(kind, "张三", gender, status, active);
        assertEquals(may, why == null, why);
    }

    @ParameterizedTest(name = "{0} … {1} → ok={2}")
    @CsvSource(nullValues = "null", value = {
            "2026-01-01, 2026-12-31, true",
            "2026-01-01, null, true",
            "2026-01-01, 2026-01-01, true",
            "2026-03-01, 2026-02-28, false",
            "null, 2026-02-28, false"})
    void period(LocalDate from, LocalDate until, boolean ok) {
        if (ok) {
            assertNull(PostRules.periodProblem(from, until));
        } else {
            assertEquals(false, PostRules.periodProblem(from, until) == null);
        }
    }

    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "2026-12-06, 2026-12-31, true",
            "2025-12-06, null, true",
            "2027-12-06, 2028-12-31, true",
            "1900-01-01, 1900-12-31, false",
            "2025-12-05, 2026-12-31, false",
            "2027-12-07, 2028-12-31, false",
            "2026-12-06, 2036-12-06, true",
            "2026-12-06, 2036-12-07, false"})
    void period_is_plausible_around_today(LocalDate from, LocalDate until, boolean ok) {
        assertEquals(ok, PostRules.periodProblem(from, until, LocalDate.of(2026, 12, 6)) == null,
                String.valueOf(PostRules.periodProblem(from, until, LocalDate.of(2026, 12, 6))));
    }

    @ParameterizedTest(name = "{0}, pledge {1} → {2}")
    @CsvSource({
            "AWARDED,   NONE,     WRITE_PLEDGE NOTICE_OR_END",
            "AWARDED,   PENDING,  WRITE_PLEDGE REVIEW_PLEDGE NOTICE_OR_END",
            "AWARDED,   APPROVED, WRITE_PLEDGE NOTICE_OR_END",
            "ENDED,     PENDING,  REVIEW_PLEDGE",
            "REVOKED,   RETURNED, ''",
            "WITHDRAWN, NONE,     ''",
    })
    void what_a_designation_allows_now(AwardStatus status, PledgeStatus pledge, String expected) {
        assertEquals(expected == null ? "" : expected, PostRules.possibleSteps(status, pledge).stream().map(Enum::name)
                .collect(java.util.stream.Collectors.joining(" ")));
    }
}
