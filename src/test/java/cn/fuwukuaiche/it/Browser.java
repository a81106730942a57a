package cn.fuwukuaiche.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's, with its chromedriver: Selenium Manager never downloads) against
 * the shared IT server. Waits are on conditions, never on sleeps.
 */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;
    public final String baseUrl = Server.baseUrl();

    public Browser() {
        this(1366, 900);
    }

    public Browser(int width, int height) {
        this(width, height, true);
    }

    /**
     * A browser for a test that starts its own servers (ClusterIT behind nginx): it does not wait for the shared IT
     * server, which that test does not use (and which CI's MariaDB pass runs beside it).
     */
    public static Browser ownServers(int width, int height) {
        return new Browser(width, height, false);
    }

    private Browser(int width, int height, boolean awaitSharedServer) {
        if (awaitSharedServer) {
            Server.awaitReady();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=zh-CN", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a wait that gives up says what the page was (the line number says which wait it was)
        wait.withMessage(this::pageState);
    }

    /**
     * A phone's viewport (e.g. 390×844): headless Chromium keeps its window at least 500 px wide, so the size is
     * emulated through the DevTools protocol (as Chromium's device toolbar does), for the page and for screenshots.
     */
    public static Browser phone(int width, int height) {
        Browser b = new Browser(width, height);
        ((org.openqa.selenium.chromium.HasCdp) b.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        return b;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        awaitVaadin();
        return this;
    }

    /** Opens a page that is not a Vaadin page (the display screens' thin page) and waits until it has loaded. */
    public Browser openPage(String path) {
        driver.get(baseUrl + path);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
        return this;
    }

    /** Waits until Vaadin has rendered and has no request in flight. */
    public void awaitVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients "
                        + "&& Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * What the page is when a wait gives up, on one line (a failed wait's first line is all a build summary shows):
     * the address, whether Vaadin is there and busy, the loading indicator, and the start of the page's text.
     */
    String pageState() {
        try {
            Object state = ((JavascriptExecutor) driver).executeScript("""
                    const flow = window.Vaadin && window.Vaadin.Flow;
                    const clients = flow && flow.clients ? Object.values(flow.clients) : null;
                    const busy = clients ? clients.map(c => c.isActive ? c.isActive() : 'n/a').join(',') : 'no Vaadin client';
                    const ind = document.querySelector('vaadin-connection-indicator');
                    const text = (document.body ? document.body.innerText : '').replace(/\s+/g, ' ').slice(0, 160);
                    return location.href + ' | title=' + document.title + ' | busy=' + busy
                        + ' | indicator=' + (ind ? (ind.getAttribute('loading') !== null ? 'loading' : '')
                            + (ind.getAttribute('reconnecting') !== null ? 'reconnecting' : '')
                            + (ind.getAttribute('offline') !== null ? 'offline' : '') : 'none')
                        + ' | text=' + text;""");
            return "page state: " + state + serverLogFor(String.valueOf(state));
        } catch (RuntimeException e) {
            return "page state unavailable: " + e;
        }
    }

    /**
     * The portal's error page shows a reference (编号 …) that its server logged with the status and the address: when a
     * wait ends on such a page, the shared server's lines for it (target/it-server.log) say what happened.
     */
    static String serverLogFor(String pageText) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("编号 ([0-9A-Z]{6,})").matcher(pageText);
        java.nio.file.Path log = java.nio.file.Path.of("target", "it-server.log");
        if (!m.find() || !java.nio.file.Files.isReadable(log)) {
            return "";
        }
        String ref = m.group(1);
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            return " | server log for " + ref + ": " + lines.filter(l -> l.contains(ref)).map(String::strip)
                    .collect(java.util.stream.Collectors.joining(" / "));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return " | server log unreadable: " + e;
        }
    }

    /** Logs in through the real login page and waits for the main layout. */
    public Browser login(String username, String password) {
        submitLogin(username, password);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        awaitVaadin();
        return this;
    }

    public void submitLogin(String username, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    /** After a refused login: the form's error title and message (they live in its shadow DOM). */
    public String[] awaitLoginError() {
        WebElement form = driver.findElement(By.tagName("vaadin-login-form"));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return arguments[0].error === true && arguments[0].disabled !== true", form)));
        awaitVaadin();
        Object title = ((JavascriptExecutor) driver).executeScript("return arguments[0].i18n.errorMessage.title", form);
        Object message = ((JavascriptExecutor) driver).executeScript("return arguments[0].i18n.errorMessage.message", form);
        return new String[] {String.valueOf(title), String.valueOf(message)};
    }

    public String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    public String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Keeps a screenshot in target/screenshots for a person to look at. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
