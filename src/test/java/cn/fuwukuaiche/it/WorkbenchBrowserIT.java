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
                    b.login(account, PASSWORD);
                    b.open("/");
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

    @Test
    void a_returned_sheet_rings_the_staff_members_bell_live_and_submitting_it_again_removes_the_todo() {
        try (Browser staff = new Browser(1366, 1000)) {
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
                staff.open("/");
                staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-list")));
                int before = bellCount(staff);
                assertFalse(content(staff, "todo-list").contains("修改被退回的2026"), content(staff, "todo-list"));

                try (Browser sec = new Browser(1366, 1000)) {
                    onFailure(sec, "fail-workbench-return", () -> {
                        sec.login("secretary", PASSWORD);
                        sec.driver.get(sheetUrl);
                        sec.awaitVaadin();
                        click(sec, By.id("sheet-return"));
                        WebElement reason = sec.wait.until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#return-reason textarea")));
                        reason.sendKeys("请补充迟到记录的考勤机编号", org.openqa.selenium.Keys.TAB);
                        sec.awaitVaadin();
                        click(sec, By.id("return-confirm"));
                        sec.wait.until(d -> content(sec, "sheet-status").contains("退回"));
                    });
                }
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

                staff.open("/notifications");
                staff.wait.until(d -> content(staff, "notification-list").contains("考评表被退回"));
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

    static WebElement returnedRow(Browser b) {
        return b.driver.findElements(By.cssSelector("#todo-list .todo-row")).stream()
                .filter(r -> r.getText().contains("修改被退回的")).findFirst().orElseThrow();
    }
}
