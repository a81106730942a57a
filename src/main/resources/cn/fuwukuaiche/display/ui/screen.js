/*
 * 大屏, the browser side (ScreenPageServlet inlines this): renders the screen's feed (the public JSON of
 * /api/display/<key>, in the page at first), keeps the clock, the date (Beijing time whatever the device's zone), the
 * panel rotation (slot = epoch seconds / seconds per panel, as PanelRotation) and the star pages (as StarPages) by the
 * clock, listens to /api/display/<key>/events (server-sent events: "board" after a public change has committed) and
 * then fetches the feed again with its ETag, redrawing only the panels whose part of the feed changed. Every 60 s it
 * fetches the feed anyway (a 304 while nothing changed), which covers a lost event.
 * Stale badge: while the event stream is broken (after it had been open), while the server does not answer the
 * page's probe of /health/live (every 10 s; two misses in a row), or after 2.5 minutes without any answer. The last
 * content stays. Recovery: EventSource reconnects by itself (every 3 s); a stream the server refused (e.g. during a
 * restart) is opened again after 3 s; once the page has been stale for 20 s, the first answer of the probe reloads it.
 * No dialog, ever.
 */
(() => {
  'use strict';
  const root = document.getElementById('screen');
  const KEY = root.dataset.key;
  const T = JSON.parse(document.getElementById('screen-captions').textContent);
  const FEED_URL = new URL('api/display/' + encodeURIComponent(KEY), document.baseURI);
  const EVENTS_URL = new URL('api/display/' + encodeURIComponent(KEY) + '/events', document.baseURI);
  const SAFETY_POLL = 60000, QUIET = 150000, MAX_POSTS = 6, MAX_NOTICES = 5, MAX_EXEMPLARS = 4, MAX_RANKS = 10,
    MAX_ACTIVITIES = 4, MAX_BRANCHES = 9, REFERENCE_PX = 20;
  let etag = root.dataset.etag;
  let shownIds = '', shownTheme = '';
  const shownParts = {};

  /** A caption with its {0}, {1} … filled ("{2,number,#}" too). */
  const t = (key, ...args) => (T[key] || ('!' + key)).replace(/\{(\d+)(,[^}]*)?\}/g, (m, i) => String(args[+i] ?? ''));
  const pad = n => String(n).padStart(2, '0');
  const beijing = ms => new Date(ms + (new Date(ms).getTimezoneOffset() + 480) * 60000);
  const pct = v => v === null || v === undefined ? '—' : Number(v).toFixed(1);
  const monthOf = ym => ym ? parseInt(ym.split('-')[1], 10) : '';

  const el = (tag, cls, ...children) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    children.forEach(c => e.append(c));
    return e;
  };
  const text = (s, cls) => el('span', cls, s === null || s === undefined ? '' : String(s));
  const div = (cls, ...children) => el('div', cls, ...children);

  // ---- charts (ECharts from the WebJar; the option is written for REFERENCE_PX and scaled to the element's font size)
  const colours = theme => theme === 'DARK' ? {text: '#f3f4f6', axis: '#4b5563', accent: '#fbbf24', bar: '#f87171'}
    : {text: '#ffffff', axis: 'rgba(255,255,255,0.45)', accent: '#ffd54f', bar: '#ffd54f'};
  const base = c => ({animation: false, textStyle: {color: c.text, fontSize: REFERENCE_PX,
    fontFamily: 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif'}});
  const axis = (type, c) => ({type, axisLabel: {color: c.text, fontSize: REFERENCE_PX}, axisLine: {lineStyle: {color: c.axis}},
    splitLine: {lineStyle: {color: c.axis}}});
  const F = REFERENCE_PX;
  function trendOption(points, theme) {
    const c = colours(theme);
    return Object.assign(base(c), {
      grid: {left: F * 4, right: F * 2, top: F * 2, bottom: F * 2.4},
      xAxis: Object.assign(axis('category', c), {data: points.map(p => t('display.chart.month', monthOf(p.month)))}),
      yAxis: Object.assign(axis('value', c), {min: 0, max: 100}),
      series: [{type: 'line', smooth: true, symbolSize: F * 0.6, data: points.map(p => p.percent === null ? null : Number(p.percent)),
        itemStyle: {color: c.accent}, lineStyle: {width: Math.max(3, F / 5)},
        label: {show: true, color: c.text, fontSize: F, formatter: '{c}%'}}]
    });
  }
  function rankingOption(ranks, theme) {
    const c = colours(theme);
    return Object.assign(base(c), {
      grid: {left: F * 13, right: F * 5, top: F, bottom: F},
      xAxis: Object.assign(axis('value', c), {show: false, min: 0, max: 100}),
      yAxis: Object.assign(axis('category', c), {inverse: true, data: ranks.map(r => t('display.chart.rank', r.rank, r.window))}),
      series: [{type: 'bar', data: ranks.map(r => r.satisfactionPercent === null ? 0 : Number(r.satisfactionPercent)), barWidth: '60%',
        itemStyle: {color: c.bar}, label: {show: true, position: 'right', color: c.text, fontSize: F, formatter: '{c}%'}}]
    });
  }
  const SIZE_KEYS = ['fontSize', 'symbolSize', 'width', 'left', 'right', 'top', 'bottom'];
  const scale = (v, f) => {
    if (Array.isArray(v)) return v.map(x => scale(x, f));
    if (v && typeof v === 'object') {
      const o = {};
      for (const k in v) o[k] = (SIZE_KEYS.includes(k) && typeof v[k] === 'number') ? v[k] * f : scale(v[k], f);
      return o;
    }
    return v;
  };
  function chart(id, option) {
    const e = div('screen-chart');
    e.id = id;
    const draw = () => {
      if (!window.echarts) { setTimeout(draw, 50); return; }
      if (!e.isConnected) return;
      const f = (parseFloat(getComputedStyle(e).fontSize) || REFERENCE_PX) / REFERENCE_PX;
      const c = window.echarts.getInstanceByDom(e) || window.echarts.init(e);
      c.setOption(scale(option, f), true);
      e.setAttribute('data-rendered', 'true');
    };
    e.__fwkcResize = new ResizeObserver(() => {
      const c = window.echarts && window.echarts.getInstanceByDom(e);
      if (c && e.clientWidth > 0) { draw(); c.resize(); }
    });
    e.__fwkcResize.observe(e);
    e.__fwkcDraw = draw;
    return e;
  }
  const dispose = panel => panel.querySelectorAll('.screen-chart').forEach(e => {
    if (e.__fwkcResize) e.__fwkcResize.disconnect();
    const c = window.echarts && window.echarts.getInstanceByDom(e);
    if (c) c.dispose();
  });

  // ---- panels (the same elements and classes as before, so the look is the same)
  const hasContent = (id, f) => ({FLAG: !!f.flag, MODEL_POSTS: f.modelPosts.length > 0, STARS: f.stars.length > 0,
    EXEMPLARS: f.exemplars.length > 0, NOTICES: f.notices.length > 0, SATISFACTION: !!f.satisfaction, NETWORK: !!f.network,
    CONTESTS: f.contests.length > 0, ACTIVITIES: f.activities.length > 0,
    PARTY_LIFE: !!f.partyLife && f.partyLife.branches.length > 0})[id];
  const partOf = (id, f) => ({FLAG: f.flag, MODEL_POSTS: f.modelPosts, STARS: f.stars, EXEMPLARS: f.exemplars, NOTICES: f.notices,
    SATISFACTION: f.satisfaction, NETWORK: f.network, CONTESTS: f.contests, ACTIVITIES: f.activities, PARTY_LIFE: f.partyLife})[id];

  function panel(p, f) {
    const css = p.id.toLowerCase().replace(/_/g, '-');
    const e = div('screen-panel screen-panel-' + css);
    e.id = 'panel-' + css;
    e.dataset.panel = p.id;
    const body = div('panel-body');
    if (hasContent(p.id, f)) {
      fill(p.id, f, body);
    } else {
      body.append(text(T['display.screen.none'], 'panel-empty'));
      body.classList.add('panel-body-empty');
    }
    e.append(text(p.title, 'panel-title'), body);
    return e;
  }

  function fill(id, f, body) {
    switch (id) {
      case 'FLAG': {
        const fl = f.flag;
        body.append(div('flag-icon', div('', text('★', 'flag-star'))),
          div('flag-info', text(t('display.flag.month', fl.month), 'flag-month'), text(fl.windowCode, 'flag-code'),
            text(fl.windowName, 'flag-window'), text(fl.unitName, 'flag-unit')),
          div('flag-streak-box', text(t('display.flag.streakBefore'), 'flag-streak-label'), text(fl.streakMonths, 'flag-streak'),
            text(t('display.flag.streakAfter'), 'flag-streak-label'), text(t('display.flag.total', fl.totalMonths), 'flag-total')));
        break;
      }
      case 'MODEL_POSTS': {
        const posts = f.modelPosts.slice(0, MAX_POSTS);
        body.classList.add(posts.length <= 3 ? 'posts-one-row' : 'posts-two-rows');
        body.style.setProperty('--posts-columns', String(Math.min(3, Math.max(1, posts.length))));
        posts.forEach(m => {
          let photo;
          if (m.photoUrl) {
            photo = el('img', 'post-photo');
            photo.src = m.photoUrl.substring(1);
            photo.alt = m.name || '';
          } else {
            photo = div('post-photo', text(m.name ? m.name.substring(0, 1) : '', 'post-initial'));
          }
          body.append(div('post-card', photo, div('post-info', text(m.kind, 'post-kind'), text(m.name, 'post-name'),
            text(m.windowName, 'post-window'), text(m.duties, 'post-duties'),
            text(m.pledge ? t('display.post.pledge', m.pledge) : '', 'post-pledge'))));
        });
        break;
      }
      case 'STARS': stars(f.stars, body); break;
      case 'EXEMPLARS':
        f.exemplars.slice(0, MAX_EXEMPLARS).forEach(e => body.append(div('exemplar-card', text(e.title, 'exemplar-title'),
          text(e.name, 'exemplar-name'), text(e.windowName, 'exemplar-window'), text(e.deeds, 'exemplar-deeds'))));
        break;
      case 'NOTICES':
        f.notices.slice(0, MAX_NOTICES).forEach(n => body.append(div('notice-row', text(n.honour, 'notice-honour'),
          text(n.subject, 'notice-subject'), text(n.reason, 'notice-reason'), text(t('display.notice.period', n.from, n.until), 'notice-period'),
          n.result === null ? text(t('display.notice.open'), 'notice-open') : text(n.result, 'notice-result'))));
        break;
      case 'SATISFACTION': satisfaction(f.satisfaction, f.screen.theme, body); break;
      case 'NETWORK': {
        const n = f.network;
        body.append(div('net-levels', ...n.levels.map(l => div('net-box', text(l.motto, 'net-motto'),
          text(t('display.net.level', l.level, l.nodes), 'net-level'), text(pct(l.sharePercent) + '%', 'net-share'),
          text(t('display.net.shareLabel'), 'net-share-label'), text(t('display.net.counts', l.accepted, l.handled), 'net-counts')))),
        div('net-totals', text(t('display.net.year', n.year), 'net-year'), text(t('display.net.accepted', n.accepted), 'net-total'),
          text(t('display.net.handled', n.handled), 'net-total'), text(t('display.net.onTime', pct(n.onTimePercent)), 'net-total')));
        break;
      }
      case 'CONTESTS':
        f.contests.slice(0, 2).forEach(c => body.append(div('contest-box', text(c.quarter + ' ' + c.title, 'contest-title'),
          ...c.winners.slice(0, 6).map(w => div('', text(w.prize, 'contest-prize'), text(w.name, 'contest-name'),
            text(w.windowName, 'contest-window'))))));
        break;
      case 'ACTIVITIES':
        body.classList.add('activity-cards');
        f.activities.slice(0, MAX_ACTIVITIES).forEach(a => {
          let photo;
          if (a.photoUrl) {
            photo = el('img', 'activity-photo');
            photo.src = a.photoUrl.substring(1);
            photo.alt = a.title || '';
          } else {
            photo = div('activity-photo activity-photo-none', text(a.kind, 'activity-photo-kind'));
          }
          const card = div('activity-card', photo, text(a.title, 'activity-title'), text(a.date + ' · ' + a.branch, 'activity-when'),
            text(t('display.activity.line', a.series, a.kind, a.people), 'activity-line'));
          card.dataset.activity = String(a.id);
          body.append(card);
        });
        break;
      case 'PARTY_LIFE': partyLife(f.partyLife, body); break;
    }
  }

  /** 本月组织生活: a card per branch — how many meetings it held this month, by kind, and its next one. No names. */
  function partyLife(p, body) {
    const branches = p.branches.slice(0, MAX_BRANCHES);
    body.classList.add('pl-branches');
    body.style.setProperty('--pl-columns', String(branches.length <= 4 ? 2 : 3));
    body.append(text(t('display.partyLife.month', p.month), 'pl-caption'));
    branches.forEach(b => {
      const kinds = b.held.length === 0 ? div('pl-kinds pl-kinds-none', text(t('display.partyLife.none'), 'pl-none'))
        : div('pl-kinds', ...b.held.map(k => div('pl-kind', text(k.kind, 'pl-kind-name'), text(k.count, 'pl-kind-count'))));
      const card = div('pl-card' + (b.total === 0 ? ' pl-card-none' : ''), div('pl-head', text(b.branch, 'pl-branch'),
        text(b.total > 0 ? t('display.partyLife.total', b.total) : '', 'pl-total')), kinds,
        text(b.nextKind ? t('display.partyLife.next', b.nextKind, b.nextAt) : '', 'pl-next'));
      card.dataset.branch = b.branch;
      card.dataset.total = String(b.total);
      body.append(card);
    });
  }

  /** One column per star, its holders in pages of T.starsPerPage; the clock turns the pages (starTick). */
  function stars(list, body) {
    const byStar = new Map();
    list.forEach(s => { if (!byStar.has(s.star)) byStar.set(s.star, []); byStar.get(s.star).push(s); });
    const slot = Math.floor(Date.now() / 1000 / T.starPageSeconds);
    byStar.forEach((holders, star) => {
      const pages = [];
      for (let i = 0; i < holders.length; i += T.starsPerPage) pages.push(holders.slice(i, i + T.starsPerPage));
      const now = pages.length > 1 ? slot % pages.length : 0;
      const col = div('star-col', text('★ ' + star, 'star-name'));
      col.dataset.pages = String(pages.length);
      col.dataset.holders = String(holders.length);
      col.append(div('star-pages', ...pages.map((p, i) => div('star-page' + (i === now ? ' active' : ''),
        ...p.map(h => div('', text(h.name, 'star-holder'), text(h.windowName, 'star-window')))))));
      col.append(div('', text(holders[0].period, 'star-period'),
        text(pages.length > 1 ? t('display.stars.page', now + 1, pages.length, holders.length) : '', 'star-page-no')));
      body.append(col);
    });
  }

  function satisfaction(s, theme, body) {
    const big = div('sat-now', text(t('display.sat.label', monthOf(s.month)), 'sat-label'),
      text(s.percent === null ? '—' : pct(s.percent) + '%', 'sat-value'), text(t('display.sat.count', s.ratings), 'sat-count'));
    big.id = 'sat-now';
    const right = div('sat-right', text(t('display.sat.ranking'), 'chart-caption'));
    right.append(s.ranking.length === 0 ? text(t('display.sat.noRanking'), 'panel-empty')
      : chart('sat-ranking', rankingOption(s.ranking.slice(0, MAX_RANKS), theme)));
    body.append(div('sat-left', big, text(t('display.sat.trend'), 'chart-caption'), chart('sat-trend', trendOption(s.trend, theme))), right);
  }

  /** Shows a feed: the place and name, the theme; rebuilds only the panels whose part changed (all of them when the theme or the panel list changed). */
  function render(f) {
    document.getElementById('screen-place').textContent = f.screen.place;
    document.getElementById('screen-name').textContent = f.screen.name;
    root.dataset.seconds = String(f.screen.secondsPerPanel);
    const theme = 'screen-theme-' + f.screen.theme.toLowerCase();
    if (!root.classList.contains(theme)) {
      [...root.classList].filter(c => c.startsWith('screen-theme-')).forEach(c => root.classList.remove(c));
      root.classList.add(theme);
    }
    const ids = f.screen.panels.map(p => p.id).join(',');
    const all = ids !== shownIds || f.screen.theme !== shownTheme;
    const stage = document.getElementById('screen-stage');
    if (all) {
      stage.querySelectorAll(':scope > .screen-panel').forEach(dispose);
      stage.textContent = '';
      Object.keys(shownParts).forEach(k => delete shownParts[k]);
    }
    f.screen.panels.forEach((p, i) => {
      const part = p.title + '|' + JSON.stringify(partOf(p.id, f) ?? null);
      if (!all && shownParts[p.id] === part) return;
      const fresh = panel(p, f);
      const old = stage.children[i];
      if (old) {
        dispose(old);
        if (old.classList.contains('active')) fresh.classList.add('active');
        stage.replaceChild(fresh, old);
      } else {
        stage.append(fresh);
      }
      shownParts[p.id] = part;
    });
    shownIds = ids;
    shownTheme = f.screen.theme;
    stage.querySelectorAll('.screen-chart').forEach(e => e.__fwkcDraw && e.__fwkcDraw());
    tick();
  }

  const noteAnswer = () => {
    root.dataset.seen = String(Date.now());
    const d = beijing(Date.now());
    document.getElementById('screen-updated').textContent = t('display.screen.updated', pad(d.getHours()) + ':' + pad(d.getMinutes()));
  };

  // A fresh page, but only once the portal serves this screen again: a server that is starting answers its health
  // probe before the portal is deployed, and a reload then would land on the container's own 404 page for good.
  let reloading = false;
  function reloadWhenServed() {
    if (reloading) return;
    reloading = true;
    fetch(location.href, {cache: 'no-store'})
      .then(r => { if (r.ok) location.reload(); })
      .catch(() => {})
      .finally(() => { reloading = false; });
  }

  // ---- the feed: fetched again after each event and every 60 s (If-None-Match: 304 while nothing changed)
  let fetching = false, again = false;
  function refresh() {
    if (fetching) { again = true; return; }
    fetching = true;
    fetch(FEED_URL, {cache: 'no-store', headers: etag ? {'If-None-Match': etag} : {}})
      .then(r => {
        if (r.status === 304) { noteAnswer(); return; }
        // revoked: the page says so (the portal's own JSON refusal, not a starting container's 404)
        if (r.status === 404 && (r.headers.get('Content-Type') || '').includes('json')) { location.reload(); return; }
        if (!r.ok) return; // 503 while the database is away: keep the content, try again later
        const tag = r.headers.get('ETag');
        return r.json().then(f => { etag = tag; noteAnswer(); render(f); });
      })
      .catch(() => { /* the probe and the stream decide on the badge */ })
      .finally(() => { fetching = false; if (again) { again = false; refresh(); } });
  }

  // ---- the event stream: "board" after a change; reopened after a refusal
  let source = null, everOpen = false;
  const started = Date.now();
  function listen() {
    source = new EventSource(EVENTS_URL);
    source.addEventListener('board', refresh);
    source.onopen = () => {
      // back after a long break (a restart, an upgrade): a fresh page, as after the probe's first answer
      if (root.__staleSince && Date.now() - root.__staleSince > 20000) { reloadWhenServed(); return; }
      if (everOpen) refresh(); // back after a break: something may have changed meanwhile
      everOpen = true;
      root.dataset.streamOpen = String(Date.now());
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) { // refused (not an event stream): try again in 3 s
        setTimeout(listen, 3000);
      }
    };
  }

  // ---- clock, rotation, dots, badge, probe: every second
  function tick() {
    const now = Date.now();
    const d = beijing(now);
    document.getElementById('screen-time').textContent = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
    document.getElementById('screen-date').textContent = t('display.screen.date', d.getFullYear(), d.getMonth() + 1, d.getDate(),
      T['display.screen.weekdays'].split(',')[d.getDay()]);
    const sec = parseInt(root.dataset.seconds, 10) || 15;
    const panels = root.querySelectorAll('#screen-stage > .screen-panel');
    const dots = document.getElementById('screen-dots');
    if (panels.length) {
      const pinned = root.dataset.pin ? Array.from(panels).findIndex(p => p.dataset.panel === root.dataset.pin) : -1;
      const idx = pinned >= 0 ? pinned : Math.floor(now / (sec * 1000)) % panels.length;
      panels.forEach((p, i) => p.classList.toggle('active', i === idx));
      if (dots.childElementCount !== panels.length) {
        dots.textContent = '';
        panels.forEach(() => dots.appendChild(document.createElement('span')));
      }
      Array.from(dots.children).forEach((s, i) => s.classList.toggle('on', i === idx));
      root.dataset.panel = panels[idx].dataset.panel;
    }
    const broken = source !== null && source.readyState !== EventSource.OPEN && (everOpen || now - started > 10000);
    const quiet = now - (parseInt(root.dataset.seen, 10) || now) > QUIET;
    const stale = broken || quiet || !!root.__downSince;
    root.classList.toggle('screen-stale-on', stale);
    root.__staleSince = stale ? (root.__staleSince || now) : 0;
    // ask the server every 10 s (every 5 s while stale): a stream can stay "open" on a dead connection. Two probes in
    // a row without an answer (8 s each, the second 2 s after the first) → stale. An answer after being stale for
    // 20 s → reload (a fresh page after a restart or an upgrade).
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
          if (root.__staleSince && Date.now() - root.__staleSince > 20000) { reloadWhenServed(); }
        })
        .finally(() => { clearTimeout(timer); root.__probing = false; root.__probedAt = Date.now(); });
    }
  }

  /** Turns the star panel's pages: the page of a column of n pages is floor(now / seconds) mod n (as StarPages.pageAt). */
  function starTick() {
    const slot = Math.floor(Date.now() / 1000 / T.starPageSeconds);
    root.querySelectorAll('.star-col').forEach(col => {
      const pages = col.querySelectorAll('.star-page');
      if (pages.length < 2) return;
      const at = slot % pages.length;
      pages.forEach((p, i) => p.classList.toggle('active', i === at));
      const no = col.querySelector('.star-page-no');
      if (no) no.textContent = t('display.stars.page', at + 1, pages.length, col.dataset.holders);
    });
  }

  noteAnswer();
  render(JSON.parse(document.getElementById('screen-feed').textContent));
  window.__fwkcScreenTimer = setInterval(tick, 1000);
  window.__fwkcStarTimer = setInterval(starTick, 1000);
  setInterval(refresh, SAFETY_POLL);
  listen();
})();
