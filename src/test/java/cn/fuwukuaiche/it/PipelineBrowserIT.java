package cn.fuwukuaiche.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 发展党员 for ONE person, as the 第一联合党支部's secretary and the leader record it, from 入党申请 to 预备党员, every
 * clock honoured. Two users on one file: while the secretary's page is open the leader records the 谈话; the secretary's
 * save from the stale page is refused in Chinese and writes nothing. The steps before the 公示 happened in the past and are recorded with their own dates (the letter two
 * years and two months ago, a year and ten days as 积极分子 …): the rules compare those dates, so the 确定发展对象 dated
 * eleven months after 确定入党积极分子 is refused beside its date field, naming the first possible day, and the right
 * date is taken. The 政审材料 is uploaded as a PDF. The 公示 of five working days cannot be back-dated (the public must
 * see it), so the test server's clock is moved back whole days through the file {@code it.clock.offset-file} (test
 * servers only, see {@code base.time.Times}): the leader puts him to 公示 35 days ago, the public page shows name,
 * unit and stage only, a real-name objection is filed there and dismissed by the leader on 公示管理; the day after the
 * 公示 closed the leader publishes the result, the secretary records the 志愿书 and the 支部大会 (refused while 赞成 are
 * not more than half of those entitled, with the counts; then passed), the leader the 上级谈话 and the 审批. Back at
 * today's date the roster shows him as 预备党员, and the leader's list shows the demo's 发展对象 whose 支部大会 resolution
 * lapsed (not approved within three months). Every date on the server is today or earlier: the walk holds at any
 * hour; the clock file is removed whatever happens.
 */
class PipelineBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Path clockFile = Path.of(System.getProperty("it.clock.offset-file", "target/it-clock-offset-days"));

    /** Moves the test server's date by {@code days} (0 = today). */
    private void serverDate(long days) throws IOException {
        assertTrue(days <= 0, "the walk never moves into the future: " + days);
        Files.writeString(clockFile, Long.toString(days));
    }

    @AfterEach
    void realDate() throws IOException {
        Files.deleteIfExists(clockFile);
    }

    @Test
    void one_person_from_application_to_probationary_member_with_the_clocks_the_notice_and_the_vote_rule() throws IOException {
        Files.deleteIfExists(clockFile);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate letter = today.minusMonths(26);
        LocalDate talk = letter.plusDays(20);
        LocalDate activistOn = letter.plusMonths(2);
        LocalDate reviewOn = activistOn.plusMonths(5);
        LocalDate tooEarly = activistOn.plusMonths(11);
        LocalDate candidateOn = activistOn.plusMonths(12).plusDays(10);
        LocalDate checkedOn = candidateOn.plusMonths(6);
        LocalDate trainedOn = checkedOn.plusDays(20);
        LocalDate preReviewOn = today.minusDays(45);
        long noticeDay = -35;
        Path pdf = Files.createDirectories(Path.of("target", "pipeline-it")).resolve("政审材料.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", StandardCharsets.US_ASCII);
        String person;
        try (Browser b = new Browser(1440, 1100)) {
            person = HonourBrowserIT.fail(b, "fail-pipeline-activist", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-grid .pipeline-light.light-red")));
                b.screenshot("pipeline-list");
                click(b, b.driver.findElement(By.id("pipeline-apply")));
                // the last possible applicant by staff number: not a demo account's person (张伟 is `staff`, whom later
                // tests on this server use as a window clerk)
                String name = chooseLast(b, "apply-staff");
                type(b, By.cssSelector("#apply-birth input"), "1995-03-08");
                type(b, By.cssSelector("#apply-date input"), letter.toString());
                type(b, By.cssSelector("#apply-note textarea"), "本人递交入党申请书");
                click(b, b.driver.findElement(By.id("apply-save")));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("apply-save")));
                open(b, name, "APPLICANT");
                // two users on the same file: while the secretary's page is open the leader records the 谈话; the
                // secretary's own 谈话, saved from the stale page, is refused in Chinese and writes nothing
                try (Browser leader = new Browser(1440, 1100)) {
                    leader.login("leader", PASSWORD);
                    leader.open("/party-life/pipeline");
                    open(leader, name, "APPLICANT");
                    step(leader, "talk");
                    date(leader, "step-date", talk);
                    type(leader, By.cssSelector("#step-by input"), "王建国");
                    save(leader);
                }
                step(b, "talk");
                date(b, "step-date", talk.plusDays(1));
                type(b, By.cssSelector("#step-by input"), "李秀英");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("数据已被他人修改，请刷新后重试"));
                b.screenshot("pipeline-stale-page");
                new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(Keys.ESCAPE).perform();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("step-save")));
                b.driver.navigate().refresh();
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-stage")));
                b.awaitVaadin();
                assertTrue(b.driver.findElements(By.id("step-talk")).isEmpty(), "the 谈话 is recorded once, by the leader");
                assertTrue(b.text(By.id("person-steps")).contains(talk.toString()), b.text(By.id("person-steps")));
                keepPaper(b, "application_letter");
                keepPaper(b, "talk_record");
                step(b, "make_activist");
                date(b, "step-date", activistOn);
                chooseFirst(b, "step-recommendation");
                date(b, "step-filed", activistOn);
                chooseMembers(b, 1);
                type(b, By.cssSelector("#step-note textarea"), "支委会研究同意确定为入党积极分子");
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "入党积极分子"));
                step(b, "review");
                date(b, "step-date", reviewOn);
                type(b, By.cssSelector("#step-note textarea"), "学习积极，工作表现良好");
                save(b);
                keepPaper(b, "activist_form");
                keepPaper(b, "review_records");
                return name;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-candidate", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, person, "ACTIVIST");
                // 确定发展对象 dated eleven months after 确定入党积极分子: refused beside the date, naming the first possible day
                step(b, "make_candidate");
                date(b, "step-date", tooEarly);
                date(b, "step-filed", tooEarly);
                chooseMembers(b, 2);
                type(b, By.cssSelector("#step-note textarea"), "听取了党小组、培养联系人和党员群众的意见");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-date"),
                        "满一年后才能确定为发展对象，" + activistOn.plusYears(1) + " 起可以办理"));
                b.screenshot("pipeline-refused-early");
                date(b, "step-date", candidateOn);
                date(b, "step-filed", candidateOn);
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "发展对象"));
                step(b, "political_check");
                date(b, "step-date", checkedOn);
                type(b, By.cssSelector("#step-note textarea"), "政治审查合格");
                save(b);
                // the 政审材料 into the file as a PDF
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-upload-political_check"))));
                WebElement upload = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-upload")));
                WebElement input = (WebElement) ((JavascriptExecutor) b.driver).executeScript("return arguments[0].querySelector('input[type=file]')"
                        + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
                input.sendKeys(pdf.toAbsolutePath().toString());
                b.awaitVaadin();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paper-upload")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-papers"), "政审材料.pdf"));
                step(b, "training");
                date(b, "step-date", trainedOn);
                type(b, By.cssSelector("#step-days input"), "2");
                type(b, By.cssSelector("#step-hours input"), "16");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-days"), "不少于 3 天或 24 学时"));
                type(b, By.cssSelector("#step-days input"), "3");
                save(b);
                keepPaper(b, "training_cert");
                return null;
            });
        }
        LocalDate closes;
        try (Browser b = new Browser(1440, 1100)) {
            serverDate(noticeDay);
            closes = HonourBrowserIT.fail(b, "fail-pipeline-notice", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, person, "CANDIDATE");
                step(b, "pre_review");
                date(b, "step-date", preReviewOn);
                save(b);
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-notice"))));
                b.screenshot("pipeline-notice-confirm");
                click(b, b.wait.until(ExpectedConditions.elementToBeClickable(By.id("final-step-confirm"))));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-done")));
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("公示中"));
                assertTrue(b.driver.findElements(By.id("step-pledge_form")).isEmpty(), "no 志愿书 while the notice runs");
                Matcher until = Pattern.compile("公示至 (\\d{4}-\\d{2}-\\d{2})").matcher(b.text(By.id("person-steps")));
                assertTrue(until.find(), b.text(By.id("person-steps")));
                // the public page: name, unit and stage; a real-name objection
                b.open("/public/notices");
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains(person));
                String page = b.bodyText();
                assertTrue(page.contains("发展党员公示：拟发展对象"), page);
                assertFalse(page.contains("1995-") || page.contains("政审"), "nothing private on the public page");
                WebElement card = b.driver.findElements(By.className("notice-card")).stream()
                        .filter(c -> c.getText().contains(person) && !c.findElements(By.className("notice-object")).isEmpty())
                        .findFirst().orElseThrow();
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", card);
                b.screenshot("pipeline-public-notice");
                click(b, card.findElement(By.className("notice-object")));
                type(b, By.cssSelector("#objection-name input"), "刘明");
                type(b, By.cssSelector("#objection-phone input"), "13912345678");
                type(b, By.cssSelector("#objection-content textarea"), "听说该同志曾在窗口与群众发生争执，请组织核实");
                click(b, b.driver.findElement(By.id("objection-submit")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-accepted"), "已收到"));
                // the leader verifies it on 公示管理 and dismisses it with a reason
                b.open("/honour/notices");
                selectNotice(b, person);
                WebElement dismiss = b.wait.until(d -> d.findElements(By.cssSelector("#objection-grid vaadin-button[id^='objection-dismiss-']"))
                        .stream().findFirst().orElse(null));
                click(b, dismiss);
                type(b, By.cssSelector("#objection-reason textarea"), "经向窗口负责人和当事群众核实，系正常业务解释，反映情况不属实");
                click(b, b.driver.findElement(By.id("objection-decide-ok")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objection-grid"), "不属实"));
                ((JavascriptExecutor) b.driver).executeScript("document.getElementById('objection-grid').scrollIntoView({block: 'end'});");
                b.screenshot("pipeline-objection-dismissed");
                return LocalDate.parse(until.group(1));
            });
        }
        long dayAfter = closes.plusDays(1).toEpochDay() - today.toEpochDay();
        try (Browser b = new Browser(1440, 1100)) {
            serverDate(dayAfter);
            HonourBrowserIT.fail(b, "fail-pipeline-result", () -> {
                b.login("leader", PASSWORD);
                b.open("/honour/notices");
                selectNotice(b, person);
                // the system publishes due results every quarter of an hour; the leader need not wait for it
                // (when the timer was first, the button was never shown, so Vaadin never rendered it)
                if (b.driver.findElements(By.id("notice-publish")).stream().anyMatch(WebElement::isDisplayed)) {
                    click(b, b.driver.findElement(By.id("notice-publish")));
                    click(b, b.wait.until(ExpectedConditions.elementToBeClickable(By.id("final-step-confirm"))));
                    b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-done")));
                    b.open("/honour/notices");
                }
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-grid"), "经核实均不成立，予以确认"));
                // the public page shows the result too
                b.open("/public/notices");
                WebElement card = b.wait.until(d -> d.findElements(By.className("notice-card")).stream()
                        .filter(c -> c.getText().contains(person) && c.getText().contains("经核实均不成立")).findFirst().orElse(null));
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", card);
                b.screenshot("pipeline-notice-result");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-vote", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, person, "CANDIDATE");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-papers"), "经核实均不成立，予以确认"));
                step(b, "pledge_form");
                save(b);
                keepPaper(b, "pledge_form");
                step(b, "admit_vote");
                Matcher m = Pattern.compile("(\\d+) 人").matcher(b.text(By.id("step-entitled")));
                assertTrue(m.find());
                int entitled = Integer.parseInt(m.group(1));
                int half = entitled / 2;
                type(b, By.cssSelector("#step-present input"), String.valueOf(entitled));
                type(b, By.cssSelector("#step-in-favour input"), String.valueOf(half));
                type(b, By.cssSelector("#step-against input"), String.valueOf(entitled - half));
                type(b, By.cssSelector("#step-abstained input"), "0");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-in-favour"),
                        "赞成 " + half + " 票，未超过应到有表决权的正式党员 " + entitled + " 人的半数"));
                b.screenshot("pipeline-vote-refused");
                type(b, By.cssSelector("#step-in-favour input"), String.valueOf(half + 1));
                type(b, By.cssSelector("#step-against input"), String.valueOf(entitled - half - 1));
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-steps"), "赞成 " + (half + 1)));
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-approve", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, person, "CANDIDATE");
                step(b, "higher_talk");
                save(b);
                step(b, "approve");
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "预备党员"));
                b.screenshot("pipeline-person-approved");
                return null;
            });
        }
        realDate();
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-roster", () -> {
                b.login("leader", PASSWORD);
                // the demo's 发展对象 whose 支部大会 was four months ago and never approved: the resolution is void
                b.open("/party-life/pipeline");
                WebElement lapsed = b.wait.until(d -> d.findElements(By.cssSelector("#pipeline-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().contains("决议已失效，须重新召开支部大会")).findFirst().orElse(null));
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", lapsed);
                b.screenshot("pipeline-voided");
                b.open("/org/staff");
                type(b, By.cssSelector("#staff-search input"), person);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-count"), "共 1 人"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-grid"), person));
                assertTrue(b.text(By.id("staff-grid")).contains("预备党员"), b.text(By.id("staff-grid")));
                b.screenshot("pipeline-roster");
                b.open("/party-life/pipeline/plan");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-grid")));
                b.screenshot("pipeline-plan");
                return null;
            });
        }
        try (Browser b = new Browser(1200, 800)) {
            HonourBrowserIT.fail(b, "fail-pipeline-mine", () -> {
                b.login("staff2", PASSWORD);
                b.open("/party-life/my-pipeline");
                assertEquals("入党积极分子", b.text(By.id("my-stage")));
                b.screenshot("pipeline-mine");
                return null;
            });
        }
    }

    /** Selects the notice of {@code person} on 公示管理 (its subject cell). */
    private static void selectNotice(Browser b, String person) {
        WebElement cell = b.wait.until(d -> d.findElements(By.cssSelector("#notice-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith(person)).findFirst().orElse(null));
        cell.click();
        b.awaitVaadin();
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "发展党员公示：拟发展对象：" + person));
    }

    private static void date(Browser b, String id, LocalDate d) {
        type(b, By.cssSelector("#" + id + " input"), d.toString());
    }

    private static void open(Browser b, String name, String stage) {
        click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-button.pipeline-open[data-stage='" + stage + "'][data-name='" + name + "']"))));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-stage")));
    }

    private static void step(Browser b, String kind) {
        click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-" + kind))));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-save")));
    }

    private static void save(Browser b) {
        click(b, b.driver.findElement(By.id("step-save")));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("step-save")));
    }

    private static void keepPaper(Browser b, String paper) {
        click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paper-keep-" + paper))));
        type(b, By.cssSelector("#paper-text input"), "第一联合党支部档案柜");
        click(b, b.driver.findElement(By.id("paper-keep-save")));
        b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("paper-keep-save")));
    }

    /** Picks the first item of a combo box; returns its label. */
    private static String chooseFirst(Browser b, String id) {
        WebElement combo = b.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript("arguments[0].opened = true;", combo);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return (arguments[0].filteredItems || []).some(i => !!i);", combo)));
        String label = (String) js.executeScript("const c = arguments[0]; c.selectedItem = c.filteredItems.find(i => !!i); c.opened = false;"
                + "return c._getItemLabel(c.selectedItem);", combo);
        b.awaitVaadin();
        return label;
    }

    /** Picks the last item of a combo box; returns its label. */
    private static String chooseLast(Browser b, String id) {
        WebElement combo = b.wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript("arguments[0].opened = true;", combo);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return (arguments[0].filteredItems || []).some(i => !!i);", combo)));
        String label = (String) js.executeScript("const c = arguments[0]; const items = c.filteredItems.filter(i => !!i);"
                + "c.selectedItem = items[items.length - 1]; c.opened = false; return c._getItemLabel(c.selectedItem);", combo);
        b.awaitVaadin();
        return label;
    }

    /** Picks the first {@code n} members of the step's 培养联系人 / 入党介绍人 box. */
    private static void chooseMembers(Browser b, int n) {
        WebElement combo = b.wait.until(ExpectedConditions.elementToBeClickable(By.id("step-members")));
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        js.executeScript("arguments[0].opened = true;", combo);
        b.awaitVaadin();
        b.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return (arguments[0].filteredItems || []).filter(i => !!i).length >= arguments[1];",
                combo, n)));
        js.executeScript("const c = arguments[0]; c.selectedItems = c.filteredItems.filter(i => !!i).slice(0, arguments[1]); c.opened = false;",
                combo, n);
        b.awaitVaadin();
    }

    private static void click(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    private static void type(Browser b, By by, String text) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text, Keys.TAB);
        b.awaitVaadin();
    }
}
