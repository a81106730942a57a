package cn.fuwukuaiche.evaluation.control.ranking;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.scheme.ScoreLine;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ranking's SQL on H2 (Payara's version, MODE=LEGACY, the real Flyway schema): a month with ties, a veto,
 * a sheet pinned to the older scheme version with frozen counts, an upheld appeal and a window without ratings.
 */
class RankingLoaderTest {

    static final int OCT = 202610;
    Connection c;
    RankingFixture f;

    @BeforeEach
    void county() throws Exception {
        String url = "jdbc:h2:mem:ranking" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        RankingFixture.migrate(url, "sa", "sa");
        c = DriverManager.getConnection(url, "sa", "sa");
        f = new RankingFixture(c).county(6).schemes(202605, 202609);
    }

    @AfterEach
    void close() throws Exception {
        c.close();
    }

    long w(int n) {
        return f.windowIds.get(n - 1);
    }

    @Test
    void ties_share_a_rank_tie_breakers_are_named_and_a_veto_keeps_its_points_but_not_the_flag() throws Exception {
        long v1 = f.versionId("WINDOW", 1);
        long v2 = f.versionId("WINDOW", 2);
        f.sheet(OCT, w(1), v2, "APPROVED", "LATE=2");
        f.ratings(OCT, w(1), null, new int[] {10, 0, 0, 0, 0}, 2); // two 差评 removed by upheld appeals
        f.sheet(OCT, w(2), v2, "APPROVED", "LATE=1 DRESS=2");
        f.ratings(OCT, w(2), null, new int[] {7, 3, 0, 0, 0}, 0);
        f.sheet(OCT, w(3), v2, "SUBMITTED", "PRAISE_LETTER=1");
        f.ratings(OCT, w(3), null, new int[] {8, 0, 0, 1, 0}, 0);
        f.sheet(OCT, w(4), v2, "APPROVED", "COMPLAINT=1");
        f.ratings(OCT, w(4), null, new int[] {5, 0, 0, 0, 0}, 0);
        f.sheet(OCT, w(5), v2, "DRAFT", "DIRTY=1");
        long pinned = f.sheet(OCT, w(6), v1, "CONFIRMED", "");
        f.freeze(pinned, 9, 0, 0, 0, 1); // confirmed under v1 with one 差评 (−2 there; v2 would take −3)
        f.ratings(OCT, w(6), null, new int[] {12, 0, 0, 0, 0}, 0); // later ratings do not move a confirmed sheet

        RankingMonth month = RankingLoader.load(new JdbcRankingSql(c), AssessmentSubject.WINDOW, OCT);

        assertEquals(2, month.scheme().versionNo());
        assertEquals("W004 1 - - 100.00 否决; W001 2 并列 总分 98.00; W002 2 并列 - 98.00; W006 4 - 满意率 98.00; "
                     + "W003 5 - 满意率 98.00; W005 6 - 满意率 98.00", render(month.rows()));
        RankingRow w3 = month.find(w(3)).orElseThrow().item();
        ScoreLine bad = w3.score().lines(ScoreLine.Kind.DEDUCTION).get(0);
        assertEquals("群众不满意（差评） 1 次 × −3 = −3（业务项最多扣 30）", bad.explanation());
        assertEquals("ratings:WINDOW:" + w(3) + ":202610", bad.source());
        RankingRow w6 = month.find(w(6)).orElseThrow().item();
        assertEquals(1, w6.scheme().versionNo(), "a confirmed sheet keeps the version it was scored under");
        assertEquals(10, w6.ratingCount(), "frozen counts, not the 12 live ones");
        assertFalse(month.confirmed());
        assertFalse(month.readyToConfirm());
    }

    @Test
    void a_month_whose_sheets_all_froze_their_counts_does_not_read_the_ratings_again() throws Exception {
        long v2 = f.versionId("WINDOW", 2);
        for (int i = 1; i <= 6; i++) {
            f.freeze(f.sheet(OCT, w(i), v2, "CONFIRMED", ""), 10, 0, 0, 0, 0);
        }
        List<String> queries = new ArrayList<>();
        RankingMonth month = loadRecording(queries);
        assertTrue(month.confirmed());
        assertEquals(6, month.rows().stream().filter(r -> r.rank() == 1 && r.tied()).count());
        assertFalse(queries.contains(RankingLoader.RATINGS_BY_WINDOW), queries.toString());
    }

    @Test
    void a_month_loads_in_four_statements_each_sheet_with_all_its_figures_and_each_version_with_all_its_rules() throws Exception {
        long v2 = f.versionId("WINDOW", 2);
        f.sheet(OCT, w(1), v2, "APPROVED", "LATE=2 DRESS=1 PRAISE_LETTER=1");
        f.sheet(OCT, w(2), v2, "APPROVED", "");
        f.ratings(OCT, w(1), null, new int[] {4, 0, 0, 0, 0}, 0);
        List<String> queries = new ArrayList<>();
        RankingMonth month = loadRecording(queries);
        assertEquals(4, queries.size(), "schemes with rules, sheets with figures, windows, ratings: " + queries);
        RankingRow w1 = month.find(w(1)).orElseThrow().item();
        assertEquals(List.of("LATE", "DRESS"), w1.score().lines(ScoreLine.Kind.DEDUCTION).stream().map(ScoreLine::code).toList());
        assertEquals(List.of("PRAISE_LETTER"), w1.score().lines(ScoreLine.Kind.BONUS).stream().map(ScoreLine::code).toList());
        assertEquals(6, month.rows().size());
        assertEquals(month.scheme().definition().deductions().size() + month.scheme().definition().bonuses().size()
                     + month.scheme().definition().vetoes().size() + month.scheme().definition().items().size(),
                month.scheme().spec().rules().size(), "every rule of the version, none twice");
    }

    @Test
    void windows_without_a_sheet_are_listed_as_not_filled_in_and_scored_on_computed_items_only() throws Exception {
        f.ratings(OCT, w(2), null, new int[] {3, 0, 0, 0, 2}, 0);
        RankingMonth month = RankingLoader.load(new JdbcRankingSql(c), AssessmentSubject.WINDOW, OCT);
        assertEquals(6, month.withoutSheet());
        RankingRow w2 = month.find(w(2)).orElseThrow().item();
        assertEquals("未填报", w2.subject().statusLabel());
        assertEquals("94.00", w2.total().toPlainString());
        assertEquals(6, month.rows().get(5).rank());
    }

    @Test
    void persons_are_ranked_by_their_own_ratings_under_the_person_scheme() throws Exception {
        long s1 = f.staffIds.get(0);
        long s2 = f.staffIds.get(1);
        f.ratings(OCT, w(1), s1, new int[] {4, 0, 0, 1, 0}, 0);
        f.ratings(OCT, w(1), s2, new int[] {6, 0, 0, 0, 0}, 0);
        RankingMonth month = RankingLoader.load(new JdbcRankingSql(c), AssessmentSubject.STAFF, OCT);
        assertEquals("个人月度考评", month.scheme().definition().name());
        assertEquals(18, month.rows().size());
        assertEquals("98.00", month.find(s1).orElseThrow().item().total().toPlainString());
        assertEquals(18, month.find(s1).orElseThrow().rank());
        assertEquals("员工1（W001）", month.find(s1).orElseThrow().item().subject().label());
    }

    /** October's window ranking, each statement it runs added to {@code queries}. */
    RankingMonth loadRecording(List<String> queries) {
        JdbcRankingSql jdbc = new JdbcRankingSql(c);
        return RankingLoader.load((sql, p) -> {
            queries.add(sql);
            return jdbc.rows(sql, p);
        }, AssessmentSubject.WINDOW, OCT);
    }

    static String render(List<Ranked<RankingRow>> rows) {
        return rows.stream().map(r -> r.item().subject().sortKey() + " " + r.rank() + " " + (r.tied() ? "并列" : "-") + " "
                        + (r.decidedBy() == null ? "-" : r.decidedBy().replace("（无评价者居后）", "")) + " "
                        + r.item().total().toPlainString() + (r.item().eligibleForRedFlag() ? "" : " 否决"))
                .collect(Collectors.joining("; "));
    }
}
