package cn.fuwukuaiche.it;

import cn.fuwukuaiche.org.control.ImportKind;
import cn.fuwukuaiche.org.control.RosterSheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation as people use it: the tree, editing a person, a secretary's scope, the roster import. */
class OrgBrowserIT {

    private static final String PASSWORD = "demo1234";

    /** The text of the grid's rendered cells (they live in light DOM, slotted into the grid). */
    static String gridText(Browser b, String gridId) {
        return String.valueOf(((JavascriptExecutor) b.driver).executeScript(
                "return Array.from(document.querySelectorAll('#" + gridId + " vaadin-grid-cell-content'))"
                        + ".map(e => e.textContent).join('|')"));
    }

    static void type(Browser b, String fieldId, String text) {
        WebElement input = b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
        b.awaitVaadin();
    }

    static void upload(Browser b, String uploadId, Path file) {
        WebElement upload = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(uploadId)));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void admin_sees_the_demo_county_edits_a_staff_member_and_sees_the_change_in_the_tree() {
        try (Browser b = new Browser(1440, 1000)) {
            b.login("admin", PASSWORD);
            b.open("/org");
            b.wait.until(d -> gridText(b, "org-tree").contains("第三联合党支部"));
            String tree = gridText(b, "org-tree");
            assertTrue(tree.contains("中心党支部") && tree.contains("第一联合党支部") && tree.contains("第二联合党支部"), tree);
            String totals = b.text(By.id("org-totals"));
            assertTrue(totals.matches("共 \\d+ 人，党员 \\d+ 人，窗口 3\\d 个，女职工 \\d+ 人"), totals);
            b.screenshot("org-tree-admin");

            // QS0050 is one of the generated window staff of the demo county; only this test edits them
            String post = "综合受理员" + (System.currentTimeMillis() % 100000);
            b.open("/org/staff");
            type(b, "staff-search", "QS0050");
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-QS0050"))).click();
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-save")));
            b.awaitVaadin();
            String name = String.valueOf(((JavascriptExecutor) b.driver).executeScript(
                    "return document.querySelector('#staff-name').value"));
            b.screenshot("org-staff-edit");
            type(b, "staff-post", post);
            b.driver.findElement(By.id("staff-save")).click();
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("staff-save")));

            b.open("/org");
            type(b, "org-tree-search", name);
            b.wait.until(d -> gridText(b, "org-tree").contains(post));
            assertTrue(gridText(b, "org-tree").contains(name));
            b.screenshot("org-tree-after-edit");
        }
    }

    @Test
    void a_bad_phone_number_is_refused_beside_the_field_and_nothing_is_lost() {
        try (Browser b = new Browser()) {
            b.login("admin", PASSWORD);
            b.open("/org/staff");
            type(b, "staff-search", "QS0051");
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-QS0051"))).click();
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-save")));
            b.awaitVaadin();
            type(b, "staff-phone", "12345");
            b.driver.findElement(By.id("staff-save")).click();
            b.awaitVaadin();
            Object error = ((JavascriptExecutor) b.driver).executeScript(
                    "const f = document.querySelector('#staff-phone'); return f.invalid ? f.errorMessage : null");
            assertTrue(String.valueOf(error).contains("电话格式不正确"), String.valueOf(error));
            assertTrue(b.driver.findElement(By.id("staff-save")).isDisplayed(), "the dialog stays open with what was typed");
            assertEquals("12345", ((JavascriptExecutor) b.driver).executeScript("return document.querySelector('#staff-phone').value"));
            b.screenshot("org-staff-bad-phone");
        }
    }

    @Test
    void a_photo_is_uploaded_with_a_thumbnail_and_a_gif_is_refused() throws IOException {
        Path png = Files.createTempFile("photo-", ".png");
        Path gif = Files.createTempFile("photo-", ".gif");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(300, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        javax.imageio.ImageIO.write(img, "gif", gif.toFile());
        try (Browser b = new Browser()) {
            b.login("admin", PASSWORD);
            b.open("/org/staff");
            type(b, "staff-search", "QS0052");
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("edit-QS0052"))).click();
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-save")));
            upload(b, "staff-photo-upload", gif);
            b.wait.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
                    .anyMatch(n -> n.getText().contains("照片")));
            upload(b, "staff-photo-upload", png);
            b.wait.until(d -> {
                Object src = ((JavascriptExecutor) d).executeScript("const i = document.querySelector('#staff-photo-thumb'); "
                        + "return i && i.src && i.complete && i.naturalHeight > 0 ? i.naturalHeight : null");
                return src != null && ((Number) src).intValue() == 160;
            });
            b.screenshot("org-staff-photo");
        } finally {
            Files.deleteIfExists(png);
            Files.deleteIfExists(gif);
        }
    }

    @Test
    void a_secretary_sees_only_their_branch_and_cannot_reach_another_branchs_staff() {
        try (Browser b = new Browser()) {
            b.login("secretary", PASSWORD);
            b.open("/org");
            b.wait.until(d -> gridText(b, "org-tree").contains("第一联合党支部"));
            String tree = gridText(b, "org-tree");
            assertFalse(tree.contains("第二联合党支部") || tree.contains("第三联合党支部") || tree.contains("中心党支部|"), tree);
            b.screenshot("org-tree-secretary");

            b.open("/org/staff");
            b.wait.until(d -> b.text(By.id("staff-count")).startsWith("共 "));
            // 周志强 is the second joint branch's secretary: not visible, so not editable, for this secretary
            type(b, "staff-search", "周志强");
            b.wait.until(d -> b.text(By.id("staff-count")).startsWith("共 0 人"));
            type(b, "staff-search", "李秀英");
            b.wait.until(d -> b.text(By.id("staff-count")).startsWith("共 1 人"));
            b.wait.until(d -> d.findElements(By.cssSelector("vaadin-button[id^='edit-QS']")).stream().anyMatch(WebElement::isDisplayed));
            b.screenshot("org-staff-secretary");
        }
    }

    /**
     * Re-importing the roster export updates people instead of refusing every row as "工号已存在": the admin adds a
     * person of the test's own, downloads the 人员管理 export (every person), changes that person's 岗位 in it and
     * uploads it in "update existing" mode. The preview names that one change (old → new) and everyone else as
     * unchanged; applying it writes one audit line for the person with the before → after.
     */
    @Test
    void re_importing_the_roster_export_in_update_mode_changes_one_field_and_the_audit_shows_it() throws Exception {
        String staffNo = "UPD" + (System.currentTimeMillis() % 1_000_000);
        String name = "更新测试" + staffNo.substring(staffNo.length() - 2).chars()
                .mapToObj(c -> String.valueOf("甲乙丙丁戊己庚辛壬癸".charAt(c - '0'))).collect(java.util.stream.Collectors.joining());
        Path one = Files.createTempFile("roster-new-", ".xlsx");
        Files.write(one, RosterSheets.sheet(ImportKind.STAFF, List.of(
                List.of(staffNo, name, "女", "群众", "县公安局", "A05", "", "受理员", "", "13800000000", ""))));
        Path edited = Files.createTempFile("roster-export-", ".xlsx");
        try (Browser b = new Browser(1440, 1000)) {
            AssessmentBrowserIT.onFailure(b, "fail-org-import-update", () -> updateImport(b, staffNo, name, one, edited));
        } finally {
            Files.deleteIfExists(one);
            Files.deleteIfExists(edited);
        }
    }

    private void updateImport(Browser b, String staffNo, String name, Path one, Path edited) throws Exception {
        {
            b.login("admin", PASSWORD);
            b.open("/org/import");
            chooseUpdateMode(b);
            upload(b, "import-upload", one);
            b.wait.until(d -> d.findElement(By.id("import-summary")).getText().contains("新增 1 人"));
            b.driver.findElement(By.id("import-commit")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress-text"), "新增 1 人"));

            // the export of 人员管理, as the admin downloads it
            b.open("/org/staff");
            WebElement export = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-export")));
            String base64 = String.valueOf(((JavascriptExecutor) b.driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0].href, {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(buf => {
                      let s = ''; const bytes = new Uint8Array(buf);
                      for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
                      done(btoa(s));
                    }).catch(e => done('ERROR ' + e));
                    """, export));
            assertFalse(base64.startsWith("ERROR"), base64);
            int rows = editExport(java.util.Base64.getDecoder().decode(base64), staffNo, "岗位", "综合窗口受理", edited);
            assertTrue(rows > 100, "the whole roster: " + rows);

            b.open("/org/import");
            chooseUpdateMode(b);
            upload(b, "import-upload", edited);
            b.wait.until(d -> d.findElement(By.id("import-summary")).getText().contains("更新"));
            String summary = b.text(By.id("import-summary"));
            assertEquals("共 " + rows + " 行：更新 1 人（1 项变更），新增 0 人，" + (rows - 1) + " 人无变化", summary);
            String changes = gridText(b, "import-changes");
            assertTrue(changes.contains(staffNo) && changes.contains(name) && changes.contains("岗位：受理员 → 综合窗口受理"), changes);
            assertFalse(summary.contains("已存在") || gridText(b, "import-grid").contains("已存在"), "no row refused as existing");
            b.screenshot("org-import-update-preview");
            b.driver.findElement(By.id("import-commit")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress-text"), "已更新 1 人"));

            b.open("/org/staff");
            type(b, "staff-search", staffNo);
            b.wait.until(d -> gridText(b, "staff-grid").contains("综合窗口受理"));

            b.open("/audit");
            b.wait.until(d -> gridText(b, "audit-grid").contains("修改工作人员 " + name));
            // a click on the row opens its details: the changes, before → after
            ((JavascriptExecutor) b.driver).executeScript("""
                    const cell = [...document.querySelectorAll('#audit-grid vaadin-grid-cell-content')]
                        .find(c => c.textContent.includes(arguments[0]));
                    cell.scrollIntoView({block: 'center'}); cell.click();
                    """, "修改工作人员 " + name);
            b.awaitVaadin();
            b.wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                    "return [...document.querySelectorAll('#audit-grid pre')].map(p => p.textContent).join('|')")).contains("岗位：受理员 → 综合窗口受理"));
            b.screenshot("org-import-update-audit");
        }
    }

    private static void chooseUpdateMode(Browser b) {
        WebElement radio = b.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-radio-group[@id='import-mode']//vaadin-radio-button[contains(., '更新已有人员')]")));
        radio.findElement(By.tagName("input")).click();
        b.awaitVaadin();
        b.wait.until(d -> radio.getDomAttribute("checked") != null);
    }

    /** Rewrites an exported sheet with one cell changed (the row of {@code staffNo}, column {@code header}); returns the data rows. */
    private static int editExport(byte[] xlsx, String staffNo, String header, String value, Path to) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            for (org.dhatim.fastexcel.reader.Row r : wb.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.hasCell(c) ? r.getCellText(c) : null);
                }
                rows.add(cells);
            }
        }
        int column = rows.get(0).indexOf(header);
        int found = 0;
        for (List<String> r : rows.subList(1, rows.size())) {
            if (staffNo.equals(r.get(0))) {
                while (r.size() <= column) {
                    r.add(null);
                }
                r.set(column, value);
                found++;
            }
        }
        assertEquals(1, found, "the person is in the export");
        try (java.io.OutputStream out = Files.newOutputStream(to)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("人员");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null && !rows.get(r).get(c).isEmpty()) {
                        ws.value(r, c, rows.get(r).get(c));
                    }
                }
            }
            wb.finish();
        }
        return rows.size() - 1;
    }

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_names_the_row() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(List.of("UIBAD" + i, "测试人员", "女", "群众", "县公安局", "A05", "", "受理员", "", "13800000000", ""));
        }
        rows.set(2, List.of("UIBAD3", "测试人员", "未知", "群众", "县档案馆", "", "", "", "", "", ""));
        Path file = Files.createTempFile("roster-bad-", ".xlsx");
        Files.write(file, RosterSheets.sheet(ImportKind.STAFF, rows));
        try (Browser b = new Browser(1440, 900)) {
            b.login("admin", PASSWORD);
            b.open("/org/import");
            upload(b, "import-upload", file);
            b.wait.until(d -> b.driver.findElement(By.id("import-summary")).getText().contains("有误"));
            String summary = b.text(By.id("import-summary"));
            assertEquals("共 5 行，其中 1 行有误：请改正后重新上传，有误时一行也不会导入", summary);
            String grid = gridText(b, "import-grid");
            assertTrue(grid.contains("单位“县档案馆”不存在") && grid.contains("性别“未知”无效"), grid);
            assertEquals("true", b.driver.findElement(By.id("import-commit")).getDomAttribute("disabled"), "nothing can be imported");
            b.screenshot("org-import-bad-row");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Limits and the normaliser on the import page: the shared-string bomb is refused before any reader opens it, a
     * line feed in 姓名 and a tab in 岗位 are named row by row, and a 50 MB body posted straight to the upload URL (with
     * the admin's own session, skipping the browser's size check) is refused with 413 before it is read, and again
     * when it comes chunked without a declared length.
     */
    @Test
    void the_import_refuses_the_bomb_control_characters_and_an_oversized_direct_upload() throws Exception {
        Path bomb = Files.createTempFile("roster-bomb-", ".xlsx");
        Files.write(bomb, cn.fuwukuaiche.base.control.XlsxGuardTest.sharedStringBomb(300L * 1024 * 1024));
        Path lines = Files.createTempFile("roster-lines-", ".xlsx");
        Files.write(lines, RosterSheets.sheet(ImportKind.STAFF, List.of(
                List.of("UILF1", "测试\n人员", "女", "群众", "县公安局", "A05", "", "受\t理员", "", "+86 138 0013 8000", ""))));
        try (Browser b = new Browser(1440, 900)) {
            b.login("admin", PASSWORD);
            b.open("/org/import");
            // Vaadin's connection indicator speaks Chinese (UiSetup.connectionTexts)
            b.wait.until(d -> "与服务器的连接已断开，正在重新连接…".equals(((JavascriptExecutor) d).executeScript(
                    "return window.Vaadin && window.Vaadin.connectionIndicator ? window.Vaadin.connectionIndicator.reconnectingText : null;")));
            upload(b, "import-upload", bomb);
            b.wait.until(d -> d.findElement(By.id("import-file-problems")).getText().contains("解压后过大"));
            b.screenshot("org-import-bomb-refused");

            b.open("/org/import");
            upload(b, "import-upload", lines);
            b.wait.until(d -> d.findElement(By.id("import-summary")).getText().contains("有误"));
            String grid = gridText(b, "import-grid");
            assertTrue(grid.contains("姓名不能包含换行") && grid.contains("岗位不能包含换行"), grid);
            assertFalse(grid.contains(cn.fuwukuaiche.org.control.OrgRules.MSG_PHONE), "+86 138 0013 8000 is a valid mobile number: " + grid);

            b.open("/org/import");
            String target = String.valueOf(((JavascriptExecutor) b.driver).executeScript(
                    "return document.getElementById('import-upload').target;"));
            String cookie = b.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .reduce((x, y) -> x + "; " + y).orElse("");
            java.net.URI uri = java.net.URI.create(b.baseUrl + "/").resolve(target);
            long t0 = System.nanoTime();
            java.net.http.HttpResponse<String> declared = directUpload(uri, cookie, true);
            assertEquals(413, declared.statusCode(), declared.body());
            java.net.http.HttpResponse<String> chunked = directUpload(uri, cookie, false);
            assertEquals(413, chunked.statusCode(), chunked.body());
            System.out.printf("OrgBrowserIT: two 50 MB direct uploads refused in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            Server.awaitReady();
            assertEquals(200, Server.get("/health/ready").statusCode(), "the server is fine");
            b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Excel 文件不能超过 10 MB"));
            assertEquals("", b.driver.findElement(By.id("import-summary")).getText(), "nothing was read into a preview");
        } finally {
            Files.deleteIfExists(bomb);
            Files.deleteIfExists(lines);
        }
    }

    /** 50 MB of zeros as the raw body, with Content-Length or chunked; a refusal may close the connection early. */
    private static java.net.http.HttpResponse<String> directUpload(java.net.URI uri, String cookie, boolean declareLength) throws Exception {
        long size = 50L * 1024 * 1024;
        java.net.http.HttpRequest.BodyPublisher body = declareLength
                ? java.net.http.HttpRequest.BodyPublishers.fromPublisher(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[(int) size])), size)
                : java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? 0 : -1;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(buf, off, off + n, (byte) 0);
                        left -= n;
                        return n;
                    }
                });
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                java.net.http.HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Cookie", cookie)
                        .header("Content-Type", "application/octet-stream").POST(body).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The "done when" walk-through: an admin imports the template filled with 1,000 rows and sees them. It adds
     * 1,000 people, so it runs only against a server of one's own: -Dit.org.bulk=true.
     */
    @Test
    @EnabledIfSystemProperty(named = "it.org.bulk", matches = "true")
    void admin_imports_a_thousand_rows_with_a_progress_bar_and_sees_them() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String prefix = "K" + (System.currentTimeMillis() % 100000);
        for (int i = 1; i <= 1000; i++) {
            boolean member = i % 3 == 0;
            rows.add(List.of(prefix + String.format("%04d", i), "导入" + "甲乙丙丁戊己庚辛壬癸".charAt(i % 10) + "员", i % 2 == 0 ? "女" : "男",
                    member ? "中共党员" : "群众", "县公安局", "A06", member ? "第一联合党支部" : "", "受理员", "", "139" + String.format("%08d", i), ""));
        }
        Path file = Files.createTempFile("roster-1000-", ".xlsx");
        Files.write(file, RosterSheets.sheet(ImportKind.STAFF, rows));
        try (Browser b = new Browser(1440, 900)) {
            b.login("admin", PASSWORD);
            b.open("/org/import");
            upload(b, "import-upload", file);
            try {
                new WebDriverWait(b.driver, Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("import-summary")).getText().isEmpty());
            } catch (RuntimeException e) {
                b.screenshot("debug-import");
                throw e;
            }
            assertEquals("共 1000 行，全部可以导入", b.text(By.id("import-summary")));
            b.screenshot("org-import-preview-1000");
            b.driver.findElement(By.id("import-commit")).click();
            b.wait.until(d -> !d.findElement(By.id("import-progress-text")).getText().isEmpty());
            b.screenshot("org-import-progress-1000");
            new WebDriverWait(b.driver, Duration.ofSeconds(180)).until(
                    d -> !d.findElement(By.id("import-progress-text")).getText().startsWith("正在导入"));
            b.screenshot("org-import-done-1000");
            assertTrue(b.text(By.id("import-progress-text")).startsWith("已导入 1000"), b.text(By.id("import-progress-text")));
            b.open("/org/staff");
            type(b, "staff-search", prefix);
            b.wait.until(d -> b.text(By.id("staff-count")).startsWith("共 1000 人"));
            b.screenshot("org-staff-after-import");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
