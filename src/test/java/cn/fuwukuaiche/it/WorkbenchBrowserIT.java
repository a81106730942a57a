package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static cn.fuwukuaiche.it.AssessmentBrowserIT.click;
import static cn.fuwukuaiche.it.AssessmentBrowserIT.content;
import static cn.fuwukuaiche.it.AssessmentBrowserIT.onFailure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 工作台 (issue 20) as users meet it: every demo account opens on a non-empty workbench and all three lights occur; a
 * sheet the secretary returns raises the staff member's bell and puts the to-do with its deadline on his open
 * workbench without a reload, and submitting the sheet again removes it; a forbidden page says 无权访问 and who may;
 * a logged-out deep link comes back after the login.
 */
class WorkbenchBrowserIT {

    static final String PASSWORD = "demo1234";
    static final List<String> ACCOUNTS = List.of("admin", "leader", "secretary", "secretary2", "staff", "staff2", "member",
            "agent", "agent.town", "agent.county");

    @Test
    void every_demo_account_has_a_non_empty_workbench_and_all_three_lights_occur() {
        Set<String> lights = new TreeSet<>();
        for (String account : ACCOUNTS) {
            try (Browser b = new Browser(1366, 1000)) {
                onFailure(b, "fail-workbench-" + account, () -> {
                    b.login(account, PASSWORD); // the sign-in lands on the workbench
                    b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                    List<WebElement> rows = b.driver.findElements(By.cssSelector("#todo-list .todo-row"));
                    assertFalse(rows.isEmpty(), account + ": " + content(b, "todo-list"));
                    assertTrue(b.driver.findElements(By.cssSelector(".todo-unavailable")).isEmpty(),
                            account + ": a source failed: " + content(b, "todo-list"));
                    rows.forEach(r -> lights.add(String.valueOf(r.getDomAttribute("data-light"))));
                    if (Set.of("admin", "leader", "secretary", "staff", "agent").contains(account)) {
                        b.screenshot("workbench-" + account.replace('.', '-'));
                    }
                });
            }
        }
        assertTrue(lights.containsAll(Set.of("RED", "YELLOW", "GREEN")), "lights seen: " + lights);
    }

    /**
     * STAFF and SECRETARY: the secretary opens the sheet to review from his workbench and returns it (his line goes);
     * the staff member's bell rings and the returned sheet appears on his open workbench with its deadline; he submits
     * it again (his line goes) and the secretary's bell rings and the sheet to review is back on his open workbench.
     */
    @Test
    void a_returned_sheet_rings_the_staff_members_bell_live_and_submitting_it_again_rings_the_secretarys() {
        try (Browser staff = new Browser(1366, 1000); Browser sec = new Browser(1366, 1000)) {
            onFailure(staff, "fail-workbench-live", () -> {
                staff.login("staff", PASSWORD);
                // this month's window sheet of A05, submitted (so the secretary can return it)
                staff.open("/evaluation/assessments");
                staff.wait.until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.id("open-A05")),
                        ExpectedConditions.presenceOfElementLocated(By.id("start-A05"))));
                click(staff, By.id(staff.driver.findElements(By.id("open-A05")).isEmpty() ? "start-A05" : "open-A05"));
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-status")));
                if (!staff.driver.findElements(By.id("sheet-submit")).isEmpty()) {
                    click(staff, By.id("sheet-submit"));
                    staff.wait.until(d -> content(staff, "sheet-status").contains("待审核"));
                }
                String sheetUrl = staff.driver.getCurrentUrl();
                String sheetRoute = sheetUrl.substring(sheetUrl.indexOf("evaluation/sheet/"));
                staff.open("/");
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                int before = bellCount(staff);
                assertFalse(content(staff, "todo-list").contains("修改被退回的2026"), content(staff, "todo-list"));

                onFailure(sec, "fail-workbench-return", () -> {
                    sec.login("secretary", PASSWORD);
                    sec.open("/");
                    sec.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                    // one click from the secretary's workbench to the sheet, and he returns it
                    WebElement review = rowLinking(sec, sheetRoute).orElseThrow(() -> new AssertionError(content(sec, "todo-list")));
                    assertTrue(review.getText().contains("审核") && hasDeadline(review), review.getText());
                    ((JavascriptExecutor) sec.driver).executeScript("arguments[0].click();", review.findElement(By.tagName("a")));
                    sec.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-return")));
                    click(sec, By.id("sheet-return"));
                    WebElement reason = sec.wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("#return-reason textarea")));
                    reason.sendKeys("请补充迟到记录的考勤机编号", org.openqa.selenium.Keys.TAB);
                    sec.awaitVaadin();
                    click(sec, By.id("return-confirm"));
                    sec.wait.until(d -> content(sec, "sheet-status").contains("退回"));
                    sec.open("/");
                    sec.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                    assertTrue(rowLinking(sec, sheetRoute).isEmpty(), "returned: off the secretary's list");
                });
                int secBefore = bellCount(sec);

                // no reload: the push brings the count and the to-do
                staff.wait.until(d -> bellCount(staff) == before + 1);
                staff.wait.until(d -> content(staff, "todo-list").contains("修改被退回的"));
                WebElement row = returnedRow(staff);
                String text = row.getText();
                assertTrue(text.contains("期限 20"), "the to-do shows its deadline: " + text);
                staff.screenshot("workbench-staff-returned");

                ((JavascriptExecutor) staff.driver).executeScript("arguments[0].click();", row.findElement(By.tagName("a")));
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-submit")));
                click(staff, By.id("sheet-submit"));
                staff.wait.until(d -> content(staff, "sheet-status").contains("待审核"));
                staff.open("/");
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                assertFalse(content(staff, "todo-list").contains("修改被退回的"), content(staff, "todo-list"));

                // the secretary's open workbench: the bell and the sheet to review, without a reload
                onFailure(sec, "fail-workbench-resubmitted", () -> {
                    sec.wait.until(d -> bellCount(sec) == secBefore + 1);
                    sec.wait.until(d -> rowLinking(sec, sheetRoute).isPresent());
                    WebElement line = rowLinking(sec, sheetRoute).orElseThrow();
                    assertTrue(line.getText().contains("审核") && line.getText().contains("A05") && hasDeadline(line), line.getText());
                    ((JavascriptExecutor) sec.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", line);
                    sec.screenshot("workbench-secretary-submitted");
                });

                staff.open("/notifications");
                staff.wait.until(d -> content(staff, "notification-list").contains("考评表被退回"));
            });
        }
    }

    /**
     * AGENT: the village agent hands a 低保 case up; the township agent's bell rings and the case is on his open
     * workbench with its deadline; he handles it from there and it leaves his list (back at the village for delivery).
     */
    @Test
    void a_case_handed_up_rings_the_township_agents_bell_and_handling_it_takes_it_off() {
        try (Browser town = new Browser(1366, 1000); Browser village = new Browser(1366, 1000)) {
            onFailure(town, "fail-workbench-agent", () -> {
                town.login("agent.town", PASSWORD);
                town.open("/");
                town.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                int before = bellCount(town);
                String[] number = new String[1];
                onFailure(village, "fail-workbench-agent-handup", () -> {
                    village.login("agent", PASSWORD);
                    village.open("/network/cases");
                    village.driver.findElement(By.id("case-new")).click();
                    NetworkBrowserIT.chooseInCombo(village, "case-item", "最低生活保障申请");
                    NetworkBrowserIT.type(village, "case-applicant", "赵工作台");
                    NetworkBrowserIT.type(village, "case-phone", "13700001111");
                    village.driver.findElement(By.id("case-save")).click();
                    village.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-title")));
                    village.awaitVaadin();
                    number[0] = village.text(By.id("case-title")).split(" · ")[0].strip();
                    NetworkBrowserIT.type(village, "case-handup-reason", "低保审核确认在乡镇，按规定上交");
                    village.driver.findElement(By.id("case-handup")).click();
                    village.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-facts"), "青石镇便民服务站"));
                });
                town.wait.until(d -> bellCount(town) == before + 1);
                town.wait.until(d -> content(town, "todo-list").contains(number[0]));
                WebElement row = rowContaining(town, number[0]).orElseThrow();
                assertTrue(row.getText().contains("期限 20"), "with its deadline: " + row.getText());
                town.screenshot("workbench-agent-handed-up");
                ((JavascriptExecutor) town.driver).executeScript("arguments[0].click();", row.findElement(By.tagName("a")));
                town.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-result-input")));
                NetworkBrowserIT.type(town, "case-result-input", "经入户核查符合条件，纳入最低生活保障");
                town.driver.findElement(By.id("case-handle")).click();
                town.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-state"), "已办结，待送达"));
                town.open("/");
                town.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                assertTrue(rowContaining(town, number[0]).isEmpty(), content(town, "todo-list"));
            });
        }
    }

    /**
     * ADMIN: five wrong passwords lock an account; the administrator's bell rings and the locked account is on his
     * open workbench; he resets its password from there and it leaves his list.
     */
    @Test
    void a_locked_account_rings_the_admins_bell_and_a_reset_takes_it_off() {
        String victim = "agent.t03v02";
        try (Browser admin = new Browser(1366, 1000); Browser guesser = new Browser(1366, 900)) {
            onFailure(admin, "fail-workbench-admin", () -> {
                admin.login("admin", PASSWORD);
                admin.open("/");
                admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                int before = bellCount(admin);
                onFailure(guesser, "fail-workbench-guesser", () -> {
                    for (int i = 0; i < 5; i++) {
                        guesser.submitLogin(victim, "wrong-" + i);
                        guesser.awaitLoginError();
                    }
                });
                admin.wait.until(d -> bellCount(admin) >= before + 1);
                admin.wait.until(d -> rowContaining(admin, "账号 " + victim + " ").isPresent());
                WebElement row = rowContaining(admin, "账号 " + victim + " ").orElseThrow();
                assertTrue(row.getText().contains("被锁定，至 20"), "until when: " + row.getText());
                admin.screenshot("workbench-admin-locked");
                ((JavascriptExecutor) admin.driver).executeScript("arguments[0].click();", row.findElement(By.tagName("a")));
                WebElement filter = admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#users-filter input")));
                filter.sendKeys(victim, org.openqa.selenium.Keys.TAB);
                // the lazy filter has left the one row (its locked-until cell filled); then its own reset button, the
                // one on screen (getElementById: the account name holds a dot, which a CSS id selector would need escaped)
                JavascriptExecutor js = (JavascriptExecutor) admin.driver;
                admin.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return document.getElementById('users-grid').size === 1;")));
                admin.awaitVaadin();
                WebElement reset = admin.wait.until(d -> (WebElement) js.executeScript(
                        "return Array.from(document.querySelectorAll('vaadin-button'))"
                                + ".find(b => b.id === arguments[0] && b.offsetParent !== null) || null;", "user-reset-" + victim));
                js.executeScript("arguments[0].click();", reset);
                admin.awaitVaadin();
                admin.open("/");
                admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                assertTrue(rowContaining(admin, "账号 " + victim + " ").isEmpty(), content(admin, "todo-list"));
            });
        }
    }

    /**
     * LEADER: a citizen objects to a 公示 on the public page; the leader's bell rings and the objection is on his open
     * workbench with the notice's closing day; he dismisses it from there and it leaves his list.
     */
    @Test
    void a_public_objection_rings_the_leaders_bell_and_deciding_it_takes_it_off() {
        String objector = "钱" + "工作台" + (char) ('甲' + (int) (System.nanoTime() % 10));
        try (Browser leader = new Browser(1366, 1000); Browser citizen = new Browser(480, 1000)) {
            onFailure(leader, "fail-workbench-leader", () -> {
                leader.login("leader", PASSWORD);
                leader.open("/");
                leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                int before = bellCount(leader);
                String[] subject = new String[1];
                onFailure(citizen, "fail-workbench-objection", () -> {
                    citizen.open("/public/notices");
                    citizen.wait.until(ExpectedConditions.presenceOfElementLocated(By.className("notice-object")));
                    WebElement card = citizen.driver.findElements(By.className("notice-card")).stream()
                            .filter(c -> !c.findElements(By.className("notice-object")).isEmpty()).findFirst().orElseThrow();
                    subject[0] = card.getText();
                    WebElement object = card.findElement(By.className("notice-object"));
                    ((JavascriptExecutor) citizen.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", object);
                    citizen.awaitVaadin();
                    NetworkBrowserIT.type(citizen, "objection-name", objector);
                    NetworkBrowserIT.type(citizen, "objection-phone", "13912340000");
                    NetworkBrowserIT.type(citizen, "objection-content", "公示对象上月曾多次迟到，与公示内容不符");
                    click(citizen, By.id("objection-submit"));
                    citizen.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-accepted"), "已收到"));
                });
                leader.wait.until(d -> bellCount(leader) == before + 1);
                leader.wait.until(d -> rowContaining(leader, objector).isPresent());
                WebElement row = rowContaining(leader, objector).orElseThrow();
                assertTrue(row.getText().contains("裁定异议") && row.getText().contains("期限 20"), row.getText());
                leader.screenshot("workbench-leader-objection");
                String whose = row.findElement(By.className("todo-whose")).getText().strip();
                assertTrue(subject[0].contains(whose), whose + " / " + subject[0]);
                ((JavascriptExecutor) leader.driver).executeScript("arguments[0].click();", row.findElement(By.tagName("a")));
                NetworkBrowserIT.clickGridCellText(leader, "notice-grid", whose);
                // the newest objection is this one
                leader.wait.until(d -> !d.findElements(By.cssSelector("[id^='objection-dismiss-']")).isEmpty());
                WebElement dismiss = leader.driver.findElements(By.cssSelector("[id^='objection-dismiss-']")).stream()
                        .max(java.util.Comparator.comparingLong(e -> Long.parseLong(e.getDomAttribute("id").substring("objection-dismiss-".length()))))
                        .orElseThrow();
                ((JavascriptExecutor) leader.driver).executeScript("arguments[0].click();", dismiss);
                leader.awaitVaadin();
                NetworkBrowserIT.type(leader, "objection-reason", "经核实考勤记录，上月无迟到，异议不成立");
                click(leader, By.id("objection-decide-ok"));
                leader.wait.until(d -> d.findElements(By.id("objection-decide-ok")).isEmpty());
                leader.open("/");
                leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                assertTrue(rowContaining(leader, objector).isEmpty(), content(leader, "todo-list"));
            });
        }
    }

    @Test
    void a_forbidden_page_says_so_and_names_who_may() {
        try (Browser b = new Browser(1366, 900)) {
            onFailure(b, "fail-workbench-forbidden", () -> {
                b.login("staff", PASSWORD);
                b.open("/admin/users");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-title"), "无权访问"));
                assertTrue(content(b, "error-roles").contains("管理员"), content(b, "error-roles"));
                assertFalse(b.bodyText().contains("不存在"), b.bodyText());
                b.screenshot("workbench-forbidden");
            });
        }
    }

    /**
     * 上级主管 (issue 23): the supervisor's comparison shows its halls (the test server's office supervises the demo
     * county) with the three charts drawn and an export; a hall's ADMIN is refused the page and the super admin's.
     */
    @Test
    void the_supervisor_compares_halls_and_a_hall_admin_may_not() {
        try (Browser b = new Browser(1366, 1100)) {
            onFailure(b, "fail-supervision", () -> {
                b.login("shi.jianguan", PASSWORD);
                b.open("/supervision");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("supervision-grid"), "青山县政务服务中心"));
                for (String chart : List.of("satisfaction", "trend", "network")) {
                    b.wait.until(ExpectedConditions.attributeToBe(By.id("supervision-" + chart + "-chart"), "data-rendered", "true"));
                }
                assertTrue(content(b, "supervision-title").contains("市政务服务管理局"), content(b, "supervision-title"));
                assertFalse(b.driver.findElements(By.id("supervision-export")).isEmpty());
                b.screenshot("supervision-it");
            });
        }
        try (Browser b = new Browser(1366, 900)) {
            onFailure(b, "fail-supervision-admin", () -> {
                b.login("admin", PASSWORD);
                for (String page : List.of("/supervision", "/admin/halls")) {
                    b.open(page);
                    b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-title"), "无权访问"));
                    assertTrue(b.driver.findElements(By.id("supervision-grid")).isEmpty());
                    assertTrue(b.driver.findElements(By.id("halls-grid")).isEmpty());
                }
            });
        }
    }

    @Test
    void a_logged_out_deep_link_comes_back_after_the_login() {
        try (Browser b = new Browser(1366, 900)) {
            onFailure(b, "fail-workbench-deeplink", () -> {
                b.open("/rectifications");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
                assertTrue(b.driver.getCurrentUrl().contains("login"), b.driver.getCurrentUrl());
                WebElement user = b.wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-login-form input[name='username']")));
                user.sendKeys("staff");
                b.driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
                b.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
                b.wait.until(ExpectedConditions.urlContains("/rectifications"));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
            });
        }
    }

    static int bellCount(Browser b) {
        Object t = ((JavascriptExecutor) b.driver).executeScript(
                "const e = document.getElementById('bell-count'); return e && !e.hidden && e.style.display !== 'none' ? e.textContent : '0';");
        String s = String.valueOf(t).strip();
        return s.isEmpty() ? 0 : Integer.parseInt(s);
    }

    /**
     * The row shows its deadline, or says 无期限 when the deadline falls in a year the work calendar does not know yet
     * (December's sheets are reviewed in January; the demo calendar ends with this year, and the admin's to-do asks for
     * the next one): never a guessed date.
     */
    static boolean hasDeadline(WebElement row) {
        String deadline = row.findElement(By.className("todo-deadline")).getText();
        String light = row.getDomAttribute("data-light");
        return deadline.matches("期限 \\d{4}-\\d{2}-\\d{2}") || "NONE".equals(light) && row.getText().contains("无期限");
    }

    static java.util.Optional<WebElement> rowLinking(Browser b, String route) {
        return b.driver.findElements(By.cssSelector("#todo-list .todo-row")).stream()
                .filter(r -> r.findElements(By.cssSelector("a[href$='" + route + "']")).size() > 0).findFirst();
    }

    static java.util.Optional<WebElement> rowContaining(Browser b, String text) {
        return b.driver.findElements(By.cssSelector("#todo-list .todo-row")).stream()
                .filter(r -> r.getText().contains(text)).findFirst();
    }

    static WebElement returnedRow(Browser b) {
        return b.driver.findElements(By.cssSelector("#todo-list .todo-row")).stream()
                .filter(r -> r.getText().contains("修改被退回的")).findFirst().orElseThrow();
    }
}
