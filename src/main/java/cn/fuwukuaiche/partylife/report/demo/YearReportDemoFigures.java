package cn.fuwukuaiche.partylife.report.demo;

import java.util.Map;

/**
 * The typed figures of the demo county's yearly reports, by part ("中心党支部", "第一联合党支部" … and "总支" for the
 * general branch's own part). Shared with {@code YearReportDemoTest}, which rolls them up against totals computed by
 * hand (docs/yearly-report.md).
 */
public final class YearReportDemoFigures {

    public static final String GENERAL = "总支";

    /** Last year: every part submitted, the report confirmed. */
    public static final Map<String, Map<String, String>> LAST_YEAR = Map.of(
            "中心党支部", Map.of("study_sessions", "12", "study_leaders_due", "24", "study_leaders_present", "22",
                    "visits_received", "30", "visits_resolved", "29", "letters_received", "6", "letters_resolved", "5",
                    "integrity_films", "2", "ledger_entries", "48", "funds", "5000"),
            "第一联合党支部", Map.of("study_sessions", "10", "study_leaders_due", "20", "study_leaders_present", "19",
                    "visits_received", "12", "visits_resolved", "12", "letters_received", "2", "letters_resolved", "2",
                    "integrity_films", "1", "ledger_entries", "36", "funds", "1200.50"),
            "第二联合党支部", Map.of("study_sessions", "8", "study_leaders_due", "16", "study_leaders_present", "15",
                    "visits_received", "8", "visits_resolved", "7", "integrity_films", "1", "ledger_entries", "36", "funds", "800"),
            "第三联合党支部", Map.of("study_sessions", "9", "study_leaders_due", "18", "study_leaders_present", "16",
                    "visits_received", "10", "visits_resolved", "9", "integrity_films", "1", "ledger_entries", "36", "funds", "1000"),
            GENERAL, Map.of("study_sessions", "6", "study_leaders_due", "12", "study_leaders_present", "12",
                    "letters_received", "4", "letters_resolved", "4", "integrity_films", "3", "ledger_entries", "24",
                    "budget", "30000", "budget_spent", "27650.80"));

    /** This year: 中心党支部, 第三联合党支部 and the general branch submitted, 第二 a draft, 第一 not begun. */
    public static final Map<String, Map<String, String>> THIS_YEAR = Map.of(
            "中心党支部", Map.of("study_sessions", "7", "study_leaders_due", "14", "study_leaders_present", "13",
                    "visits_received", "18", "visits_resolved", "18"),
            "第三联合党支部", Map.of("study_sessions", "5", "visits_received", "6", "visits_resolved", "5"),
            "第二联合党支部", Map.of("study_sessions", "4", "integrity_films", "1"),
            GENERAL, Map.of("budget", "32000"));

    /** The parts of this year that are submitted. */
    public static final java.util.Set<String> THIS_YEAR_SUBMITTED = java.util.Set.of("中心党支部", "第三联合党支部", GENERAL);

    private YearReportDemoFigures() {
    }
}
