package cn.fuwukuaiche.it;

import cn.fuwukuaiche.base.calendar.ChinaHolidays2025;
import cn.fuwukuaiche.base.calendar.ChinaHolidays2026;
import cn.fuwukuaiche.base.calendar.UnknownYearException;
import cn.fuwukuaiche.base.calendar.WorkCalendar;
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
            b.driver.findElement(By.id("pad-score-attitude-2")).click();
            b.awaitVaadin();
            b.driver.findElement(By.id("pad-level-DISSATISFIED")).click();
            WebElement area = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#pad-comment textarea")));
            area.sendKeys(comment);
            b.screenshot("evaluation-pad-comment");
            b.driver.findElement(By.id("pad-submit")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-thanks")));
            assertTrue(b.bodyText().contains("感谢您的评价"));
            b.screenshot("evaluation-pad-thanks");
            // it resets itself for the next citizen
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-level-VERY_SATISFIED")));

            b.login("staff2", PASSWORD);
            b.open("/ratings");
            b.wait.until(d -> d.getPageSource().contains(comment));
            assertTrue(b.text(By.id("ratings-stats")).contains("满意率"));

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
