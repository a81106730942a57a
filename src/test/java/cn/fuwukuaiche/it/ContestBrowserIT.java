package cn.fuwukuaiche.it;

import cn.fuwukuaiche.contest.demo.ContestDemoSeeder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            // handing in is final: the page says how many are answered and asks first
            String ask = staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-text"))).getText();
            assertTrue(ask.contains("已答 3 / 3 题") && ask.contains("确定交卷"), ask);
            confirmFinalStep(staff);
            assertTrue(staff.text(By.id("attempt-status")).contains("竞赛结束后公布"), staff.bodyText());

            leader.login("leader", PASSWORD);
            leader.open("/contests");
            click(leader, leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-closed-" + id))));
            // the spot test runs for days yet: ending it now asks, says how many have not taken it, and needs a reason
            String early = leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-text"))).getText();
            assertTrue(early.contains("确定提前结束？") && early.contains("原定"), early);
            leader.screenshot("contest-end-early");
            confirmFinalStep(leader);
            assertTrue(leader.driver.findElement(By.id("final-step-reason")).getDomAttribute("invalid") != null,
                    "no reason, no early end");
            assertTrue(leader.driver.findElements(By.id("contest-published-" + id)).isEmpty(), "still open");
            reason(leader, "抽测提前完成，全员已交卷");
            confirmFinalStep(leader);
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-published-" + id)));
            // the reason is in the audit trail
            leader.open("/audit");
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "抽测提前完成，全员已交卷"));
            assertTrue(leader.bodyText().contains("提前结束"), "the audit line says the contest was ended early");

            staff.driver.navigate().refresh();
            staff.awaitVaadin();
            String status = staff.text(By.id("attempt-status"));
            assertTrue(status.contains("您的成绩"), status);
            assertTrue(status.contains("/3 题"), status);
            assertTrue(staff.bodyText().contains("正确答案"), "the keys are shown once the contest is closed");
            staff.screenshot("contest-result");

            leader.open("/contests");
            click(leader, leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contest-published-" + id))));
            String publish = leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-text"))).getText();
            assertTrue(publish.contains("公布后不能撤回"), publish);
            confirmFinalStep(leader);
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-done")));
            staff.open("/my-contests");
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-contests-grid")));
            String grid = String.valueOf(((JavascriptExecutor) staff.driver).executeScript(
                    "return document.getElementById('my-contests-grid').textContent"));
            assertTrue(grid.contains("第 1 名"), grid);
            // the only participant is first; the one 一等奖 goes to a score above zero, a zero wins nothing
            java.util.regex.Matcher right = java.util.regex.Pattern.compile("答对 (\\d+)/3 题").matcher(status);
            assertTrue(right.find(), status);
            assertEquals(Integer.parseInt(right.group(1)) > 0, grid.contains("一等奖"), status + " → " + grid);
            staff.screenshot("contest-my-contests");
        }
    }

    /**
     * The leader's side: the question bank (edit dialog, an Excel import whose bad row is shown in the preview and
     * blocks the import), a published contest's ranking, a team contest's ranking, and a printable certificate.
     */
    @Test
    void the_leader_sees_the_bank_an_import_preview_with_a_bad_row_the_rankings_and_a_certificate() throws Exception {
        java.nio.file.Path xlsx = java.nio.file.Files.createTempFile("题库导入", ".xlsx");
        java.util.List<String[]> rows = java.util.List.of(
                new String[] {"户籍业务", "易", "单选", "居民户口簿由谁签发？", "公安机关户口登记机关", "民政部门", "街道办事处", "", "", "", "A"},
                new String[] {"户籍业务", "中", "判断", "户口簿遗失可以补领。", "", "", "", "", "", "", "对"},
                new String[] {"社保医保", "很难", "多选", "下列属于医保待遇的有？", "门诊报销", "住院报销", "", "", "", "", "AE"});
        java.util.List<cn.fuwukuaiche.base.export.ExcelExport.Column<String[]>> cols = new java.util.ArrayList<>();
        for (int i = 0; i < cn.fuwukuaiche.contest.control.QuestionImport.HEADERS.size(); i++) {
            int k = i;
            cols.add(new cn.fuwukuaiche.base.export.ExcelExport.Column<>(cn.fuwukuaiche.contest.control.QuestionImport.HEADERS.get(i),
                    r -> r[k].isEmpty() ? null : r[k]));
        }
        java.nio.file.Files.write(xlsx, cn.fuwukuaiche.base.export.ExcelExport.toBytes("题库", cols, rows));
        try (Browser leader = new Browser(1600, 1000)) {
            leader.login("leader", PASSWORD);
            leader.open("/contests/questions");
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("questions-grid")));
            leader.screenshot("contest-bank");
            WebElement edit = leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[id^='question-edit-']")));
            click(leader, edit);
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay[opened]")));
            leader.screenshot("contest-question-edit");
            ((JavascriptExecutor) leader.driver).executeScript("document.querySelector('vaadin-dialog-overlay[opened]').opened = false;"
                    + "document.querySelectorAll('vaadin-dialog').forEach(d => d.opened = false);");
            leader.awaitVaadin();

            WebElement upload = leader.driver.findElement(By.id("questions-import"));
            WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type='file']"));
            input.sendKeys(xlsx.toAbsolutePath().toString());
            String summary = leader.text(By.id("import-summary"));
            assertTrue(summary.contains("共 3 行") && summary.contains("1 行有错误"), summary);
            assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) leader.driver).executeScript(
                    "return document.getElementById('import-confirm').hasAttribute('disabled')")), "nothing is imported while a row is wrong");
            String preview = String.valueOf(((JavascriptExecutor) leader.driver).executeScript(
                    "return document.getElementById('import-preview').textContent"));
            // the bad row (难度 “很难”) says what is wrong with it; the good rows are ticked
            assertTrue(preview.contains("难度须为 易、中、难"), preview);
            assertTrue(preview.contains("✔"), preview);
            leader.screenshot("contest-import-preview");
            ((JavascriptExecutor) leader.driver).executeScript("document.querySelectorAll('vaadin-dialog').forEach(d => d.opened = false);");
            leader.awaitVaadin();

            leader.open("/contests");
            WebElement results = leader.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-button[data-contest$='业务知识大练兵'][id^='contest-results-']")));
            // the newest contest with that title is this quarter's (open); the past one is published
            java.util.List<WebElement> all = leader.driver.findElements(By.cssSelector("vaadin-button[data-contest$='业务知识大练兵'][id^='contest-results-']"));
            click(leader, all.get(all.size() - 1));
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results-grid")));
            leader.awaitVaadin();
            String ranking = String.valueOf(((JavascriptExecutor) leader.driver).executeScript(
                    "return document.getElementById('results-grid').textContent"));
            assertTrue(ranking.contains("第 1 名") && ranking.contains("一等奖"), ranking);
            leader.screenshot("contest-results");
            Object href = ((JavascriptExecutor) leader.driver).executeScript(
                    "const a = document.querySelector('#results-grid a[href*=\"contests/certificate/\"]'); return a ? a.getAttribute('href') : null;");
            assertTrue(href != null, "a prize winner has a certificate link");
            ((JavascriptExecutor) leader.driver).executeScript("document.querySelectorAll('vaadin-dialog').forEach(d => d.opened = false);");
            leader.awaitVaadin();

            click(leader, leader.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-button[data-contest$='（团体）'][id^='contest-results-']"))));
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("team-results-grid")));
            leader.awaitVaadin();
            String teams = String.valueOf(((JavascriptExecutor) leader.driver).executeScript(
                    "return document.getElementById('team-results-grid').textContent"));
            assertTrue(teams.contains("第 1 名") && teams.contains("一等奖"), teams);
            leader.screenshot("contest-team-results");
            Object teamHref = ((JavascriptExecutor) leader.driver).executeScript(
                    "const a = document.querySelector('#team-results-grid a[href*=\"/window/\"]'); return a ? a.getAttribute('href') : null;");
            assertTrue(teamHref != null, "a winning team has a certificate link");

            leader.open("/" + href);
            String cert = leader.text(By.id("certificate"));
            assertTrue(cert.contains("荣 誉 证 书") && cert.contains("同志") && cert.contains("一等奖"), cert);
            leader.screenshot("contest-certificate");
            leader.open("/" + teamHref);
            String teamCert = leader.text(By.id("certificate"));
            assertTrue(teamCert.contains("窗口") && !teamCert.contains("同志"), teamCert);
            leader.screenshot("contest-team-certificate");
        }
        try (Browser admin = new Browser(1400, 900)) {
            admin.login("admin", PASSWORD);
            admin.open("/contests/stars");
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("star-first")));
            assertTrue(String.valueOf(((JavascriptExecutor) admin.driver).executeScript(
                    "return document.querySelector('#star-first input').value")).equals("业绩突出星"), "the demo maps 一等奖 to 业绩突出星");
            click(admin, admin.driver.findElement(By.id("star-save")));
            assertTrue(admin.bodyText().contains("请填写调整原因"), "a change needs its reason");
            admin.screenshot("contest-star-mapping");
        }
    }

    /** staff2 types half the passage, reloads, finds the text and the clock still running, and hands in. */
    @Test
    void typed_text_survives_a_reload_and_the_clock_keeps_the_servers_time() {
        try (Browser staff = new Browser()) {
            staff.login("staff2", PASSWORD);
            staff.open("/my-contests");
            WebElement start = staff.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-button[data-contest='" + ContestDemoSeeder.TYPING_TEST_TITLE + "']")));
            click(staff, start);
            WebElement input = staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#typing-input textarea")));
            input.sendKeys("政务服务中心坚持");
            staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("typing-saved"), "已自动保存"));
            staff.screenshot("contest-typing");

            staff.driver.navigate().refresh();
            staff.awaitVaadin();
            WebElement again = staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#typing-input textarea")));
            staff.wait.until(d -> "政务服务中心坚持".equals(again.getDomProperty("value")));
            assertTrue(staff.text(By.id("countdown")).contains("剩余时间"));

            click(staff, staff.driver.findElement(By.id("typing-submit")));
            String ask = staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-text"))).getText();
            assertTrue(ask.contains("已输入 8 字"), ask);
            confirmFinalStep(staff);
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-status")));
            assertTrue(staff.text(By.id("attempt-status")).contains("竞赛结束后公布"), staff.bodyText());
        }
    }

    private static void confirmFinalStep(Browser b) {
        click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-confirm"))));
    }

    private static void reason(Browser b, String text) {
        WebElement area = b.driver.findElement(By.id("final-step-reason"));
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", area, text);
        b.awaitVaadin();
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
