package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly ranking and assessment as people use them, in the demo county: the leader opens last month's
 * ranking, sees the tie (B03 and D02 equal on every criterion share a rank) and the veto (E03), opens
 * "为什么是这个分数" and confirms the month; staff member 黄丽 (window C05) fills in this month's sheet, attaches
 * evidence and submits it.
 */
class AssessmentBrowserIT {

    private static final String PASSWORD = "demo1234";

    @Test
    void leader_sees_ties_sharing_a_rank_opens_why_this_score_and_confirms_last_month() {
        try (Browser b = new Browser(1440, 1000)) {
            onFailure(b, "fail-ranking", () -> leaderRanking(b));
        }
    }

    private void leaderRanking(Browser b) {
        {
            b.login("leader", PASSWORD);
            b.open("/evaluation/ranking");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-grid"), "第 1 名"));
            b.wait.until(d -> "true".equals(d.findElement(By.id("ranking-chart")).getDomAttribute("data-rendered")));
            String status = b.text(By.id("ranking-status"));
            assertTrue(status.contains("窗口月度考评 第2版"), status);
            String rules = b.text(By.id("ranking-criteria"));
            assertTrue(rules.contains("总分 › 满意率") && rules.contains("1、2、2、4"), rules);

            String b03 = row(b, "B03");
            String d02 = row(b, "D02");
            assertTrue(b03.contains("并列") && d02.contains("并列"), b03 + " / " + d02);
            assertTrue(rank(b03).equals(rank(d02)), b03 + " / " + d02);
            assertTrue(row(b, "E03").contains("一票否决"), row(b, "E03"));
            b.screenshot("evaluation-ranking");

            click(b, By.id("explain-D02"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explain-lines")));
            b.awaitVaadin();
            String lines = b.text(By.id("explain-lines"));
            assertTrue(lines.contains("迟到 1 次 × −1 = −1"), lines);
            assertTrue(lines.contains("表扬信"), lines);
            assertTrue(lines.contains("满意率 ="), lines);
            assertTrue(b.text(By.id("explain-place")).contains("各项排名依据均相同"), b.text(By.id("explain-place")));
            b.screenshot("evaluation-explain");
            click(b, By.id("explain-ratings-SATISFACTION_RATE"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explain-ratings-grid")));
            b.awaitVaadin();
            assertTrue(b.text(By.id("explain-ratings-grid")).contains("满意"));
            b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            b.awaitVaadin();
            b.driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            b.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("explain-lines")));

            if (!status.contains("已确认")) {
                assertTrue(status.contains("待中心领导确认"), status);
                click(b, By.id("ranking-confirm"));
                b.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))).click();
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-status"), "已确认"));
                assertTrue(b.driver.findElements(By.id("ranking-confirm")).stream().noneMatch(WebElement::isDisplayed));
                b.screenshot("evaluation-ranking-confirmed");
            }
        }
    }

    @Test
    void staff_fills_in_this_months_sheet_attaches_evidence_and_submits_it() {
        try (Browser b = new Browser(1366, 1000)) {
            onFailure(b, "fail-sheet", () -> staffSheet(b));
        }
    }

    private void staffSheet(Browser b) throws Exception {
        {
            b.login("staff2", PASSWORD);
            b.open("/evaluation/assessments");
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments-grid"), "C05"));
            String grid = b.text(By.id("assessments-grid"));
            assertFalse(grid.contains("A05"), "staff see only their own window: " + grid);
            click(b, By.id("open-C05"));
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-title")));
            b.awaitVaadin();
            assertTrue(b.text(By.id("sheet-title")).contains("C05"));

            WebElement late = b.driver.findElement(By.cssSelector("#fig-LATE input"));
            late.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            b.driver.findElement(By.cssSelector("#note-LATE input")).sendKeys("考勤机记录：3日、17日迟到");
            click(b, By.id("sheet-save"));
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "已保存"));
            b.awaitVaadin();

            Path png = Files.createTempFile("evidence", ".png");
            Files.write(png, Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
            SearchContext upload = b.driver.findElement(By.id("sheet-upload")).getShadowRoot();
            WebElement input = (WebElement) ((JavascriptExecutor) b.driver).executeScript(
                    "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')",
                    b.driver.findElement(By.id("sheet-upload")));
            if (input == null) {
                input = upload.findElement(By.cssSelector("input[type=file]"));
            }
            input.sendKeys(png.toAbsolutePath().toString());
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet-evidence"), ".png"));
            b.awaitVaadin();
            b.screenshot("evaluation-sheet");

            click(b, By.id("sheet-submit"));
            b.wait.until(d -> content(b, "sheet-status").contains("待审核"));
            assertTrue(content(b, "sheet-history").contains("黄丽 提交"), "the person, not the login: " + content(b, "sheet-history"));
            assertTrue(b.driver.findElements(By.id("sheet-save")).isEmpty(), "a submitted sheet is not editable");
        }
        String sheetUrl = b.driver.getCurrentUrl();
        // the branch secretary returns it; the sheet names her by name, not by her login
        try (Browser sec = new Browser(1366, 1000)) {
            onFailure(sec, "fail-sheet-return", () -> {
                sec.login("secretary2", PASSWORD);
                sec.driver.get(sheetUrl);
                sec.awaitVaadin();
                click(sec, By.id("sheet-return"));
                WebElement reason = sec.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#return-reason textarea")));
                reason.sendKeys("请注明迟到的考勤机记录编号", org.openqa.selenium.Keys.TAB);
                sec.awaitVaadin();
                click(sec, By.id("return-confirm"));
                sec.wait.until(d -> content(sec, "sheet-status").contains("退回"));
            });
        }
        b.driver.navigate().refresh();
        b.awaitVaadin();
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-return-reason")));
        String banner = content(b, "sheet-return-reason");
        assertTrue(banner.contains("已被退回（周志强）") && !banner.contains("secretary2"), banner);
        b.screenshot("evaluation-sheet-returned");
    }

    @Test
    void charts_show_the_trend_the_ranking_and_bad_ratings_by_unit_and_the_admin_sees_both_scheme_versions() {
        try (Browser b = new Browser(1366, 1300)) {
            onFailure(b, "fail-charts", () -> {
                b.login("secretary", PASSWORD);
                b.open("/evaluation/charts");
                for (String id : new String[] {"chart-trend", "chart-ranking", "chart-bad-by-unit"}) {
                    b.wait.until(d -> "true".equals(d.findElement(By.id(id)).getDomAttribute("data-rendered")));
                }
                // the trend is drawn (a canvas) from the hall's 12 months, with the satisfaction of the months that have ratings
                assertFalse(b.driver.findElement(By.id("chart-trend")).findElements(By.tagName("canvas")).isEmpty(), "drawn");
                Object drawn = ((JavascriptExecutor) b.driver).executeScript("const o = window.echarts.getInstanceByDom("
                        + "document.getElementById('chart-trend')).getOption(); const d = o.series[0].data;"
                        + "return o.title[0].text + '|' + o.series[0].name + '|' + d.length + '|' + d.filter(v => v != null).length;");
                String[] trend = String.valueOf(drawn).split("\\|");
                assertEquals("近 12 个月满意率|全中心|12", trend[0] + "|" + trend[1] + "|" + trend[2], String.valueOf(drawn));
                assertTrue(Integer.parseInt(trend[3]) > 0, "months with a satisfaction rate: " + drawn);
                b.screenshot("evaluation-charts");
            });
        }
        try (Browser b = new Browser(1366, 1000)) {
            onFailure(b, "fail-schemes", () -> {
                b.login("admin", PASSWORD);
                b.open("/evaluation/schemes");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scheme-versions"), "第2版"));
                String versions = b.text(By.id("scheme-versions"));
                assertTrue(versions.contains("第1版") && versions.contains("由 2 分调整为 3 分"), versions);
                String summary = b.text(By.id("scheme-summary"));
                assertTrue(summary.contains("好差评折算：非常满意 10、满意 8、基本满意 6、不满意 3、非常不满意 0"), summary);
                b.screenshot("evaluation-schemes");
            });
        }
    }

    /**
     * The worst performers are seen: the ranking's bar chart (on 月度排名 and on 统计图表) draws its value axis from
     * zero, so every window with points has a bar as long as its points — the lowest ones (87 points) included.
     */
    @Test
    void every_windows_bar_is_visible_on_the_ranking_charts_value_axis_from_zero() {
        try (Browser b = new Browser(1440, 1100)) {
            onFailure(b, "fail-chart-bars", () -> {
                b.login("leader", PASSWORD);
                for (String[] page : new String[][] {{"/evaluation/ranking", "ranking-chart"}, {"/evaluation/charts", "chart-ranking"}}) {
                    b.open(page[0]);
                    b.wait.until(d -> "true".equals(d.findElement(By.id(page[1])).getDomAttribute("data-rendered")));
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, Object> bars = (java.util.Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript("""
                            const chart = window.echarts.getInstanceByDom(document.getElementById(arguments[0]));
                            const o = chart.getOption();
                            const horizontal = o.xAxis[0].type === 'value';
                            const axis = horizontal ? o.xAxis[0] : o.yAxis[0];
                            const data = o.series[0].data.map(d => d && typeof d === 'object' ? d.value : d);
                            const finder = horizontal ? {xAxisIndex: 0} : {yAxisIndex: 0};
                            const zero = chart.convertToPixel(finder, 0);
                            const lengths = data.map(v => v == null ? 0 : Math.abs(chart.convertToPixel(finder, v) - zero));
                            return {min: axis.min, scale: !!axis.scale, values: data, lengths: lengths,
                                    labels: (horizontal ? o.yAxis[0] : o.xAxis[0]).data};
                            """, page[1]);
                    assertEquals(0L, ((Number) bars.get("min")).longValue(), page[0] + " value axis from zero: " + bars);
                    assertEquals(Boolean.FALSE, bars.get("scale"), bars.toString());
                    List<?> values = (List<?>) bars.get("values");
                    List<?> lengths = (List<?>) bars.get("lengths");
                    assertTrue(values.size() >= 10, bars.toString());
                    double lowest = values.stream().filter(java.util.Objects::nonNull).mapToDouble(v -> ((Number) v).doubleValue()).min().orElseThrow();
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null && ((Number) values.get(i)).doubleValue() > 0) {
                            // a bar of 87 points next to one of 100 is most of its length, not a sliver or nothing
                            assertTrue(((Number) lengths.get(i)).doubleValue() > 20, page[0] + " bar " + i + " of " + values.get(i) + ": " + bars);
                        }
                    }
                    assertTrue(lowest > 0, bars.toString());
                    ((JavascriptExecutor) b.driver).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'center'});", page[1]);
                    b.screenshot(page[1].equals("ranking-chart") ? "evaluation-ranking-chart-all-bars" : "evaluation-charts-all-bars");
                }
            });
        }
    }

    /** Nobody scores himself: the secretary's own 三评 row offers no 录入 and says the next level up enters it. */
    @Test
    void the_secretary_cannot_enter_her_own_three_by_three_scores() {
        try (Browser b = new Browser(1600, 1000)) {
            onFailure(b, "fail-threes-self", () -> {
                b.login("secretary", PASSWORD);
                b.open("/evaluation/three-by-three?month=" + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2));
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("threes-grid"), "李秀英"));
                WebElement own = b.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='threes-own-']")));
                String staffNo = own.getDomAttribute("id").substring("threes-own-".length());
                assertTrue(content(b, own.getDomAttribute("id")).contains("不能自评"), content(b, own.getDomAttribute("id")));
                assertTrue(b.driver.findElements(By.id("threes-enter-" + staffNo)).stream().noneMatch(WebElement::isDisplayed),
                        "no 录入 on her own row");
                assertFalse(content(b, "threes-grid").contains("secretary"), "the 录入 column names people, not logins");
                ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", own);
                b.awaitVaadin();
                b.screenshot("evaluation-threes-own-row");
            });
        }
    }

    @Test
    void a_rating_made_on_the_pad_changes_the_windows_satisfaction_on_its_assessment_sheet() {
        try (Browser b = new Browser(1366, 1000)) {
            onFailure(b, "fail-pad-to-sheet", () -> padToSheet(b));
        }
    }

    private void padToSheet(Browser b) {
        b.login("staff", PASSWORD);
        String before = ratingLines(b);
        int countBefore = ratingCount(before);

        b.open("/pad/demo-pad-A05");
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-level-DISSATISFIED")));
        b.driver.findElement(By.id("pad-level-DISSATISFIED")).click();
        b.wait.until(ExpectedConditions.elementToBeClickable(By.id("pad-submit"))).click();
        b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-thanks")));

        String after = ratingLines(b);
        assertEquals(countBefore + 1, ratingCount(after), after);
        assertTrue(after.contains("不满意 "), after);
        assertFalse(satisfaction(after).equals(satisfaction(before)),
                "a 不满意 lowers this month's 满意率: " + satisfaction(before) + " → " + satisfaction(after));
        b.screenshot("evaluation-sheet-after-pad");
    }

    /** This month's A05 sheet, "为什么是这个分数": the rating lines (count by level, 满意率). */
    private String ratingLines(Browser b) {
        b.open("/evaluation/assessments");
        b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessments-grid"), "A05"));
        click(b, By.id("open-A05"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sheet-title")));
        click(b, By.id("sheet-explain"));
        b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("explain-lines")));
        return content(b, "explain-lines");
    }

    private static int ratingCount(String lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("本月评价 (\\d+) 次").matcher(lines);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String satisfaction(String lines) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("= ([0-9.]+)%").matcher(lines);
        return m.find() ? m.group(1) : "none";
    }

    interface Steps {
        void run() throws Exception;
    }

    /** Keeps a screenshot of the page as it was when a step failed, then fails. */
    static void onFailure(Browser b, String name, Steps steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            b.screenshot(name);
            throw e;
        } catch (Exception e) {
            b.screenshot(name);
            throw new IllegalStateException(e);
        }
    }

    /** The element's text whether or not it is scrolled into view. */
    static String content(Browser b, String id) {
        Object t = ((JavascriptExecutor) b.driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id);
        return String.valueOf(t);
    }

    /** Scrolls the element into the middle of its scroller (grids scroll inside themselves) and clicks it. */
    static void click(Browser b, By by) {
        WebElement e = b.wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
        b.awaitVaadin();
    }

    /** The text of the ranking grid's row for a window (its cells, in order). */
    static String row(Browser b, String windowNo) {
        Object text = ((JavascriptExecutor) b.driver).executeScript("""
                const grid = document.getElementById('ranking-grid');
                const cells = [...grid.querySelectorAll('vaadin-grid-cell-content')];
                const rows = {};
                for (const c of cells) {
                  const cell = c.assignedSlot && c.assignedSlot.parentElement;
                  const tr = cell && cell.parentElement;
                  if (!tr || !tr.parentElement || tr.parentElement.id !== 'items') continue;
                  const key = tr.index;
                  (rows[key] = rows[key] || []).push([cell.cellIndex ?? [...tr.children].indexOf(cell), c.innerText.trim()]);
                }
                for (const k in rows) {
                  const texts = rows[k].sort((a, b) => a[0] - b[0]).map(x => x[1]);
                  if (texts.some(t => t.startsWith(arguments[0] + ' '))) return texts.join(' | ');
                }
                return '';
                """, windowNo);
        return String.valueOf(text);
    }

    static String rank(String row) {
        int i = row.indexOf("第");
        int j = row.indexOf("名");
        return i < 0 || j < 0 ? row : row.substring(i, j + 1);
    }
}
