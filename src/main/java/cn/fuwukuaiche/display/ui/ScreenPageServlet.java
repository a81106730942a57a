package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.display.control.DisplayContent;
import cn.fuwukuaiche.display.control.ETags;
import cn.fuwukuaiche.display.control.FeedJson;
import cn.fuwukuaiche.display.control.ScreenSettings;
import cn.fuwukuaiche.display.control.StarPages;
import cn.fuwukuaiche.display.entity.Panel;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * 大屏: the unattended public screen at {@code /screen/<key>}, as a thin page. The server keeps nothing per screen
 * but one open server-sent-events connection: the page is static HTML with its CSS and script inline
 * ({@code screen.css}, {@code screen.js} next to this class), the screen's current feed (the same public JSON as
 * {@code /api/display/<key>}) and the captions from the bundle; the browser renders the panels from the JSON and,
 * told of a change by {@code /api/display/<key>/events} (see {@code BoardPush}), fetches the feed again with its ETag
 * and redraws the panels whose part changed. Brand, place, date and clock in Chinese at the top; the configured
 * panels rotating by the clock in the middle; "数据更新于 HH:mm" and, while the connection is lost, a stale badge at
 * the bottom. An unknown or revoked key gets "该大屏地址无效或已停用" (404). No session, no login, no Vaadin.
 */
@WebServlet(urlPatterns = "/screen/*", asyncSupported = true)
public class ScreenPageServlet extends HttpServlet {

    /** Bundle keys the page's script formats itself ({0} … as in the bundle; "{2,number,#}" is read as {2}). */
    static final List<String> CAPTIONS = List.of("app.brand", "app.motto", "display.screen.updated", "display.screen.none",
            "display.screen.date", "display.screen.weekdays", "display.stars.page", "display.flag.month", "display.flag.streakBefore",
            "display.flag.streakAfter", "display.flag.total", "display.post.pledge", "display.notice.period", "display.notice.open",
            "display.sat.label", "display.sat.count", "display.sat.trend", "display.sat.ranking", "display.sat.noRanking",
            "display.chart.month", "display.chart.rank", "display.net.level", "display.net.shareLabel", "display.net.counts",
            "display.net.year", "display.net.accepted", "display.net.handled", "display.net.onTime", "display.activity.line",
            "display.partyLife.month", "display.partyLife.total", "display.partyLife.none", "display.partyLife.next");

    private static final String CSS = resource("screen.css");
    private static final String JS = resource("screen.js");

    @Inject
    DisplayContent content;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String key = path == null || path.length() < 2 ? "" : path.substring(1);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        // below /h/{code}/ (forwarded by HallFilter) the page's feed and events stay below it, at the screen's own hall
        Object original = req.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        java.util.regex.Matcher hall = java.util.regex.Pattern.compile("(/h/[^/]+/).*")
                .matcher(original == null ? "" : original.toString().substring(req.getContextPath().length()));
        String base = req.getContextPath() + (hall.matches() ? hall.group(1) : "/");
        Optional<ScreenSettings> screen = key.isEmpty() || key.contains("/") ? Optional.empty() : content.screen(key);
        if (screen.isEmpty()) {
            resp.setStatus(HttpServletResponse.SC_NOT_FOUND);
            resp.getWriter().write(refused(base));
            return;
        }
        content.seen(screen.get()); // the page opened: the screen is on air (its 60-s feed fetch notes it again)
        String pin = Optional.ofNullable(req.getParameter("panel")).map(p -> p.toUpperCase(Locale.ROOT))
                .filter(p -> java.util.Arrays.stream(Panel.values()).anyMatch(v -> v.name().equals(p))).orElse("");
        String feed = FeedJson.write(content.feedNow(screen.get()));
        resp.getWriter().write(page(base, key, screen.get(), pin, feed, ETags.of(feed)));
    }

    static String page(String base, String key, ScreenSettings s, String pin, String feed, String etag) {
        Map<String, String> captions = new LinkedHashMap<>();
        CAPTIONS.forEach(k -> captions.put(k, Messages.t(k)));
        StringBuilder json = new StringBuilder("{");
        captions.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(jsonString(k)).append(':').append(jsonString(v)));
        json.append(",\"starsPerPage\":").append(STARS_PER_PAGE).append(",\"starPageSeconds\":").append(StarPages.PAGE_SECONDS).append('}');
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><base href=\"" + attr(base) + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + text(Messages.t("display.screen.pageTitleNamed", s.name())) + "</title>"
                + "<style>" + CSS + "</style>"
                + "<script src=\"webjars/echarts/5.3.1/dist/echarts.min.js\" defer></script></head><body>"
                + "<div id=\"screen\" class=\"screen-root " + s.theme().cssClass() + "\" data-key=\"" + attr(key) + "\" data-seconds=\""
                + s.secondsPerPanel() + "\"" + (pin.isEmpty() ? "" : " data-pin=\"" + pin + "\"") + " data-etag=\"" + attr(etag) + "\">"
                + "<div class=\"screen-header\"><div class=\"screen-brand-box\"><span class=\"screen-brand\">" + text(Messages.t("app.brand"))
                + "</span><span class=\"screen-motto\">" + text(Messages.t("app.motto")) + "</span></div>"
                + "<div class=\"screen-title-box\"><span id=\"screen-place\" class=\"screen-place\">" + text(s.place())
                + "</span><span id=\"screen-name\" class=\"screen-name\">" + text(s.name()) + "</span></div>"
                + "<div class=\"screen-clock\"><span id=\"screen-time\" class=\"screen-time\"></span><span id=\"screen-date\" class=\"screen-date\"></span></div></div>"
                + "<div id=\"screen-stage\" class=\"screen-stage\"></div>"
                + "<div class=\"screen-footer\"><span id=\"screen-updated\" class=\"screen-updated\"></span>"
                + "<span id=\"screen-stale\" class=\"screen-stale\">" + text(Messages.t("display.screen.stale")) + "</span>"
                + "<div id=\"screen-dots\" class=\"screen-dots\"></div></div></div>"
                + "<script id=\"screen-feed\" type=\"application/json\">" + scriptSafe(feed) + "</script>"
                + "<script id=\"screen-captions\" type=\"application/json\">" + scriptSafe(json.toString()) + "</script>"
                + "<script>" + JS + "</script></body></html>";
    }

    static String refused(String base) {
        return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><base href=\"" + attr(base) + "\">"
                + "<title>" + text(Messages.t("display.screen.pageTitle")) + "</title><style>" + CSS + "</style></head><body>"
                + "<div class=\"screen-root\"><div id=\"screen-refused\" class=\"screen-refused\"><span>" + text(Messages.t("app.brand"))
                + "</span><span>" + text(Messages.t("display.screen.refused")) + "</span></div></div></body></html>";
    }

    /** Holders per page and star: what fits a column, footer included, on any 16:9 or portrait screen (the layout is 56 units high). */
    static final int STARS_PER_PAGE = 5;

    static String text(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    /** JSON inside a script element: no "</script>" or "<!--" can end it early ("<" is written as \u003c, valid in JSON strings). */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String resource(String name) {
        try (InputStream in = ScreenPageServlet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
