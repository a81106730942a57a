package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service network as its users see it: a village agent accepts a case and hands it up, the township
 * agent handles it from the inbox, and a villager follows it on the public lookup page from a phone;
 * the public guide, the statistics and the parallel-approval board. Uses its own accounts (agents of
 * 柳溪镇) and creates its own case, so other tests on the shared server are not disturbed.
 */
class NetworkBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final String APPLICANT = "测试申请人甲";
    private static final String PHONE = "13912345678";

    /**
     * The receipt the agent hands over: from the case page, number and query code, the item and its materials, the
     * promise, the agent's node and phone, and a QR code that decodes to the lookup address (the number filled in,
     * never the code); it prints on ONE A5 sheet. The QR address opens the lookup with the number already there.
     */
    private static void receipt(Browser b, String number, String code) throws Exception {
        String href = b.driver.findElement(By.id("case-receipt")).getDomAttribute("href");
        assertTrue(href.startsWith("network/cases/receipt/"), href);
        String caseUrl = b.driver.getCurrentUrl();
        b.open("/" + href);
        String sheet = b.text(By.id("receipt"));
        assertEquals(number, b.text(By.id("receipt-number")));
        assertEquals(code, b.text(By.id("receipt-code")));
        assertTrue(sheet.contains("最低生活保障申请") && sheet.contains("承诺办结") && sheet.contains("收取材料")
                && sheet.contains("柳溪镇河口村民生服务室") && sheet.contains("联系电话") && sheet.contains("代办员"), sheet);
        WebElement qr = b.driver.findElement(By.id("receipt-qr"));
        b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr)));
        b.screenshot("network-case-receipt");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                qr.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        String decoded = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(w, h, pixels)))).getText();
        assertEquals(b.baseUrl + "/lookup?no=" + number, decoded);
        assertFalse(decoded.contains(code), "the query code is never in the QR code");

        org.openqa.selenium.print.PrintOptions options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(21.0, 14.8)); // A5 portrait, height × width in cm
        options.setBackground(true);
        options.setPageMargin(new org.openqa.selenium.print.PageMargin(0, 0, 0, 0));
        org.openqa.selenium.Pdf pdf = ((org.openqa.selenium.PrintsPage) b.driver).print(options);
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve("network-case-receipt.pdf"), bytes);
        Matcher count = Pattern.compile("/Count (\\d+)").matcher(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(count.find(), "a PDF with a page tree");
        assertEquals(1, Integer.parseInt(count.group(1)), "the receipt prints on one A5 sheet");

        b.driver.get(decoded);
        b.awaitVaadin();
        WebElement field = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lookup-number input")));
        assertEquals(number, field.getDomProperty("value"), "the QR address fills in the case number");
        b.driver.get(caseUrl);
        b.awaitVaadin();
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
    }

    @Test
    void a_village_case_goes_up_to_the_township_is_handled_there_and_the_public_lookup_shows_its_steps() throws Exception {
        String number;
        String code;
        try (Browser b = new Browser()) {
            b.login("agent.t02v01", PASSWORD);
            b.open("/network/cases");
            b.driver.findElement(By.id("case-new")).click();
            chooseInCombo(b, "case-item", "最低生活保障申请");
            type(b, "case-applicant", APPLICANT);
            type(b, "case-phone", PHONE);
            b.screenshot("network-case-new");
            b.driver.findElement(By.id("case-save")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
            b.awaitVaadin();
            assertEquals("已受理，办理中", b.text(By.id("case-state")));
            String facts = b.text(By.id("case-facts"));
            Matcher m = Pattern.compile("查询码\\s*(\\d{6})").matcher(facts);
            assertTrue(m.find(), facts);
            code = m.group(1);
            number = b.text(By.id("case-title")).split(" · ")[0].strip();
            assertTrue(facts.contains("柳溪镇河口村民生服务室"), facts);
            receipt(b, number, code);

            // the village cannot handle 低保: it hands the case up with a reason
            type(b, "case-handup-reason", "低保审核确认在乡镇，按规定上交");
            b.driver.findElement(By.id("case-handup")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-facts"), "柳溪镇便民服务站"));
            b.awaitVaadin();
            assertTrue(b.bodyText().contains("上交"), "the hand-up is a step");
            assertTrue(b.driver.findElements(By.id("case-handle")).isEmpty(), "the village can no longer act on it");
            b.screenshot("network-case-handed-up");
        }
        try (Browser b = new Browser()) {
            b.login("agent.t02", PASSWORD);
            b.open("/network/cases");
            b.driver.findElement(By.id("cases-tab-inbox")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cases-grid"), number));
            b.screenshot("network-inbox");
            clickGridCellText(b, "cases-grid", number);
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-result-input")));
            type(b, "case-result-input", "经入户核查符合条件，纳入最低生活保障");
            b.driver.findElement(By.id("case-handle")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已办结，待送达"));
            String facts = b.text(By.id("case-facts"));
            assertTrue(facts.contains("柳溪镇河口村民生服务室"), "back at the village for delivery: " + facts);
            b.screenshot("network-case-handled");
        }
        try (Browser b = new Browser(390, 844)) {
            b.open("/lookup");
            type(b, "lookup-number", number);
            type(b, "lookup-code", code);
            b.driver.findElement(By.id("lookup-submit")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lookup-steps")));
            String steps = b.text(By.id("lookup-steps"));
            for (String step : new String[] {"委托", "受理", "上交", "办理", "回流送达点"}) {
                assertTrue(steps.contains(step), step + " in " + steps);
            }
            assertTrue(steps.contains("柳溪镇河口村民生服务室 → 柳溪镇便民服务站"), steps);
            assertEquals("已办结，待送达", b.text(By.id("lookup-state")));
            String page = b.bodyText();
            assertFalse(page.contains(APPLICANT) || page.contains(PHONE) || page.contains("入户核查"), "nothing private: " + page);
            assertTrue(fitsWidth(b), "no sideways scrolling on a phone");
            b.screenshot("network-lookup-phone");

            // a wrong code gets the same answer as a wrong number
            type(b, "lookup-code", "000000".equals(code) ? "111111" : "000000");
            b.driver.findElement(By.id("lookup-submit")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lookup-message")));
            String wrongCode = b.text(By.id("lookup-message"));
            type(b, "lookup-number", "DB199901010001");
            type(b, "lookup-code", code);
            b.driver.findElement(By.id("lookup-submit")).click();
            b.awaitVaadin();
            assertEquals(wrongCode, b.text(By.id("lookup-message")));
            assertTrue(wrongCode.contains("未查到办件"), wrongCode);
        }
    }

    @Test
    void the_public_guide_works_on_a_phone_without_login() {
        try (Browser b = new Browser(390, 844)) {
            b.open("/guide");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guide-count"), "共"));
            type(b, "guide-keyword", "宅基地");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guide-results"), "农村村民宅基地审批"));
            b.awaitVaadin();
            b.driver.findElement(By.cssSelector("#guide-results vaadin-details")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guide-results"), "申请材料"));
            assertTrue(b.text(By.id("guide-results")).contains("承诺"));
            assertTrue(fitsWidth(b), "no sideways scrolling on a phone");
            b.screenshot("network-guide-phone");
        }
    }

    @Test
    void the_statistics_show_how_many_cases_each_level_closed() {
        try (Browser b = new Browser()) {
            b.login("leader", PASSWORD);
            b.open("/network/stats");
            String village = b.text(By.id("stats-card-village"));
            assertTrue(village.contains("小事不出村") && village.matches("(?s).*\\d+\\.\\d%.*"), village);
            assertTrue(b.text(By.id("stats-card-township")).contains("大事不出乡"));
            assertTrue(b.text(By.id("stats-card-county")).contains("难事不出县"));
            b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!document.querySelector('#stats-share-chart canvas')")));
            b.screenshot("network-stats");
        }
    }

    @Test
    void the_approval_board_shows_a_department_deemed_to_agree_after_its_deadline() {
        try (Browser b = new Browser()) {
            b.login("leader", PASSWORD);
            b.open("/network/approvals");
            WebElement deemed = b.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#approval-board .approval-chip[data-answer='DEEMED_AGREE']")));
            assertTrue(deemed.getText().contains("视为同意"), deemed.getText());
            b.screenshot("network-approval-board");
            b.open("/network/approvals");
            b.driver.findElements(By.cssSelector("#approval-board .approval-card")).stream()
                    .filter(c -> c.getText().contains("新型环保建材")).findFirst().orElseThrow().click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approval-tasks")));
            b.awaitVaadin();
            String tasks = b.text(By.id("approval-tasks"));
            assertTrue(tasks.contains("系统记录：超期未答复，视为同意"), tasks);
            b.screenshot("network-approval-detail");
        }
    }

    @Test
    void leaders_see_the_node_tree_the_catalogue_history_and_the_overdue_list() {
        try (Browser b = new Browser()) {
            b.login("leader", PASSWORD);
            b.open("/network/nodes");
            String counts = b.text(By.id("nodes-counts"));
            assertTrue(counts.contains("乡镇便民服务站 8 个") && counts.contains("民生服务室 60 个"), counts);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nodes-tree"), "青石镇便民服务站"));
            b.screenshot("network-nodes");
            b.open("/network/items");
            b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !!document.querySelector('#items-history canvas')")));
            b.screenshot("network-items");
            b.open("/network/cases");
            b.driver.findElement(By.id("cases-tab-overdue")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cases-grid [data-light='RED']")));
            assertTrue(b.text(By.id("cases-summary")).matches(".*其中超期 [1-9]\\d* 件.*"), b.text(By.id("cases-summary")));
            b.screenshot("network-overdue");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    static void type(Browser b, String id, String text) {
        WebElement input = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        b.awaitVaadin();
    }

    /** Filters a combo box (server-side filtering) and selects the first item whose label contains the text. */
    static void chooseInCombo(Browser b, String id, String text) {
        WebElement combo = b.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript("arguments[0].opened = true; arguments[0].filter = arguments[1];", combo, text);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js.executeScript(
                "return (arguments[0].filteredItems || []).some(i => i && arguments[0]._getItemLabel(i).includes(arguments[1]));", combo, text)));
        js.executeScript("const c = arguments[0];"
                + "c.selectedItem = c.filteredItems.find(i => i && c._getItemLabel(i).includes(arguments[1])); c.opened = false;", combo, text);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !!arguments[0].selectedItem", combo)));
    }

    static void clickGridCellText(Browser b, String gridId, String text) {
        WebElement cell = b.wait.until(d -> d.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().strip().equals(text)).findFirst().orElse(null));
        cell.click();
        b.awaitVaadin();
    }

    static boolean fitsWidth(Browser b) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth + 1"));
    }
}
