package cn.fuwukuaiche.it;

import cn.fuwukuaiche.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.time.Times;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 差评 loop as people walk it: a citizen rates on the pad of window C05 (demo key {@code demo-pad-C05}),
 * the window's staff (staff2) then finds the rating in 好差评记录 and its rectification in 差评整改 with the
 * call-back deadline the calendar gives.
 */
class RatingsBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void a_bad_rating_on_the_pad_appears_as_a_rectification_with_the_calendar_deadline() {
        String comment = "浏览器测试：材料没有一次性告知 " + System.nanoTime();
        try (Browser b = new Browser(1280, 800)) {
            b.open("/pad/demo-pad-C05");
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-level-DISSATISFIED")));
            assertTrue(b.text(By.id("pad-window")).startsWith("C05"));
            assertTrue(b.bodyText().contains("黄丽"), "the staff on duty are shown by name");
            assertTrue(b.bodyText().contains("非常满意") && b.bodyText().contains("非常不满意"));
            b.screenshot("evaluation-pad");

            WebElement huangli = b.driver.findElements(By.cssSelector(".pad-staff")).stream()
                    .filter(e -> e.getText().contains("黄丽")).findFirst().orElseThrow();
            huangli.click();
            b.awaitVaadin();
            // the level first: nothing is stored yet, the pad then offers the sub-scores and the comment
            b.driver.findElement(By.id("pad-level-DISSATISFIED")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-countdown")));
            assertTrue(b.text(By.id("pad-chosen")).contains("不满意"));
            b.driver.findElement(By.id("pad-score-attitude-2")).click();
            b.awaitVaadin();
            b.driver.findElement(By.id("pad-score-efficiency-3")).click();
            b.awaitVaadin();
            WebElement area = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pad-comment textarea")));
            area.sendKeys(comment);
            // writing holds the automatic submit
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pad-countdown"), "正在填写"));
            b.screenshot("evaluation-pad-comment");
            b.driver.findElement(By.id("pad-submit")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-thanks")));
            assertTrue(b.bodyText().contains("感谢您的评价"));
            assertTrue(b.driver.findElements(By.id("pad-thanks-auto")).isEmpty(), "submitted by the button, not by the clock");
            b.screenshot("evaluation-pad-thanks");
            // it resets itself for the next citizen
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-level-VERY_SATISFIED")));

            b.login("staff2", PASSWORD);
            b.open("/ratings");
            b.wait.until(d -> d.getPageSource().contains(comment));
            assertTrue(b.text(By.id("ratings-stats")).contains("满意率"));
            // the sub-scores chosen after the level are kept with the rating (same row as the comment)
            String row = rowText(b, "ratings-grid", comment);
            assertTrue(row.contains("效率 3") && row.contains("态度 2") && row.contains("整体 –"), row);

            b.open("/rectifications");
            b.wait.until(d -> d.getPageSource().contains(comment));
            String expected;
            try {
                WorkCalendar cal = WorkCalendar.of(ChinaHolidays2025.schedule(), ChinaHolidays2026.schedule());
                LocalDate today = Times.today();
                expected = Times.format(cal.plusWorkingDays(today, 1));
            } catch (UnknownYearException e) {
                expected = e.getMessage();
            }
            String source = b.driver.getPageSource();
            int at = source.indexOf(comment);
            String after = source.substring(at, Math.min(source.length(), at + 1500));
            assertTrue(after.contains(expected), "call-back due " + expected + " next to the rating: " + after);
            b.screenshot("evaluation-rectifications-staff");
        }
    }

    /** The text of the grid row whose cells contain {@code marker} (cells are light-DOM slots of vaadin-grid). */
    static String rowText(Browser b, String gridId, String marker) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("""
                const g = document.getElementById(arguments[0]);
                const cell = [...g.querySelectorAll('vaadin-grid-cell-content')].find(c => c.textContent.includes(arguments[1]));
                if (!cell) return '';
                const td = cell.assignedSlot && cell.assignedSlot.parentElement;
                const tr = td && td.parentElement;
                return tr ? [...tr.querySelectorAll('slot')].map(s => s.assignedNodes().map(n => n.textContent).join('')).join(' | ') : '';
                """, gridId, marker));
    }

    /** A citizen who walks away after tapping a level still counts: the pad submits by itself after 10 s, with the sub-score chosen. */
    @Test
    void the_pad_submits_by_itself_when_the_citizen_walks_away() {
        try (Browser b = new Browser(1280, 800)) {
            b.open("/pad/demo-pad-B06");
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-level-SATISFIED"))).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-countdown")));
            b.driver.findElement(By.id("pad-score-overall-4")).click();
            b.awaitVaadin();
            String first = b.text(By.id("pad-countdown"));
            assertTrue(first.contains("秒后自动提交"), first);
            b.screenshot("evaluation-pad-details");
            // nobody taps again: the countdown runs out and the rating is stored
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-thanks")));
            assertTrue(b.text(By.id("pad-thanks-auto")).contains("已自动提交"));
            b.screenshot("evaluation-pad-auto-submitted");

            b.login("leader", PASSWORD);
            b.open("/ratings");
            b.wait.until(d -> d.getPageSource().contains("B06"));
            // the list is newest first: the top B06 row is the one the pad just stored
            String newest = String.valueOf(((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("""
                    const g = document.getElementById('ratings-grid');
                    const rows = [...g.shadowRoot.querySelectorAll('#items tr')]
                        .filter(tr => tr.getBoundingClientRect().height > 0)
                        .sort((x, y) => x.getBoundingClientRect().top - y.getBoundingClientRect().top)
                        .map(tr => [...tr.querySelectorAll('slot')].map(s => s.assignedNodes().map(n => n.textContent).join('')).join(' | '));
                    return rows.find(t => t.includes('B06')) || '';
                    """));
            assertTrue(newest.contains("整体 4") && newest.contains("满意"), "the newest B06 rating carries its sub-score: " + newest);
        }
    }

    @Test
    void the_leader_sees_every_window_with_lights_and_pending_appeals() {
        try (Browser b = new Browser(1440, 900)) {
            b.login("leader", PASSWORD);
            b.open("/rectifications");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rect-summary"), "超期"));
            b.wait.until(d -> d.getPageSource().contains("light-red"));
            assertTrue(b.driver.getPageSource().contains("待裁定"), "pending appeals are listed for the leader");
            b.screenshot("evaluation-rectifications-leader");
        }
    }

    @Test
    void a_revoked_pad_says_so() {
        try (Browser b = new Browser(1280, 800)) {
            b.open("/pad/demo-pad-revoked");
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-refused")));
            assertTrue(b.bodyText().contains("此评价器已停用"), b.bodyText());
            b.screenshot("evaluation-pad-revoked");
        }
    }
}
