package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 流动红旗 and its 公示 as people use them in the demo county: the leader opens last month's flag (confirming
 * the month's ranking first if it is still only approved), awards it to the proposed window and puts it to
 * public notice; on the public notice page (no login) the notice shows, an anonymous objection is refused
 * with a message next to the name, and a real-name one is accepted. Also the 两岗 cards and the 行业标兵 list.
 */
class HonourBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void leader_awards_last_months_flag_and_the_public_notice_takes_only_real_name_objections() {
        String window;
        try (Browser b = new Browser(1440, 1000)) {
            window = fail(b, "fail-honour-flag", () -> awardLastMonth(b));
        }
        try (Browser b = new Browser(1440, 1000)) {
            fail(b, "fail-honour-revoke", () -> {
                revokeAndAwardAgain(b, window);
                return null;
            });
        }
        try (Browser b = new Browser(480, 1000)) {
            fail(b, "fail-honour-public", () -> {
                object(b, window);
                return null;
            });
        }
    }

    @Test
    void leader_puts_the_approved_commendation_list_to_notice_and_the_public_page_shows_its_entries() {
        String title;
        try (Browser b = new Browser(1440, 1000)) {
            title = fail(b, "fail-commendation-notice", () -> {
                b.login("leader", PASSWORD);
                b.open("/commendation");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commendation-notice-state")));
                if (b.text(By.id("commendation-notice-state")).contains("尚未公示")) {
                    click(b, By.id("commendation-notice-open"));
                    b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("commendation-notice-days")));
                    b.screenshot("commendation-notice-dialog");
                    click(b, By.id("commendation-notice-confirm"));
                }
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commendation-notice-state"), "名单公示"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commendation-list"), "公示中（至"));
                b.screenshot("commendation-in-notice");
                String status = b.text(By.id("commendation-status"));
                return status.substring(0, status.indexOf("年度") + 2);
            });
        }
        try (Browser b = new Browser(480, 1000)) {
            fail(b, "fail-commendation-public", () -> {
                b.open("/public/notices");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notices"), title + "“七一”表彰 · 先进"));
                b.screenshot("commendation-public-notice");
                return null;
            });
        }
    }

    private String awardLastMonth(Browser b) {
        b.login("leader", PASSWORD);
        b.open("/honour/flag");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flag-month-panel")));
        if (!b.driver.findElements(By.id("flag-blocked")).isEmpty()) {
            String why = b.text(By.id("flag-blocked"));
            assertTrue(why.contains("确认"), why);
            b.screenshot("honour-flag-blocked");
            b.open("/evaluation/ranking");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-grid"), "第 1 名"));
            if (!b.text(By.id("ranking-status")).contains("已确认")) {
                click(b, By.id("ranking-confirm"));
                b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))).click();
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-status"), "已确认"));
            }
            b.open("/honour/flag");
        }
        if (!b.driver.findElements(By.id("flag-current")).isEmpty()) {
            // a rerun on the same server: take the award back first
            click(b, By.id("flag-revoke"));
            type(b, By.cssSelector("#flag-revoke-reason textarea"), "测试重跑，撤销后重新授予");
            click(b, By.id("flag-revoke-confirm"));
        }
        String proposal = b.text(By.id("flag-proposal"));
        assertTrue(proposal.contains("排名推荐"), proposal);
        String window = proposal.substring(proposal.indexOf("排名推荐：") + 5, proposal.indexOf("（第"));
        b.screenshot("honour-flag-proposal");
        List<WebElement> buttons = b.driver.findElements(By.cssSelector("vaadin-button[id^='flag-award-']"));
        WebElement first = buttons.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", first);
        b.awaitVaadin();
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flag-award-reason")));
        b.screenshot("honour-flag-award-dialog");
        click(b, By.id("flag-award-confirm"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flag-current"), window));
        assertTrue(b.text(By.id("flag-current")).contains("即排名推荐"), b.text(By.id("flag-current")));
        if (b.driver.findElement(By.id("flag-notice")).getAttribute("disabled") == null) {
            click(b, By.id("flag-notice"));
            // 公示 cannot be taken back: it asks first and says for how long
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("final-step-text"), "个工作日"));
            click(b, By.id("final-step-confirm"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已公示"));
        } // else a rerun: the re-award went to notice by itself
        b.screenshot("honour-flag-awarded");

        b.open("/honour/posts");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("post-card")));
        String cards = b.text(By.id("post-cards"));
        assertTrue(cards.contains("党员示范岗") && cards.contains("巾帼建功岗") && cards.contains("亮承诺：我承诺"), cards);
        b.screenshot("honour-posts");
        b.open("/honour/exemplars");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("exemplar-grid"), "行业标兵"));
        b.screenshot("honour-exemplars");
        b.open("/honour/notices");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-grid"), window));
        b.screenshot("honour-notices");
        return window;
    }

    /**
     * The leader revokes the award in notice with an internal reason, no objection at all: the public page says the
     * award was withdrawn (已撤回), in public wording, neither "异议成立" nor the internal reason. He awards it again:
     * the re-award is on notice at once, open for objections, saying it is a re-award.
     */
    private void revokeAndAwardAgain(Browser b, String window) {
        String internal = "内部核查：考评表第三项录入有误待复核";
        b.login("leader", PASSWORD);
        b.open("/honour/flag");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flag-current"), window));
        click(b, By.id("flag-revoke"));
        type(b, By.cssSelector("#flag-revoke-reason textarea"), internal);
        click(b, By.id("flag-revoke-confirm"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flag-proposal")));

        b.open("/public/notices");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notices"), "撤回说明"));
        WebElement ended = b.driver.findElements(By.className("notice-card")).stream()
                .filter(c -> c.getText().contains(window) && c.getText().contains("撤回说明")).findFirst().orElseThrow();
        String card = ended.getText();
        assertTrue(card.contains("已撤回") && card.contains("流动红旗已撤回，不再有效"), card);
        assertTrue(!card.contains("异议成立"), "no objection was upheld: " + card);
        assertTrue(!b.bodyText().contains(internal), "the internal reason stays internal");
        assertTrue(ended.findElements(By.className("notice-object")).isEmpty(), "a withdrawn award takes no objections");
        b.screenshot("honour-public-notice-revoked");

        b.open("/honour/flag");
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flag-proposal")));
        List<WebElement> buttons = b.driver.findElements(By.cssSelector("vaadin-button[id^='flag-award-']"));
        WebElement first = buttons.stream().filter(WebElement::isDisplayed).findFirst().orElseThrow();
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", first);
        b.awaitVaadin();
        click(b, By.id("flag-award-confirm"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("flag-current"), window));
        assertTrue(b.driver.findElement(By.id("flag-notice")).getAttribute("disabled") != null, "the re-award is already in notice");

        b.open("/public/notices");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notices"), "重新授予"));
        WebElement again = b.driver.findElements(By.className("notice-card")).stream()
                .filter(c -> c.getText().contains(window) && c.getText().contains("重新授予")).findFirst().orElseThrow();
        assertTrue(again.getText().contains("公示中") && !again.findElements(By.className("notice-object")).isEmpty(), again.getText());
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", again);
        b.screenshot("honour-public-notice-reaward");
    }

    private void object(Browser b, String window) {
        b.open("/public/notices");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("public-notices"), window));
        String page = b.text(By.id("public-notices"));
        assertTrue(page.contains("流动红旗（") && page.contains("公示期"), page);
        b.screenshot("honour-public-notices");
        WebElement card = b.driver.findElements(By.className("notice-card")).stream()
                .filter(c -> c.getText().contains(window) && c.getText().contains("流动红旗")
                        && !c.findElements(By.className("notice-object")).isEmpty()).findFirst().orElseThrow();
        WebElement object = card.findElement(By.className("notice-object"));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", object);
        b.awaitVaadin();
        type(b, By.cssSelector("#objection-name input"), "匿名");
        type(b, By.cssSelector("#objection-phone input"), "13912345678");
        type(b, By.cssSelector("#objection-content textarea"), "该窗口本月有两次无人值守，群众等候超过一小时");
        click(b, By.id("objection-submit"));
        WebElement name = b.driver.findElement(By.id("objection-name"));
        b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return arguments[0].invalid", name)));
        String message = String.valueOf(((JavascriptExecutor) b.driver).executeScript("return arguments[0].errorMessage", name));
        assertTrue(message.contains("匿名"), message);
        b.screenshot("honour-objection-refused");
        WebElement input = b.driver.findElement(By.cssSelector("#objection-name input"));
        input.clear();
        input.sendKeys("刘明", Keys.TAB);
        b.awaitVaadin();
        click(b, By.id("objection-submit"));
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-accepted"), "已收到"));
        assertTrue(!b.bodyText().contains("13912345678"), "the phone is never shown publicly");
        b.screenshot("honour-objection-accepted");
    }

    private static void type(Browser b, By by, String text) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.clear();
        e.sendKeys(text, Keys.TAB); // the field sends its value on change (blur)
        b.awaitVaadin();
    }

    private static void click(Browser b, By by) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    interface Steps<T> {
        T run() throws Exception;
    }

    static <T> T fail(Browser b, String name, Steps<T> steps) {
        try {
            return steps.run();
        } catch (RuntimeException | AssertionError e) {
            b.screenshot(name);
            throw e;
        } catch (Exception e) {
            b.screenshot(name);
            throw new IllegalStateException(e);
        }
    }
}
