package cn.fuwukuaiche.it;

import cn.fuwukuaiche.contest.control.ContestDemoSeeder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * staff2 takes the seeded three-question spot test, reloads halfway without losing answers, submits, and sees
 * the result once the leader has closed the contest. Uses the spot test only staff2 is entered in.
 */
class ContestBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void a_staff_member_takes_a_three_question_test_reloads_without_losing_answers_and_sees_the_result_after_closing() {
        try (Browser staff = new Browser(); Browser leader = new Browser()) {
            staff.login("staff2", PASSWORD);
            staff.open("/my-contests");
            WebElement start = staff.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-button[data-contest='" + ContestDemoSeeder.SPOT_TEST_TITLE + "']")));
            String id = start.getAttribute("id").replace("contest-action-", "");
            click(staff, start);
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-3")));
            staff.awaitVaadin();
            assertTrue(staff.text(By.id("countdown")).contains("剩余时间"));
            assertTrue(staff.driver.getCurrentUrl().endsWith("/my-contests/take/" + id), staff.driver.getCurrentUrl());

            answer(staff, 1);
            answer(staff, 2);
            staff.screenshot("contest-take");
            staff.driver.navigate().refresh();
            staff.awaitVaadin();
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question-3")));
            assertTrue(answered(staff, 1), "answer 1 survives a reload");
            assertTrue(answered(staff, 2), "answer 2 survives a reload");
            assertFalse(answered(staff, 3));

            answer(staff, 3);
            click(staff, staff.driver.findElement(By.id("submit-test")));
            staff.awaitVaadin();
            assertTrue(staff.text(By.id("attempt-status")).contains("竞赛结束后公布"), staff.bodyText());

            leader.login("leader", PASSWORD);
            leader.open("/contests");
            click(leader, leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-closed-" + id))));
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-published-" + id)));

            staff.driver.navigate().refresh();
            staff.awaitVaadin();
            String status = staff.text(By.id("attempt-status"));
            assertTrue(status.contains("您的成绩"), status);
            assertTrue(status.contains("/3 题"), status);
            assertTrue(staff.bodyText().contains("正确答案"), "the keys are shown once the contest is closed");
            staff.screenshot("contest-result");

            leader.open("/contests");
            click(leader, leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-published-" + id))));
            leader.awaitVaadin();
            staff.open("/my-contests");
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-contests-grid")));
            String grid = String.valueOf(((JavascriptExecutor) staff.driver).executeScript(
                    "return document.getElementById('my-contests-grid').textContent"));
            assertTrue(grid.contains("第 1 名"), grid);
            assertTrue(grid.contains("一等奖") || grid.contains("0.00 分"), grid);
            staff.screenshot("contest-my-contests");
        }
    }

    /** Picks the first option of question n (radio or checkbox) and waits for the save round trip. */
    private static void answer(Browser b, int n) {
        WebElement q = b.driver.findElement(By.id("question-" + n));
        WebElement option = q.findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).get(0);
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        b.awaitVaadin();
    }

    /** Clicks through the DOM, so a notification or a narrow grid cannot intercept the click. */
    private static void click(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    private static boolean answered(Browser b, int n) {
        WebElement q = b.driver.findElement(By.id("question-" + n));
        Object v = ((JavascriptExecutor) b.driver).executeScript(
                "const g = arguments[0].querySelector('vaadin-radio-group, vaadin-checkbox-group');"
                        + "const v = g.value; return Array.isArray(v) ? v.length > 0 : !!v;", q);
        return Boolean.TRUE.equals(v);
    }
}
