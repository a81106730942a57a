package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person sees: the Chinese login, each role's navigation, refusals, the lockout. */
class FoundationBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void login_page_is_chinese_and_admin_sees_the_main_layout() {
        try (Browser b = new Browser()) {
            b.open("/login");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "用户登录"));
            assertTrue(b.bodyText().contains("服务快车"));
            assertTrue(b.bodyText().contains("热情、诚信、规范高效、廉洁、便民"));
            b.screenshot("login");

            b.login("admin", PASSWORD);
            assertEquals("系统管理员", b.text(By.id("current-user")));
            String nav = b.text(By.id("main-nav"));
            assertTrue(nav.contains("系统"), nav); // the group, collapsed; its entries are in the menu's text
            String entries = menuEntries(b);
            assertTrue(entries.contains("用户管理"), entries);
            assertTrue(entries.contains("操作留痕"), entries);
            assertTrue(b.text(By.id("welcome")).contains("欢迎"));
            b.screenshot("main-layout-admin");
        }
    }

    @Test
    void staff_sees_only_their_menu_and_is_refused_an_admin_route_opened_by_url() {
        try (Browser b = new Browser()) {
            b.login("staff", PASSWORD);
            String nav = b.text(By.id("main-nav"));
            assertTrue(nav.contains("工作台"), nav);
            String entries = menuEntries(b);
            assertTrue(entries.contains("好差评记录"), entries); // his own, inside the collapsed 评价 group
            assertFalse(entries.contains("用户管理"), entries);
            assertFalse(entries.contains("操作留痕"), entries);

            b.open("/admin/users");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error-title"), "无权访问"));
            assertTrue(b.driver.findElements(By.id("users-grid")).isEmpty(), "the user grid must not render for STAFF");
            b.screenshot("staff-refused");
        }
    }

    /**
     * Many halls (issue 23): a public page answers for the hall of its address whoever is signed in, and an
     * administrator of a second hall is handed his hall's address for a pad, which works there.
     */
    @Test
    void a_signed_in_account_sees_a_halls_public_guide_as_the_public_does_and_gets_its_own_halls_pad_address() {
        try (Browser b = new Browser(1280, 900)) {
            b.login("baishui.admin", PASSWORD);
            // the old address is the demo county's guide (far more than 白水县's three items), not his own hall's
            b.open("/guide");
            String county = b.text(By.id("guide-count"));
            assertFalse(county.startsWith("共 3 个事项"), county);
            assertTrue(county.startsWith("共 "), county);
            b.open("/h/lianhua/guide");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guide-count"), "共 3 个事项"));

            b.open("/admin/rating-pads");
            b.wait.until(ExpectedConditions.elementToBeClickable(By.id("issue-key"))).click();
            NetworkBrowserIT.chooseInCombo(b, "key-window", "税务局窗口1");
            b.driver.findElement(By.cssSelector("#key-label input")).sendKeys("一楼 1 号台");
            b.driver.findElement(By.id("save-key")).click();
            String pad = b.text(By.id("issued-url"));
            assertTrue(pad.startsWith("/h/baishui/pad/"), pad);
            b.open(pad);
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pad"), "税务局窗口1"));
            assertFalse(b.bodyText().contains("评价器未授权"), b.bodyText());
            b.screenshot("hall-baishui-pad");
        }
    }

    @Test
    void anonymous_visitor_of_a_private_page_is_sent_to_login() {
        try (Browser b = new Browser()) {
            b.open("/audit");
            b.wait.until(ExpectedConditions.urlContains("/login"));
            assertTrue(b.driver.findElements(By.id("audit-grid")).isEmpty());
        }
    }

    @Test
    void admin_creates_an_account_and_five_wrong_passwords_lock_it_with_a_message() {
        String username = "lock" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String oneTimePassword;
        try (Browser admin = new Browser()) {
            admin.login("admin", PASSWORD);
            admin.open("/admin/users");
            admin.wait.until(ExpectedConditions.elementToBeClickable(By.id("new-user"))).click();
            admin.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-username input"))).sendKeys(username);
            admin.driver.findElement(By.cssSelector("#user-displayName input")).sendKeys("锁定测试");
            admin.driver.findElement(By.xpath("//vaadin-checkbox-group[@id='user-roles']//vaadin-checkbox[.//label[text()='总支书记/中心领导']]")).click();
            admin.driver.findElement(By.id("save-user")).click();
            String notice = admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-notification-card"))).getText();
            assertTrue(notice.contains("已创建用户 " + username), notice);
            oneTimePassword = notice.replaceAll("(?s).*一次性密码：(\\w+).*", "$1");
            assertEquals(12, oneTimePassword.length(), notice);
        }
        try (Browser b = new Browser()) {
            for (int i = 1; i <= 4; i++) {
                b.submitLogin(username, "wrong-password-" + i);
                assertEquals("用户名或密码不正确", b.awaitLoginError()[0]);
            }
            b.submitLogin(username, "wrong-password-5");
            String[] locked = b.awaitLoginError();
            assertEquals("账号已锁定", locked[0]);
            assertTrue(locked[1].contains("请在") && locked[1].contains("之后再试"), locked[1]);
            b.screenshot("login-locked");

            // even the right password is refused now, and the page says why
            b.submitLogin(username, oneTimePassword);
            assertEquals("账号已锁定", b.awaitLoginError()[0]);
            assertTrue(b.driver.findElements(By.id("current-user")).isEmpty());
        }
    }

    /**
     * Readiness tells anyone only UP/DOWN (no database product or version); the details are for an operator on the
     * server itself: {@code /api/health} from loopback names the database the shared server runs on.
     */
    @Test
    void health_reports_the_database_to_the_operator_only() throws Exception {
        Server.awaitReady();
        HttpResponse<String> r = Server.get("/health/ready");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"database\"") && r.body().contains("\"UP\""), r.body());
        for (String internal : new String[] {"H2", "MySQL", "MariaDB", "version"}) {
            assertFalse(r.body().contains(internal), "public readiness names no product or version: " + r.body());
        }
        HttpResponse<String> details = Server.get("/api/health");
        assertEquals(200, details.statusCode());
        System.out.println("shared IT server database (" + System.getProperty("it.db.label") + "): " + details.body());
        assertTrue(details.body().contains(System.getProperty("it.db.label", "H2").equals("H2") ? "H2" : "MySQL")
                || details.body().contains("MariaDB"), details.body());
    }

    /** Every entry of the menu, collapsed groups included (their items are in the side nav's text, only hidden). */
    static String menuEntries(Browser b) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) b.driver)
                .executeScript("return document.getElementById('main-nav').textContent"));
    }
}
