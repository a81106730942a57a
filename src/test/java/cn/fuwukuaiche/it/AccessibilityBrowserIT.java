package cn.fuwukuaiche.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 适老化 and WCAG 2.1 AA (GB/T 37668) as a browser sees them: axe-core (com.deque.html.axe-core:selenium) over the
 * public pages, the pad and each role's main pages finds no serious or critical violation; the public pages have
 * their main landmark; the large-type switch makes body text at least 18 px and survives a reload.
 */
class AccessibilityBrowserIT {

    private static final String PASSWORD = "demo1234";
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Serious and critical violations on the page now, one line each (rule, impact, first elements). */
    private static List<String> seriousViolations(Browser b, String page) {
        b.awaitVaadin();
        Results results = new AxeBuilder().withTags(TAGS).analyze(b.driver);
        List<String> out = new ArrayList<>();
        for (Rule r : results.getViolations()) {
            if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                List<CheckedNode> nodes = r.getNodes().stream().filter(n -> !vaadinSideNavToggle(r, n)).toList();
                if (nodes.isEmpty()) {
                    continue;
                }
                String where = nodes.stream().limit(3).map(CheckedNode::getTarget).map(String::valueOf)
                        .collect(Collectors.joining(" | "));
                out.add(page + ": " + r.getId() + " (" + r.getImpact() + ", " + nodes.size() + "×) " + where);
            }
        }
        return out;
    }

    /**
     * Vaadin 24.9's own side-nav item (the menu's groups): its toggle button says {@code aria-controls="children"} but
     * the list it opens has no such id (vaadin-side-nav-item's template), which axe reports as critical once a group is
     * expanded. Nothing of ours can fix it; every other rule still runs on that button, and this one everywhere else.
     */
    private static boolean vaadinSideNavToggle(Rule r, CheckedNode n) {
        return "aria-valid-attr-value".equals(r.getId()) && String.valueOf(n.getTarget()).contains("aria-controls=\"children\"")
                && String.valueOf(n.getTarget()).contains("#nav-group-");
    }

    private static List<String> moderateLandmarkViolations(Browser b, String page) {
        // Vaadin's own (empty, invisible) loading indicator sits outside any landmark by design
        Results results = new AxeBuilder().withRules(List.of("landmark-one-main", "region", "heading-order",
                "page-has-heading-one")).exclude("vaadin-connection-indicator").analyze(b.driver);
        return results.getViolations().stream().map(r -> page + ": " + r.getId() + " " + r.getNodes().stream().limit(3)
                .map(CheckedNode::getTarget).map(String::valueOf).collect(Collectors.joining(" | "))).toList();
    }

    @Test
    void public_pages_and_the_pad_have_no_serious_violation_and_their_landmarks() {
        List<String> found = new ArrayList<>();
        try (Browser b = new Browser(1280, 900)) {
            for (String page : List.of("/guide", "/lookup", "/public/notices", "/pad/demo-pad-A01", "/login")) {
                b.open(page);
                found.addAll(seriousViolations(b, page));
                if (!page.equals("/login")) {
                    found.addAll(moderateLandmarkViolations(b, page));
                }
            }
            // the pad's details screen (sub-scores, comment, countdown) too
            b.open("/pad/demo-pad-A01");
            b.driver.findElement(By.id("pad-level-SATISFIED")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-countdown")));
            b.driver.findElement(By.id("pad-comment")).click(); // holds the countdown while axe looks
            found.addAll(seriousViolations(b, "/pad details"));
            b.driver.findElement(By.id("pad-back")).click();
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void each_roles_main_pages_have_no_serious_violation() {
        List<String> found = new ArrayList<>();
        String[][] roles = {
                {"admin", "/", "/admin/users", "/admin/rating-pads"},
                {"leader", "/", "/evaluation/ranking", "/rectifications"},
                {"secretary", "/", "/evaluation/assessments"},
                {"staff", "/", "/ratings", "/rectifications", "/my-contests"},
                {"agent", "/", "/network/cases"},
        };
        for (String[] role : roles) {
            try (Browser b = new Browser(1440, 900)) {
                b.login(role[0], PASSWORD);
                for (int i = 1; i < role.length; i++) {
                    b.open(role[i]);
                    b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
                    found.addAll(seriousViolations(b, role[0] + " " + role[i]));
                }
                // the side menu speaks Chinese to screen readers
                Object toggle = ((JavascriptExecutor) b.driver).executeScript(
                        "const n = document.getElementById('main-nav'); return n && n.i18n ? n.i18n.toggle : null");
                assertEquals("展开或收起下级菜单", toggle, role[0] + ": SideNav i18n");
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void the_large_type_switch_makes_text_at_least_18px_and_is_remembered() {
        try (Browser b = Browser.phone(390, 844)) {
            b.open("/guide");
            WebElement toggle = b.wait.until(ExpectedConditions.elementToBeClickable(By.id("large-type-toggle")));
            assertEquals("false", toggle.getAttribute("aria-pressed"));
            toggle.click();
            b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.classList.contains('large-type')")));
            assertEquals("true", toggle.getAttribute("aria-pressed"));
            for (String page : List.of("/guide", "/lookup", "/public/notices", "/pad/demo-pad-A01")) {
                b.open(page);
                b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.documentElement.classList.contains('large-type')")));
                Object smallest = ((JavascriptExecutor) b.driver).executeScript("""
                        let min = 1000, what = '';
                        const walk = (root, host) => root.querySelectorAll('*').forEach(el => {
                          // Vaadin's own connection indicator ("Online", hidden) and dev tools are not page text
                          if (el.closest('vaadin-connection-indicator, vaadin-dev-tools')) return;
                          if (el.shadowRoot) walk(el.shadowRoot, el.tagName);
                          const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
                          const r = el.getBoundingClientRect();
                          const size = parseFloat(getComputedStyle(el).fontSize);
                          if (own && r.width > 0 && r.height > 0 && size < min) {
                            min = size; what = (host || '') + ' ' + el.tagName + '.' + el.className + ' «' + el.textContent.trim().slice(0, 20) + '»';
                          }
                        });
                        walk(document, '');
                        return [min, what];""");
                List<?> smallestAndWhere = (List<?>) smallest;
                assertTrue(((Number) smallestAndWhere.get(0)).doubleValue() >= 18,
                        page + ": smallest visible text " + smallestAndWhere + " px");
                assertTrue(((JavascriptExecutor) b.driver).executeScript("return document.querySelector('[role=main], main') !== null")
                        .equals(Boolean.TRUE), page + " has a main landmark");
                if (page.equals("/guide")) {
                    b.screenshot("a11y-large-type-guide-390x844");
                }
            }
            b.screenshot("a11y-large-type-pad-390x844");
            b.open("/guide");
            b.driver.findElement(By.id("large-type-toggle")).click();
            b.wait.until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.classList.contains('large-type')")));
        }
        try (Browser b = new Browser(1280, 800)) {
            b.open("/pad/demo-pad-A01");
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("large-type-toggle"))).click();
            b.wait.until(ExpectedConditions.attributeToBe(By.id("large-type-toggle"), "aria-pressed", "true"));
            b.screenshot("a11y-large-type-pad-1280x800");
            b.driver.findElement(By.id("pad-level-VERY_SATISFIED")).click();
            b.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pad-countdown")));
            b.driver.findElement(By.id("pad-comment")).click();
            b.screenshot("a11y-large-type-pad-details-1280x800");
            b.driver.findElement(By.id("pad-back")).click();
        }
    }

    /**
     * On a phone (390×844) the grids of 月度考评, 我的竞赛 and 差评整改 show one card column and the actions: the page and
     * the grid do not scroll sideways, and the status and the action buttons are inside the screen.
     */
    @Test
    void on_a_phone_the_grids_show_status_and_actions_without_sideways_scrolling() {
        String[][] pages = {
                {"secretary", "/evaluation/assessments", "assessments-grid", "phone-assessments-390x844"},
                {"staff", "/my-contests", "my-contests-grid", "phone-my-contests-390x844"},
                {"staff", "/rectifications", "rect-grid", "phone-rectifications-390x844"},
        };
        for (String[] p : pages) {
            try (Browser b = Browser.phone(390, 844)) {
                b.login(p[0], PASSWORD);
                b.open(p[1]);
                b.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const g = document.getElementById(arguments[0]); return !!g && g.classList.contains('phone-grid')"
                                + " && g.querySelectorAll('.phone-card').length > 0", p[2])));
                b.awaitVaadin();
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> m = (java.util.Map<String, Object>) ((JavascriptExecutor) b.driver).executeScript("""
                        const g = document.getElementById(arguments[0]);
                        const table = g.shadowRoot.querySelector('#table');
                        const vw = window.innerWidth;
                        const buttons = [...g.querySelectorAll('vaadin-grid-cell-content vaadin-button')]
                            .filter(x => x.getBoundingClientRect().height > 0);
                        const cards = [...g.querySelectorAll('.phone-card')].filter(x => x.getBoundingClientRect().height > 0);
                        return {
                          page: document.documentElement.scrollWidth - vw,
                          grid: table.scrollWidth - table.clientWidth,
                          cards: cards.length,
                          cardsInside: cards.every(c => c.getBoundingClientRect().right <= vw + 1),
                          buttons: buttons.length,
                          buttonsInside: buttons.every(x => x.getBoundingClientRect().right <= vw + 1),
                          text: cards.length ? cards[0].innerText : ''
                        };""", p[2]);
                b.screenshot(p[3]);
                String where = p[1] + " " + m;
                assertTrue(((Number) m.get("page")).intValue() <= 0, "the page does not scroll sideways: " + where);
                assertTrue(((Number) m.get("grid")).intValue() <= 1, "the grid does not scroll sideways: " + where);
                assertTrue(Boolean.TRUE.equals(m.get("cardsInside")), "cards inside the screen: " + where);
                assertTrue(Boolean.TRUE.equals(m.get("buttonsInside")), "actions inside the screen: " + where);
                if (!p[1].equals("/my-contests")) {
                    assertTrue(((Number) m.get("buttons")).intValue() > 0, "actions are shown: " + where);
                }
            }
        }
    }
}
