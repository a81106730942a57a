package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 民主评议党员 as people use it in the demo county (this year's appraisal is open in every branch): a member of
 * 第二联合党支部 has the ballot open on two devices, votes on one, and the
 * vote from the other is refused beside the vote button; the secretary of 第一联合党支部 ends the ballot, takes the
 * suggestion from the tallies and saves the committee's grades; the leader puts them to 公示 and the public page
 * shows them.
 */
class AppraisalBrowserIT {

    private static final String PASSWORD = "demo1234";
    /**
     * A member of 第二联合党支部 who signs in (its secretary 周志强: a Party member in every demo county, and no demo
     * account has voted); the window heads' staff accounts are members or not as the demo's random roster falls.
     */
    static final String MEMBER = "secretary2";

    @Test
    void a_member_votes_once_and_a_second_vote_is_refused() {
        try (Browser first = new Browser(1280, 1400); Browser second = new Browser(1280, 1400)) {
            HonourBrowserIT.fail(first, "fail-appraisal-vote", () -> {
                ballot(first);
                ballot(second);
                first.screenshot("appraisal-ballot");
                chooseAll(first);
                click(first, By.id("appraisal-vote"));
                first.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-voted"), "你已于"));
                assertTrue(first.text(By.id("appraisal-voted")).contains("不记录你投了什么"));
                first.screenshot("appraisal-voted");
                return null;
            });
            HonourBrowserIT.fail(second, "fail-appraisal-second-vote", () -> {
                chooseAll(second);
                click(second, By.id("appraisal-vote"));
                second.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-ballot-error"),
                        "你已投过票，每人只能投一次"));
                second.screenshot("appraisal-vote-refused");
                second.open("/party/my-appraisal");
                second.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-voted"), "你已于"));
                assertTrue(second.driver.findElements(By.id("appraisal-vote")).isEmpty(), "the ballot is gone after voting");
                return null;
            });
        }
    }

    @Test
    void the_committees_grades_go_to_public_notice() {
        try (Browser b = new Browser(1440, 1400)) {
            HonourBrowserIT.fail(b, "fail-appraisal-decide", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party/appraisal");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "评议中"));
                b.screenshot("appraisal-secretary-open");
                click(b, By.id("appraisal-close"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("final-step-text"), "结束后不能再投票"));
                click(b, By.id("final-step-confirm"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "投票结束"));
                click(b, By.id("appraisal-suggest"));
                b.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const cs = [...document.querySelectorAll("
                        + "'#appraisal-members vaadin-combo-box')]; return cs.length > 0 && cs.every(c => c.value);"));
                // the secretary is on his branch's roster: his own grade is left to the general branch (ConflictOfInterest)
                assertTrue(b.text(By.id("appraisal-own-grade")).contains("本人等次由总支领导评定"), b.text(By.id("appraisal-own-grade")));
                b.screenshot("appraisal-committee");
                click(b, By.id("appraisal-decide"));
                b.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                        .anyMatch(c -> c.getText().contains("您本人的等次由总支领导评定")));
                assertTrue(b.text(By.id("appraisal-status")).contains("投票结束"), "not decided while his own grade is open");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1400)) {
            HonourBrowserIT.fail(b, "fail-appraisal-notice", () -> {
                b.login("leader", PASSWORD);
                b.open("/party/appraisal");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "年度"));
                NetworkBrowserIT.chooseInCombo(b, "appraisal-branch", "第一联合党支部");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "投票结束"));
                // the leader decides the secretary's own grade: the committee's grades stand, his is still empty
                long empty = (Long) ((JavascriptExecutor) b.driver).executeScript("return [...document.querySelectorAll("
                        + "'#appraisal-members vaadin-combo-box')].filter(c => !c.value).length;");
                assertEquals(1L, empty, "only the secretary's own grade is open");
                click(b, By.id("appraisal-suggest"));
                b.wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const cs = [...document.querySelectorAll("
                        + "'#appraisal-members vaadin-combo-box')]; return cs.length > 0 && cs.every(c => c.value);"));
                click(b, By.id("appraisal-decide"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "已评定"));
                click(b, By.id("appraisal-notice"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("final-step-text"), "逐人公示"));
                click(b, By.id("final-step-confirm"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appraisal-status"), "已公示"));
                b.screenshot("appraisal-noticed");
                return null;
            });
        }
        try (Browser b = new Browser(480, 1000)) {
            HonourBrowserIT.fail(b, "fail-appraisal-public", () -> {
                b.open("/public/notices");
                int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notices"), year + "年度民主评议党员："));
                assertTrue(b.text(By.id("public-notices")).contains("（第一联合党支部）"));
                b.screenshot("appraisal-public-notice");
                return null;
            });
        }
    }

    private static void ballot(Browser b) {
        b.login(MEMBER, PASSWORD);
        b.open("/party/my-appraisal");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("appraisal-vote")));
    }

    /** 合格 for every member on the ballot (the second choice of each group). */
    private static void chooseAll(Browser b) {
        long groups = (Long) ((JavascriptExecutor) b.driver).executeScript(
                "const gs = document.querySelectorAll('#appraisal-ballot vaadin-radio-group');"
                        + "gs.forEach(g => g.querySelectorAll('vaadin-radio-button')[1].click()); return gs.length;");
        assertTrue(groups > 1, "the ballot lists the other members");
        b.awaitVaadin();
        long chosen = (Long) ((JavascriptExecutor) b.driver).executeScript(
                "return [...document.querySelectorAll('#appraisal-ballot vaadin-radio-group')].filter(g => g.value).length;");
        assertEquals(groups, chosen);
    }

    private static void click(Browser b, By by) {
        AssessmentBrowserIT.click(b, by);
    }
}
