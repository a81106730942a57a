package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stars and the 七一 commendation as the leader uses them in the demo county: last month's proposed stars are
 * confirmed and show on the person's star wall; the approved 七一 list and a certificate render for print (A4
 * landscape) and are printed to PDF in target/screenshots.
 */
class StarsBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void the_leader_confirms_a_proposed_star_and_the_star_wall_shows_it() {
        try (Browser b = new Browser(1440, 1000)) {
            AssessmentBrowserIT.onFailure(b, "fail-stars", () -> {
                b.login("leader", PASSWORD);
                b.open("/stars");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stars-summary"), "待确认"));
                String summary = b.text(By.id("stars-summary"));
                String period = summary.substring(0, summary.indexOf('：'));
                WebElement first = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button[id^='confirm-']")));
                String id = first.getDomAttribute("id");
                String[] parts = id.split("-");
                String staffId = parts[1];
                String star = parts[2];
                b.screenshot("stars-proposals");
                AssessmentBrowserIT.click(b, By.id(id));
                // confirming is final: the page says what and how many first
                String ask = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-text"))).getText();
                assertTrue(ask.contains("将确认 1 项星级"), ask);
                AssessmentBrowserIT.click(b, By.id("final-step-confirm"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-" + staffId + "-" + star), "已确认"));

                b.open("/stars/wall?staff=" + staffId);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wall-grid"), period));
                String wall = b.text(By.id("wall-grid"));
                String label = switch (star) {
                    case "HARMONY" -> "和谐服务星";
                    case "LAW" -> "遵纪守法星";
                    case "DEDICATION" -> "爱岗敬业星";
                    case "PERFORMANCE" -> "业绩突出星";
                    default -> "廉洁高效星";
                };
                assertTrue(wall.contains(label) && wall.contains("已确认（王建国") && !wall.contains("leader"), wall);
                assertTrue(b.text(By.id("wall-count-" + star)).contains("★"), b.text(By.id("wall-count-" + star)));
                b.screenshot("stars-wall");
            });
        }
    }

    @Test
    void staff_see_their_own_star_wall() {
        try (Browser b = new Browser(1366, 900)) {
            AssessmentBrowserIT.onFailure(b, "fail-stars-staff", () -> {
                b.login("staff", PASSWORD);
                b.open("/stars/wall");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wall-title"), "张伟"));
                assertTrue(b.driver.findElements(By.id("wall-person")).stream().noneMatch(WebElement::isDisplayed), "no one else to choose");
                b.open("/stars");
                assertTrue(b.driver.findElements(By.id("stars-grid")).isEmpty(), "staff cannot open the leader's page");
            });
        }
    }

    @Test
    void the_qiyi_list_and_a_certificate_render_for_print_on_a4_landscape() {
        try (Browser b = new Browser(1440, 1000)) {
            AssessmentBrowserIT.onFailure(b, "fail-commendation", () -> {
                b.login("leader", PASSWORD);
                b.open("/commendation");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commendation-status"), "已批准"));
                b.screenshot("commendation");
                LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
                int year = today.isBefore(LocalDate.of(today.getYear(), 7, 1)) ? today.getYear() - 1 : today.getYear();
                b.open("/commendation/print/" + year);
                String sheet = b.text(By.id("commendation-sheet"));
                // the title names what is listed: "先进窗口和先进个人" only when windows are listed too
                String listed = sheet.contains("、先进窗口（") ? "先进窗口和先进个人" : "先进个人";
                assertTrue(sheet.contains("关于表彰" + year + "年度" + listed + "的决定") && sheet.contains("先进个人")
                        && sheet.contains("星"), sheet);
                assertTrue(css(b).contains("size: A4 landscape"), "print CSS");
                b.screenshot("commendation-list");
                pdf(b, "commendation-list");

                b.open("/commendation");
                WebElement cert = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id^='certificate-']")));
                b.open("/" + cert.getDomAttribute("href"));
                String text = b.text(By.id("certificate"));
                assertTrue(text.contains("奖") && text.contains("年度先进") && text.contains("特发此状"), text);
                b.screenshot("commendation-certificate");
                assertEquals(1, pdf(b, "commendation-certificate"), "a certificate prints on one A4 sheet");
            });
        }
    }

    private static String css(Browser b) {
        return String.valueOf(((JavascriptExecutor) b.driver).executeScript(
                "return [...document.querySelectorAll('style')].map(s => s.textContent).join('\\n')"));
    }

    /** Prints the page as Chromium does (A4 landscape) into target/screenshots/{name}.pdf. */
    private static int pdf(Browser b, String name) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        options.setPageSize(new PageSize(21.0, 29.7));
        options.setBackground(true);
        options.setPageMargin(new PageMargin(0, 0, 0, 0));
        Pdf pdf = ((PrintsPage) b.driver).print(options);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(dir.resolve(name + ".pdf"), bytes);
        Matcher count = Pattern.compile("/Count (\\d+)").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        return count.find() ? Integer.parseInt(count.group(1)) : -1;
    }
}
