package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 创先争优 as people use it in the demo county: the secretary of the 第一联合党支部 records a 志愿服务 with two people of
 * his branch and a photo, marked for the display screens; the list's count of 志愿服务 grows by one; a file that is no
 * image is refused beside the photo field; the hall's screen shows the activity with its photo and no participant's
 * name, phone or ID number, and neither does the JSON feed.
 */
class ActivityBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void a_secretary_records_an_activity_with_a_photo_it_is_counted_and_shown_on_the_screen_without_private_data() throws Exception {
        String title = "浏览器测试：政务服务进小区志愿服务" + System.currentTimeMillis() % 100000;
        Path photo = Files.createTempFile("activity", ".png");
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        ImageIO.write(img, "png", photo.toFile());
        Path fake = Files.createTempFile("not-a-photo", ".jpg");
        Files.writeString(fake, "%PDF-1.7 this is no picture");
        String[] people = new String[2];
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-activity-record", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/activities");
                int before = volunteerCount(b);
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-record"))));
                NetworkBrowserIT.chooseInCombo(b, "activity-kind", "志愿服务");
                type(b, By.cssSelector("#activity-title input"), title);
                type(b, By.cssSelector("#activity-place input"), "城关社区服务中心");
                pickTwo(b, "activity-participants", people);
                type(b, By.cssSelector("#activity-summary textarea"), "为社区老人代办社保认证和医保备案。");
                click(b, b.driver.findElement(By.cssSelector("#activity-on-screens")));
                // a file that is no picture is refused beside the photo field
                upload(b, fake);
                b.wait.until(d -> Boolean.TRUE.equals(js(b, "return document.querySelector('#activity-photos').invalid")));
                String refusal = (String) js(b, "return document.querySelector('#activity-photos').errorMessage");
                assertTrue(refusal.contains("不是图片"), refusal);
                b.screenshot("activity-photo-refused");
                upload(b, photo);
                b.wait.until(d -> String.valueOf(js(b, "return document.querySelector('#activity-photos').value")).contains("待保存 1 张"));
                b.screenshot("activity-record");
                click(b, b.driver.findElement(By.id("activity-save")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("activities-grid"), title));
                b.wait.until(d -> volunteerCount(b) == before + 1);
                b.screenshot("activity-list");
                return null;
            });
        }
        try (Browser b = new Browser(1920, 1080)) {
            HonourBrowserIT.fail(b, "fail-activity-screen", () -> {
                b.openPage("/screen/demo-screen-hall?panel=ACTIVITIES");
                WebElement panel = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("panel-activities")));
                b.wait.until(ExpectedConditions.textToBePresentInElement(panel, title));
                WebElement card = panel.findElements(By.cssSelector(".activity-card")).stream()
                        .filter(c -> c.getText().contains(title)).findFirst().orElseThrow();
                WebElement img2 = card.findElement(By.cssSelector("img.activity-photo"));
                b.wait.until(d -> Boolean.TRUE.equals(js(b, "return arguments[0].complete && arguments[0].naturalWidth === 120", img2)));
                // the activities panel names nobody (other panels may: a star holder or a 示范岗 is public by design)
                String source = (String) js(b, "return arguments[0].outerHTML", panel);
                for (String name : people) {
                    assertFalse(source.contains(name), "the activities panel names a participant: " + name);
                }
                b.screenshot("activity-screen");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1000)) {
            HonourBrowserIT.fail(b, "fail-activity-leader", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/activities");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("activities-grid"), title));
                b.screenshot("activity-list-leader");
                // the yearly report's evidence link: only 下基层 of that year
                b.open("/party-life/activities?year=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() + "&kind=VISIT");
                b.wait.until(d -> volunteerCount(b) == 0);
                assertTrue(Integer.parseInt(b.driver.findElement(By.cssSelector("#activity-kind-counts [data-kind='VISIT']"))
                        .getAttribute("data-count")) > 0, "the demo has 下基层 this year");
                assertFalse(b.text(By.id("activities-grid")).contains(title));
                return null;
            });
        }
        String feed = Server.get("/api/display/demo-screen-hall").body();
        String activities = jsonArray(feed, "\"activities\":[");
        assertTrue(activities.contains(title), "the feed lists the activity");
        for (String name : people) {
            assertFalse(activities.contains(name), "the feed's activities name a participant: " + name);
        }
        assertFalse(feed.matches("(?s).*\\b1[3-9]\\d{9}\\b.*"), "no mobile number in the feed");
        assertFalse(feed.matches("(?s).*\\b\\d{17}[\\dXx]\\b.*"), "no ID number in the feed");
    }

    /** The JSON array that follows {@code start} in {@code json}, brackets matched (strings hold no brackets here). */
    static String jsonArray(String json, String start) {
        int from = json.indexOf(start);
        assertTrue(from >= 0, start + " in " + json);
        int depth = 0;
        for (int i = from + start.length() - 1; i < json.length(); i++) {
            char c = json.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (depth == 0) {
                return json.substring(from, i + 1);
            }
        }
        throw new AssertionError("unterminated " + start);
    }

    private static int volunteerCount(Browser b) {
        WebElement s = b.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#activity-kind-counts [data-kind='VOLUNTEER']")));
        return Integer.parseInt(s.getAttribute("data-count"));
    }

    /** Picks the first two people the picker offers and keeps their names (the screen must not show them). */
    private static void pickTwo(Browser b, String id, String[] names) {
        WebElement combo = b.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        js(b, "arguments[0].opened = true;", combo);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js(b, "return (arguments[0].filteredItems || []).filter(i => i).length >= 2", combo)));
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js(b, "const c = arguments[0]; const items = c.filteredItems.filter(i => i).slice(0, 2);"
                + "c.selectedItems = items; c.dispatchEvent(new CustomEvent('change', {bubbles: true})); c.opened = false;"
                + "return items.map(i => c._getItemLabel ? c._getItemLabel(i) : i.label);", combo);
        b.awaitVaadin();
        for (int i = 0; i < 2; i++) {
            names[i] = labels.get(i).replaceAll("（.*", "").strip();
        }
        assertEquals(2, ((Number) js(b, "return arguments[0].selectedItems.length", combo)).intValue());
    }

    private static void upload(Browser b, Path file) {
        WebElement upload = b.driver.findElement(By.id("activity-upload"));
        WebElement input = (WebElement) js(b, "return arguments[0].querySelector('input[type=file]') || "
                + "arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        // empty the input first, as the upload's own add button does before it opens the file chooser: ChromeDriver
        // appends to a multiple-file input, so the file sent before would be uploaded again with this one, and the
        // two uploads would race (a refused file sent earlier could land after this one)
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
        b.awaitVaadin();
    }

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver).executeScript(script, args);
    }

    private static void click(Browser b, WebElement e) {
        js(b, "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    private static void type(Browser b, By by, String text) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text, Keys.TAB);
        b.awaitVaadin();
    }
}
