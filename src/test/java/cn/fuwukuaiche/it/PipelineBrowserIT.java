package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 发展党员 as the 第一联合党支部's secretary and the leader walk it in the demo county, from 入党申请 to 预备党员: a new
 * applicant is talked with and made 积极分子, and his 确定发展对象 is refused for being early with the date it becomes
 * possible; the branch's 积极分子 of 13 months becomes 发展对象, is checked, trained, pre-reviewed and put to 公示 (the
 * public page shows name, unit and stage only); the 发展对象 whose 公示 ended is voted on — refused while 赞成 are not
 * more than half of those entitled, with the counts — approved after his 志愿书 is in the file, and the roster shows
 * him as 预备党员. The 公示 lasts five working days, so its start and its end are two people of the demo. All dates are
 * today or earlier (Beijing time): the walk holds at any hour.
 */
class PipelineBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void from_application_to_probationary_member_with_the_clocks_the_notice_and_the_vote_rule() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String newcomer;
        String activist;
        String candidate;
        try (Browser b = new Browser(1440, 1100)) {
            newcomer = HonourBrowserIT.fail(b, "fail-pipeline-apply", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline-grid .pipeline-light.light-red")));
                b.screenshot("pipeline-list");
                click(b, b.driver.findElement(By.id("pipeline-apply")));
                String name = chooseFirst(b, "apply-staff");
                type(b, By.cssSelector("#apply-birth input"), "1995-03-08");
                type(b, By.cssSelector("#apply-date input"), today.minusDays(3).toString());
                type(b, By.cssSelector("#apply-note textarea"), "本人递交入党申请书");
                click(b, b.driver.findElement(By.id("apply-save")));
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("apply-save")));
                open(b, name, "APPLICANT");
                step(b, "talk");
                type(b, By.cssSelector("#step-by input"), "李秀英");
                save(b);
                keepPaper(b, "application_letter");
                keepPaper(b, "talk_record");
                step(b, "make_activist");
                chooseFirst(b, "step-recommendation");
                chooseMembers(b, 1);
                type(b, By.cssSelector("#step-note textarea"), "支委会研究同意确定为入党积极分子");
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "入党积极分子"));
                // a year as 积极分子 has not passed: refused, naming the day it becomes possible
                step(b, "make_candidate");
                chooseMembers(b, 2);
                type(b, By.cssSelector("#step-note textarea"), "听取了党小组和群众意见");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains(today.plusYears(1) + " 起可以办理"));
                b.screenshot("pipeline-refused-early");
                return name;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            activist = HonourBrowserIT.fail(b, "fail-pipeline-candidate", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                String name = openOther(b, "ACTIVIST", newcomer);
                step(b, "make_candidate");
                chooseMembers(b, 2);
                type(b, By.cssSelector("#step-note textarea"), "听取了党小组、培养联系人和党员群众的意见");
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "发展对象"));
                step(b, "political_check");
                type(b, By.cssSelector("#step-note textarea"), "政治审查合格");
                save(b);
                step(b, "training");
                type(b, By.cssSelector("#step-days input"), "2");
                type(b, By.cssSelector("#step-hours input"), "16");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("step-days"), "不少于 3 天或 24 学时"));
                type(b, By.cssSelector("#step-days input"), "3");
                save(b);
                return name;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-notice", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, activist, "CANDIDATE");
                step(b, "pre_review");
                save(b);
                click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-notice"))));
                b.screenshot("pipeline-notice-confirm");
                click(b, b.wait.until(ExpectedConditions.elementToBeClickable(By.id("final-step-confirm"))));
                b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("final-step-done")));
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("公示中"));
                assertTrue(b.driver.findElements(By.id("step-pledge_form")).isEmpty(), "no 志愿书 while the notice runs");
                b.screenshot("pipeline-person-notice");
                b.open("/public/notices");
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains(activist));
                String page = b.bodyText();
                assertTrue(page.contains("发展党员公示：拟发展对象"), page);
                assertFalse(page.contains("1995-") || page.contains("政审"), "nothing private on the public page");
                b.screenshot("pipeline-public-notice");
                return null;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            candidate = HonourBrowserIT.fail(b, "fail-pipeline-vote", () -> {
                b.login("secretary", PASSWORD);
                b.open("/party-life/pipeline");
                String name = openOther(b, "CANDIDATE", activist);
                step(b, "pledge_form");
                save(b);
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
                return name;
            });
        }
        try (Browser b = new Browser(1440, 1100)) {
            HonourBrowserIT.fail(b, "fail-pipeline-approve", () -> {
                b.login("leader", PASSWORD);
                b.open("/party-life/pipeline");
                open(b, candidate, "CANDIDATE");
                step(b, "higher_talk");
                save(b);
                // the 入党志愿书 is not in the file yet: the stage cannot be closed
                step(b, "approve");
                click(b, b.driver.findElement(By.id("step-save")));
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("缺少：入党志愿书"));
                new org.openqa.selenium.interactions.Actions(b.driver).sendKeys(Keys.ESCAPE).perform();
                b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("step-save")));
                keepPaper(b, "pledge_form");
                step(b, "approve");
                save(b);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-stage"), "预备党员"));
                b.screenshot("pipeline-person-approved");
                b.open("/org/staff");
                type(b, By.cssSelector("#staff-search input"), candidate);
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-count"), "共 1 人"));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-grid"), candidate));
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

    private static void open(Browser b, String name, String stage) {
        click(b, b.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-button.pipeline-open[data-stage='" + stage + "'][data-name='" + name + "']"))));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-stage")));
    }

    /** Opens the first person of the stage who is not {@code other}; returns his name. */
    private static String openOther(Browser b, String stage, String other) {
        WebElement button = b.wait.until(d -> d.findElements(By.cssSelector("vaadin-button.pipeline-open[data-stage='" + stage + "']")).stream()
                .filter(e -> !other.equals(e.getAttribute("data-name"))).findFirst().orElse(null));
        String name = button.getAttribute("data-name");
        click(b, button);
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("person-stage")));
        return name;
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
