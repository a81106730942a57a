package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 组织生活 as people use it in the demo county: the secretary of the 第一联合党支部 plans this quarter's 党员大会, a member
 * of the branch sees it on his page, the secretary records attendance and minutes and submits, and the leader's light
 * for the branch's 党员大会 this quarter turns green; the hall screen's 本月组织生活, open meanwhile, counts the held
 * 党员大会 at once.
 */
class PartyLifeBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final String BRANCH = "第一联合党支部";

    @Test
    void the_secretary_holds_the_quarters_assembly_a_member_sees_it_and_the_leaders_light_turns_green() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        String cell = "[data-branch='" + BRANCH + "'][data-kind='ASSEMBLY'][data-period='" + quarter + "']";
        try (Browser b = new Browser(1440, 1000)) {
            HonourBrowserIT.fail(b, "fail-partylife-before", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/cadence");
                WebElement light = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));
                assertFalse(light.getAttribute("class").contains("light-green"), "not held yet: " + light.getAttribute("class"));
                assertFalse(b.driver.findElements(By.cssSelector("#cadence-matrix .cadence-cell.light-green")).isEmpty());
                // the demo hall flags its monthly 党小组会 from the month's first day: yellow on any day of the year
                assertFalse(b.driver.findElements(By.cssSelector("#cadence-matrix .cadence-cell.light-yellow")).isEmpty(), "a yellow light");
                if (today.getMonthValue() > 3) { // the demo's red quarter is the last full one: in this year's matrix from April on
                    WebElement red = b.driver.findElement(By.cssSelector("#cadence-matrix .cadence-cell.light-red"));
                    click(b, red);
                    assertTrue(b.text(By.id("cadence-missing")).startsWith("未召开"), b.text(By.id("cadence-detail")));
                }
                b.screenshot("partylife-cadence-red");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1000)) {
            HonourBrowserIT.fail(b, "fail-partylife-plan", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/meetings");
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-meeting"))));
                NetworkBrowserIT.chooseInCombo(b, "plan-kind", "支部党员大会");
                type(b, By.cssSelector("#plan-time input"), "00:00"); // never later than now, whatever the hour the suite runs
                type(b, By.cssSelector("#plan-place input"), "中心三楼党员活动室");
                type(b, By.cssSelector("#plan-agenda textarea"), "1. 通报第四季度支部工作\n2. 讨论年度民主评议安排");
                b.screenshot("partylife-plan");
                click(b, b.driver.findElement(By.id("plan-save")));
                b.wait.until(d -> !d.findElements(By.cssSelector("vaadin-button.record-ASSEMBLY-" + today)).isEmpty());
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1000)) {
            HonourBrowserIT.fail(b, "fail-partylife-member", () -> {
                b.login("member", PASSWORD);
                b.open("/party-life/my");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-upcoming"), "支部党员大会"));
                b.screenshot("partylife-member");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1100); Browser screen = new Browser(1920, 1080)) {
            HonourBrowserIT.fail(b, "fail-partylife-record", () -> {
                // the hall screen, on its 本月组织生活 panel, open while the secretary submits
                screen.openPage("/screen/demo-screen-hall?panel=PARTY_LIFE");
                screen.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#screen-stage > [data-panel=PARTY_LIFE] .pl-card[data-branch='" + BRANCH + "']")));
                ((JavascriptExecutor) screen.driver).executeScript("window.__fwkcMarker = 'kept';");
                long assembliesBefore = assembliesOnScreen(screen);
                b.login("secretary", PASSWORD);
                b.open("/party-life/meetings");
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.record-ASSEMBLY-" + today))));
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("att-all-present"))));
                type(b, By.cssSelector("#record-minutes textarea"), "通报了第四季度支部工作，讨论了年度民主评议党员的安排。");
                type(b, By.cssSelector("#record-resolutions textarea"), "同意于下月召开组织生活会，开展民主评议党员。");
                b.screenshot("partylife-record");
                click(b, b.driver.findElement(By.id("record-submit")));
                long submitted = System.nanoTime();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("record-submit")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings-grid"), "已提交"));
                // the screen counts the held 党员大会 at once (BoardChanged → the screens' event → the feed), without a reload
                new WebDriverWait(screen.driver, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50))
                        .until(d -> assembliesOnScreen(screen) == assembliesBefore + 1);
                System.out.println("PartyLifeBrowserIT: the held 党员大会 on the hall screen after "
                        + (System.nanoTime() - submitted) / 1_000_000 + " ms");
                assertEquals("kept", ((JavascriptExecutor) screen.driver).executeScript("return window.__fwkcMarker;"), "not reloaded");
                screen.screenshot("partylife-screen");
                b.screenshot("partylife-meetings");
                // a correction keeps the earlier record: the reopened record lists who corrected it, when and why
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.record-ASSEMBLY-" + today))));
                type(b, By.cssSelector("#record-reason input"), "补记决议措辞");
                click(b, b.driver.findElement(By.id("record-submit")));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("record-submit")));
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.record-ASSEMBLY-" + today))));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-revisions"), "补记决议措辞"));
                String revisions = b.text(By.id("record-revisions"));
                assertFalse(revisions.contains("secretary"), "the person, not the login name: " + revisions);
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                        b.driver.findElement(By.id("record-revisions")));
                b.screenshot("partylife-revisions");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1000)) {
            HonourBrowserIT.fail(b, "fail-partylife-green", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/cadence");
                WebElement light = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cell)));
                assertTrue(light.getAttribute("class").contains("light-green"), light.getAttribute("class"));
                click(b, light);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cadence-detail"), "已召开"));
                b.screenshot("partylife-cadence");
                b.open("/party-life/attendance");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendance-grid")));
                b.screenshot("partylife-attendance");
                // each kind's 临期提醒: the demo hall flags its monthly 党小组会 all month (23 working days)
                b.open("/party-life/kinds");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kinds-grid"), "结束前 23 个工作日"));
                b.screenshot("partylife-kinds");
                return null;
            });
        }
    }

    /** The first joint branch's 支部党员大会 this month as the hall screen's 本月组织生活 card shows it (0 without a chip). */
    private static long assembliesOnScreen(Browser screen) {
        Object n = ((JavascriptExecutor) screen.driver).executeScript("const c = document.querySelector("
                + "\"#screen-stage > [data-panel=PARTY_LIFE] .pl-card[data-branch='" + BRANCH + "']\"); if (!c) return -1;"
                + " const k = [...c.querySelectorAll('.pl-kind')].find(k => k.querySelector('.pl-kind-name').textContent === '支部党员大会');"
                + " return k ? +k.querySelector('.pl-kind-count').textContent : 0;");
        return ((Number) n).longValue();
    }

    private static void click(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    private static void type(Browser b, By by, String text) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text, Keys.TAB);
        b.awaitVaadin();
    }
}
