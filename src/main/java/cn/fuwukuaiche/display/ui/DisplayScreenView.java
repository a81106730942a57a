package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.display.control.StarPages;
import cn.fuwukuaiche.display.control.BoardSnapshot;
import cn.fuwukuaiche.display.control.DisplayContent;
import cn.fuwukuaiche.display.control.DisplayFeed;
import cn.fuwukuaiche.display.control.FeedAssembler;
import cn.fuwukuaiche.display.control.ScreenRegistry;
import cn.fuwukuaiche.display.control.ScreenSettings;
import cn.fuwukuaiche.display.entity.Panel;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 大屏: the unattended public screen at {@code /screen/<key>}. Brand, place, the date and a clock in Chinese
 * at the top; the configured panels rotating in the middle (all screens with the same settings in step);
 * "数据更新于 HH:mm" and, while the connection is lost, a stale badge at the bottom. A public change reaches it
 * by server push (see {@code BoardPush}); a poll every minute covers a lost push; the page reconnects and,
 * after a server restart, reloads itself, never showing a dialog.
 */
@Route(value = "screen", autoLayout = false)
@AnonymousAllowed
public class DisplayScreenView extends Div implements HasUrlParameter<String>, HasDynamicTitle, ScreenRegistry.Client {

    private static final Logger LOG = Logger.getLogger(DisplayScreenView.class.getName());
    static final int SAFETY_POLL_MILLIS = 60_000;
    static final int MAX_POSTS = 6;
    static final int MAX_NOTICES = 5;
    static final int MAX_EXEMPLARS = 4;
    static final int MAX_RANKS = 10;

    private final DisplayContent content;
    private final ScreenRegistry registry;
    private final Div stage = new Div();
    private final Span updated = new Span();
    private final Span placeLabel = new Span();
    private final Span nameLabel = new Span();
    private String key;
    private ScreenSettings settings;
    private DisplayFeed shown;
    /** The panels as built for {@link #shown}, in order, and the part of the feed each one shows. */
    private List<Panel> shownPanels = List.of();
    private final Map<Panel, Optional<Object>> shownParts = new java.util.EnumMap<>(Panel.class);
    private UI ui;

    @Inject
    public DisplayScreenView(DisplayContent content, ScreenRegistry registry) {
        this.content = content;
        this.registry = registry;
        setId("screen");
        addClassName("screen-root");
    }

    @Override
    public String getPageTitle() {
        return settings == null ? getTranslation("display.screen.pageTitle") : getTranslation("display.screen.pageTitleNamed", settings.name());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        this.key = parameter;
        // ?panel=SATISFACTION holds one panel (for setting up a screen, and for screenshots)
        List<String> pin = event.getLocation().getQueryParameters().getParameters().getOrDefault("panel", List.of());
        if (pin.isEmpty()) {
            getElement().removeAttribute("data-pin");
        } else {
            getElement().setAttribute("data-pin", pin.get(0).toUpperCase());
        }
        Optional<ScreenSettings> s = content.screen(parameter);
        removeAll();
        if (s.isEmpty()) {
            settings = null;
            Div msg = new Div(new Span(getTranslation("app.brand")), new Span(getTranslation("display.screen.refused")));
            msg.setId("screen-refused");
            msg.addClassName("screen-refused");
            add(msg);
            return;
        }
        settings = s.get();
        content.seen(settings);
        build();
    }

    private void build() {
        getElement().setAttribute("data-seconds", String.valueOf(settings.secondsPerPanel()));
        getClassNames().removeIf(c -> c.startsWith("screen-theme-"));
        addClassName(settings.theme().cssClass());

        Span brand = new Span(FeedAssembler.BRAND);
        brand.addClassName("screen-brand");
        Span motto = new Span(FeedAssembler.MOTTO);
        motto.addClassName("screen-motto");
        Div brandBox = new Div(brand, motto);
        brandBox.addClassName("screen-brand-box");

        placeLabel.setId("screen-place");
        placeLabel.addClassName("screen-place");
        nameLabel.setId("screen-name");
        nameLabel.addClassName("screen-name");
        Div title = new Div(placeLabel, nameLabel);
        title.addClassName("screen-title-box");

        Span date = new Span();
        date.setId("screen-date");
        date.addClassName("screen-date");
        Span time = new Span();
        time.setId("screen-time");
        time.addClassName("screen-time");
        Div clock = new Div(time, date);
        clock.addClassName("screen-clock");

        Div header = new Div(brandBox, title, clock);
        header.addClassName("screen-header");

        stage.setId("screen-stage");
        stage.addClassName("screen-stage");

        updated.setId("screen-updated");
        updated.addClassName("screen-updated");
        Span stale = new Span(getTranslation("display.screen.stale"));
        stale.setId("screen-stale");
        stale.addClassName("screen-stale");
        Div dots = new Div();
        dots.setId("screen-dots");
        dots.addClassName("screen-dots");
        Div footer = new Div(updated, stale, dots);
        footer.addClassName("screen-footer");

        add(header, stage, footer);
        render(content.feed(settings), content.snapshot());
    }

    @Override
    protected void onAttach(AttachEvent e) {
        super.onAttach(e);
        ui = e.getUI();
        if (settings == null) {
            return;
        }
        ui.setPollInterval(SAFETY_POLL_MILLIS);
        // keep trying for as long as it takes; the page's own watchdog reloads once the server answers again
        ui.getReconnectDialogConfiguration().setReconnectAttempts(Integer.MAX_VALUE);
        ui.getReconnectDialogConfiguration().setReconnectInterval(3000);
        ui.getReconnectDialogConfiguration().setDialogText("");
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp("");
        ui.addPollListener(p -> {
            if (refresh() && settings != null) {
                content.seen(settings); // the browser asked: the screen is on air (a push alone would not tell)
            }
        });
        registry.register(this);
        getElement().executeJs(SCREEN_JS, getTranslation("display.screen.date"), getTranslation("display.screen.weekdays"));
        getElement().executeJs(STAR_PAGING_JS, StarPages.PAGE_SECONDS, getTranslation("display.stars.page", "{i}", "{n}", "{h}"));
    }

    @Override
    protected void onDetach(DetachEvent e) {
        registry.unregister(this);
        super.onDetach(e);
    }

    /**
     * Called by the push observer on its own managed thread after a public change has committed; returns once
     * the change has been pushed (the session's unlock pushes it), so the observer can time the push.
     */
    @Override
    public void boardChanged() {
        UI u = ui;
        if (u != null && u.isAttached()) {
            u.accessSynchronously(this::refresh);
        }
    }

    /**
     * Reloads the screen's settings and content; redraws only what changed. False when the database did not answer
     * (the screen keeps its content; the poll then does not try to note the screen as seen either).
     */
    boolean refresh() {
        try {
            Optional<ScreenSettings> s = content.screen(key);
            if (s.isEmpty()) {
                // revoked while on air: show the refusal (the key is no longer valid)
                UI.getCurrent().getPage().reload();
                return false;
            }
            boolean themeOrTimingChanged = settings == null || settings.theme() != s.get().theme()
                    || settings.secondsPerPanel() != s.get().secondsPerPanel();
            settings = s.get();
            if (themeOrTimingChanged) {
                getElement().setAttribute("data-seconds", String.valueOf(settings.secondsPerPanel()));
                getClassNames().removeIf(c -> c.startsWith("screen-theme-"));
                addClassName(settings.theme().cssClass());
                shown = null; // the charts carry the theme's colours
            }
            render(content.feed(settings), content.snapshot());
        } catch (RuntimeException ex) {
            // keep what is on screen; the next push or poll tries again
            LOG.log(Level.WARNING, "display: refresh failed; the screen keeps its content", ex);
            getElement().executeJs("this.dataset.seen = Date.now();");
            return false;
        }
        getElement().executeJs("this.dataset.seen = Date.now();");
        return true;
    }

    private void render(DisplayFeed feed, BoardSnapshot snapshot) {
        updated.setText(getTranslation("display.screen.updated", Times.TIME.format(snapshot.readAt())));
        placeLabel.setText(feed.screen().place());
        nameLabel.setText(feed.screen().name());
        if (feed.equals(shown)) {
            return;
        }
        boolean samePanels = shown != null && settings.panels().equals(shownPanels);
        shown = feed;
        if (samePanels) {
            // one award changes one or two panels: rebuild only those, so a push to many screens stays cheap
            int active = settings.rotation().indexAt(System.currentTimeMillis());
            for (int i = 0; i < shownPanels.size(); i++) {
                Panel p = shownPanels.get(i);
                Optional<Object> part = Optional.ofNullable(part(p, feed));
                if (!part.equals(shownParts.get(p))) {
                    Div fresh = panel(p, feed);
                    if (i == active) {
                        fresh.addClassName("active"); // the browser's rotation agrees (the same arithmetic)
                    }
                    stage.getElement().setChild(i, fresh.getElement());
                    shownParts.put(p, part);
                }
            }
            return;
        }
        stage.removeAll();
        shownPanels = List.copyOf(settings.panels());
        shownParts.clear();
        for (Panel p : shownPanels) {
            stage.add(panel(p, feed));
            shownParts.put(p, Optional.ofNullable(part(p, feed)));
        }
        // the panel on air now, before the browser's rotation takes over (the same arithmetic)
        int active = settings.rotation().indexAt(System.currentTimeMillis());
        if (active >= 0) {
            stage.getChildren().skip(active).findFirst().ifPresent(c -> ((Div) c).addClassName("active"));
        }
    }

    private Div panel(Panel p, DisplayFeed feed) {
        Div panel = new Div();
        panel.setId("panel-" + p.name().toLowerCase().replace('_', '-'));
        panel.addClassNames("screen-panel", "screen-panel-" + p.name().toLowerCase().replace('_', '-'));
        panel.getElement().setAttribute("data-panel", p.name());
        Span title = new Span(p.title());
        title.addClassName("panel-title");
        Div body = new Div();
        body.addClassName("panel-body");
        if (FeedAssembler.hasContent(p, feed)) {
            fill(p, feed, body);
        } else {
            Span none = new Span(getTranslation("display.screen.none"));
            none.addClassName("panel-empty");
            body.add(none);
            body.addClassName("panel-body-empty");
        }
        panel.add(title, body);
        return panel;
    }

    /** The part of the feed a panel shows: a panel is rebuilt only when its part changed. */
    static Object part(Panel p, DisplayFeed f) {
        return switch (p) {
            case FLAG -> f.flag();
            case MODEL_POSTS -> f.modelPosts();
            case STARS -> f.stars();
            case EXEMPLARS -> f.exemplars();
            case NOTICES -> f.notices();
            case SATISFACTION -> f.satisfaction();
            case NETWORK -> f.network();
            case CONTESTS -> f.contests();
            case ACTIVITIES -> f.activities();
        };
    }

    private void fill(Panel p, DisplayFeed f, Div body) {
        switch (p) {
            case FLAG -> flag(f.flag(), body);
            case MODEL_POSTS -> {
                // as many columns as cards (up to 3), so two posts fill the width and their duties and pledges show whole
                long n = Math.min(MAX_POSTS, f.modelPosts().size());
                body.addClassName(n <= 3 ? "posts-one-row" : "posts-two-rows");
                body.getStyle().set("--posts-columns", String.valueOf(Math.min(3, Math.max(1, n))));
                f.modelPosts().stream().limit(MAX_POSTS).forEach(m -> body.add(post(m)));
            }
            case STARS -> stars(f.stars(), body);
            case EXEMPLARS -> f.exemplars().stream().limit(MAX_EXEMPLARS).forEach(e -> body.add(exemplar(e)));
            case NOTICES -> f.notices().stream().limit(MAX_NOTICES).forEach(n -> body.add(notice(n)));
            case SATISFACTION -> satisfaction(f.satisfaction(), body);
            case NETWORK -> network(f.network(), body);
            case CONTESTS -> f.contests().stream().limit(2).forEach(c -> body.add(contest(c)));
            case ACTIVITIES -> ActivityCards.fill(f.activities(), body);
        }
    }

    private static Span text(String s, String cls) {
        Span span = new Span(s == null ? "" : s);
        span.addClassName(cls);
        return span;
    }

    private void flag(DisplayFeed.Flag flag, Div body) {
        Div pole = new Div(new Div(text("★", "flag-star")));
        pole.addClassName("flag-icon");
        Div info = new Div(text(getTranslation("display.flag.month", flag.month()), "flag-month"), text(flag.windowCode(), "flag-code"),
                text(flag.windowName(), "flag-window"), text(flag.unitName(), "flag-unit"));
        info.addClassName("flag-info");
        Div streak = new Div(text(getTranslation("display.flag.streakBefore"), "flag-streak-label"), text(String.valueOf(flag.streakMonths()), "flag-streak"),
                text(getTranslation("display.flag.streakAfter"), "flag-streak-label"),
                text(getTranslation("display.flag.total", String.valueOf(flag.totalMonths())), "flag-total"));
        streak.addClassName("flag-streak-box");
        body.add(pole, info, streak);
    }

    private Component post(DisplayFeed.ModelPost m) {
        Div card = new Div();
        card.addClassName("post-card");
        if (m.photoUrl() != null) {
            Image photo = new Image(m.photoUrl().substring(1), m.name());
            photo.addClassName("post-photo");
            card.add(photo);
        } else {
            Div initials = new Div(text(m.name() == null || m.name().isEmpty() ? "" : m.name().substring(0, 1), "post-initial"));
            initials.addClassName("post-photo");
            card.add(initials);
        }
        Div info = new Div(text(m.kind(), "post-kind"), text(m.name(), "post-name"), text(m.windowName(), "post-window"),
                text(m.duties(), "post-duties"), text(m.pledge() == null ? "" : getTranslation("display.post.pledge", m.pledge()), "post-pledge"));
        info.addClassName("post-info");
        card.add(info);
        return card;
    }

    /**
     * Every star's current holders, in pages of {@link #STARS_PER_PAGE}: all pages are in the page, the browser shows
     * one per column and turns them every {@link StarPages#PAGE_SECONDS} s by the clock ({@link #STAR_PAGING_JS}).
     */
    private void stars(List<DisplayFeed.Star> stars, Div body) {
        for (StarPages.Column c : StarPages.columns(stars, STARS_PER_PAGE)) {
            Div col = new Div(text("★ " + c.star(), "star-name"));
            col.addClassName("star-col");
            col.getElement().setAttribute("data-pages", String.valueOf(c.pages().size()));
            col.getElement().setAttribute("data-holders", String.valueOf(c.holders()));
            Div pages = new Div();
            pages.addClassName("star-pages");
            int now = StarPages.pageAt(System.currentTimeMillis(), c.pages().size());
            for (int i = 0; i < c.pages().size(); i++) {
                Div page = new Div();
                page.addClassName("star-page");
                if (i == now) {
                    page.addClassName("active");
                }
                c.pages().get(i).forEach(h -> page.add(new Div(text(h.name(), "star-holder"), text(h.windowName(), "star-window"))));
                pages.add(page);
            }
            col.add(pages);
            Span pageNo = text(c.pages().size() > 1 ? getTranslation("display.stars.page", String.valueOf(now + 1), String.valueOf(c.pages().size()), String.valueOf(c.holders())) : "",
                    "star-page-no");
            col.add(new Div(text(c.period(), "star-period"), pageNo));
            body.add(col);
        }
    }

    private static Component exemplar(DisplayFeed.Exemplar e) {
        Div card = new Div(text(e.title(), "exemplar-title"), text(e.name(), "exemplar-name"), text(e.windowName(), "exemplar-window"),
                text(e.deeds(), "exemplar-deeds"));
        card.addClassName("exemplar-card");
        return card;
    }

    private Component notice(DisplayFeed.Notice n) {
        Div row = new Div(text(n.honour(), "notice-honour"), text(n.subject(), "notice-subject"), text(n.reason(), "notice-reason"),
                text(getTranslation("display.notice.period", n.from(), n.until()), "notice-period"),
                text(n.result() == null ? getTranslation("display.notice.open") : n.result(), n.result() == null ? "notice-open" : "notice-result"));
        row.addClassName("notice-row");
        return row;
    }

    private void satisfaction(SatisfactionBoard.Satisfaction s, Div body) {
        Div big = new Div(text(getTranslation("display.sat.label", String.valueOf(s.month().getMonthValue())), "sat-label"),
                text(s.percent() == null ? "—" : s.percent().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%", "sat-value"),
                text(getTranslation("display.sat.count", String.valueOf(s.ratings())), "sat-count"));
        big.setId("sat-now");
        big.addClassName("sat-now");
        ScreenChart trend = new ScreenChart("sat-trend", ScreenCharts.trend(s.trend(), settings.theme(), ScreenChart.REFERENCE_PX));
        Div left = new Div(big, text(getTranslation("display.sat.trend"), "chart-caption"), trend);
        left.addClassName("sat-left");
        Div right = new Div(text(getTranslation("display.sat.ranking"), "chart-caption"));
        right.addClassName("sat-right");
        if (s.ranking().isEmpty()) {
            right.add(text(getTranslation("display.sat.noRanking"), "panel-empty"));
        } else {
            right.add(new ScreenChart("sat-ranking", ScreenCharts.ranking(s.ranking().stream().limit(MAX_RANKS).toList(),
                    settings.theme(), ScreenChart.REFERENCE_PX)));
        }
        body.add(left, right);
    }

    private void network(NetworkBoard.Network n, Div body) {
        Div levels = new Div();
        levels.addClassName("net-levels");
        for (NetworkBoard.Level l : n.levels()) {
            Div box = new Div(text(l.motto(), "net-motto"), text(getTranslation("display.net.level", l.level(), String.valueOf(l.nodes())), "net-level"),
                    text(l.sharePercent().toPlainString() + "%", "net-share"), text(getTranslation("display.net.shareLabel"), "net-share-label"),
                    text(getTranslation("display.net.counts", String.valueOf(l.accepted()), String.valueOf(l.handled())), "net-counts"));
            box.addClassName("net-box");
            levels.add(box);
        }
        Div total = new Div(text(getTranslation("display.net.year", String.valueOf(n.year())), "net-year"), text(getTranslation("display.net.accepted", String.valueOf(n.accepted())), "net-total"),
                text(getTranslation("display.net.handled", String.valueOf(n.handled())), "net-total"), text(getTranslation("display.net.onTime", n.onTimePercent().toPlainString()), "net-total"));
        total.addClassName("net-totals");
        body.add(levels, total);
    }

    private static Component contest(DisplayFeed.Contest c) {
        Div box = new Div(text(c.quarter() + " " + c.title(), "contest-title"));
        box.addClassName("contest-box");
        c.winners().stream().limit(6).forEach(w -> box.add(new Div(text(w.prize(), "contest-prize"), text(w.name(), "contest-name"),
                text(w.windowName(), "contest-window"))));
        return box;
    }

    /**
     * The browser side: the clock and date in Chinese (Beijing time whatever the device's zone), the panel
     * rotation (the same arithmetic as {@code PanelRotation}), and the stale badge: shown while Vaadin's
     * connection state is not "connected", while the server does not answer the page's own probe of
     * /health/live (every 10 s; two misses in a row), or when nothing came from the server for 2.5 minutes
     * (the safety poll is every minute).
     */
    /** Holders per page and star: what fits a column, footer included, on any 16:9 or portrait screen (the layout is 56 units high). */
    static final int STARS_PER_PAGE = 5;

    /** Turns the star panel's pages: the page of a column of n pages is floor(now / PAGE_SECONDS) mod n (as {@link StarPages#pageAt}). */
    static final String STAR_PAGING_JS = """
            const root = this, seconds = $0, pattern = $1;
            if (window.__fwkcStarTimer) { clearInterval(window.__fwkcStarTimer); }
            window.__fwkcStarTimer = setInterval(() => {
              const slot = Math.floor(Date.now() / 1000 / seconds);
              root.querySelectorAll('.star-col').forEach(col => {
                const pages = col.querySelectorAll('.star-page');
                if (pages.length < 2) return;
                const at = slot % pages.length;
                pages.forEach((p, i) => p.classList.toggle('active', i === at));
                const no = col.querySelector('.star-page-no');
                if (no) no.textContent = pattern.replace('{i}', at + 1).replace('{n}', pages.length).replace('{h}', col.dataset.holders);
              });
            }, 1000);""";

    static final String SCREEN_JS = """
            const root = this;
            const DATE = $0;
            const WEEK = $1.split(',');
            if (window.__fwkcScreenTimer) { clearInterval(window.__fwkcScreenTimer); }
            root.dataset.seen = Date.now();
            const pad = n => String(n).padStart(2, '0');
            const tick = () => {
              const now = Date.now();
              const d = new Date(now + (new Date().getTimezoneOffset() + 480) * 60000);
              const t = root.querySelector('#screen-time');
              const dt = root.querySelector('#screen-date');
              if (t) t.textContent = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
              if (dt) dt.textContent = DATE.replace('{0}', d.getFullYear()).replace('{1}', d.getMonth() + 1).replace('{2}', d.getDate())
                .replace('{3}', WEEK[d.getDay()]);
              const sec = parseInt(root.dataset.seconds, 10) || 15;
              const panels = root.querySelectorAll('#screen-stage > .screen-panel');
              const dots = root.querySelector('#screen-dots');
              if (panels.length) {
                const pinned = root.dataset.pin ? Array.from(panels).findIndex(p => p.dataset.panel === root.dataset.pin) : -1;
                const idx = pinned >= 0 ? pinned : Math.floor(now / (sec * 1000)) % panels.length;
                panels.forEach((p, i) => p.classList.toggle('active', i === idx));
                if (dots) {
                  if (dots.childElementCount !== panels.length) {
                    dots.textContent = '';
                    panels.forEach(() => dots.appendChild(document.createElement('span')));
                  }
                  Array.from(dots.children).forEach((s, i) => s.classList.toggle('on', i === idx));
                }
                root.dataset.panel = panels[idx].dataset.panel;
              }
              const cs = window.Vaadin && window.Vaadin.connectionState;
              const state = cs ? String(cs.state).toLowerCase() : 'connected';
              const lost = state.indexOf('reconnect') >= 0 || state.indexOf('lost') >= 0;
              const quiet = now - (parseInt(root.dataset.seen, 10) || now) > 150000;
              const stale = lost || quiet || !!root.__downSince;
              root.classList.toggle('screen-stale-on', stale);
              root.__staleSince = stale ? (root.__staleSince || now) : 0;
              // ask the server every 10 s (every 5 s while stale): Vaadin's state changes only when its next request
              // fails (up to a minute, the safety poll), while a push connection that died is re-tried silently. Two
              // probes in a row without an answer (8 s each, the second 2 s after the first) → stale. An answer after
              // being stale for 20 s → reload (a restarted server has forgotten this page's state; a reload starts it
              // afresh).
              const every = root.__fails === 1 ? 2000 : stale ? 5000 : 10000;
              if (!root.__probing && now - (root.__probedAt || 0) > every) {
                root.__probing = true; root.__probedAt = now;
                const ctl = new AbortController();
                const timer = setTimeout(() => ctl.abort(), 8000);
                fetch(new URL('health/live', document.baseURI), {cache: 'no-store', signal: ctl.signal})
                  .then(r => r.ok, () => false)
                  .then(ok => {
                    if (!ok) {
                      root.__fails = (root.__fails || 0) + 1;
                      if (root.__fails >= 2) { root.__downSince = root.__downSince || Date.now(); }
                      return;
                    }
                    root.__fails = 0; root.__downSince = 0;
                    if (root.__staleSince && Date.now() - root.__staleSince > 20000) { location.reload(); }
                  })
                  .finally(() => { clearTimeout(timer); root.__probing = false; root.__probedAt = Date.now(); });
              }
            };
            tick();
            window.__fwkcScreenTimer = setInterval(tick, 1000);
            """;
}
