package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Writes a {@link DisplayFeed} as compact JSON with a fixed field order (so the ETag is stable). Plain Java,
 * no JSON library needed for something this small.
 */
public final class FeedJson {

    private final StringBuilder out = new StringBuilder(4096);

    private FeedJson() {
    }

    public static String write(DisplayFeed f) {
        FeedJson j = new FeedJson();
        j.feed(f);
        return j.out.toString();
    }

    private void feed(DisplayFeed f) {
        out.append('{');
        DisplayFeed.Screen s = f.screen();
        key("screen").append('{');
        field("name", s.name()).append(',');
        field("place", s.place()).append(',');
        field("theme", s.theme()).append(',');
        field("nameDisplay", s.nameDisplay()).append(',');
        key("secondsPerPanel").append(s.secondsPerPanel()).append(',');
        key("panels");
        list(s.panels(), p -> {
            out.append('{');
            field("id", p.id()).append(',');
            field("title", p.title()).append('}');
        });
        out.append("},");
        field("brand", f.brand()).append(',');
        field("motto", f.motto()).append(',');
        key("boards");
        list(f.boards(), this::string);
        out.append(',');
        key("flag");
        if (f.flag() == null) {
            out.append("null");
        } else {
            DisplayFeed.Flag fl = f.flag();
            out.append('{');
            field("month", fl.month()).append(',');
            field("windowCode", fl.windowCode()).append(',');
            field("windowName", fl.windowName()).append(',');
            field("unitName", fl.unitName()).append(',');
            key("streakMonths").append(fl.streakMonths()).append(',');
            key("totalMonths").append(fl.totalMonths()).append('}');
        }
        out.append(',');
        key("modelPosts");
        list(f.modelPosts(), p -> {
            out.append('{');
            key("id").append(p.id()).append(',');
            field("kind", p.kind()).append(',');
            field("name", p.name()).append(',');
            field("politicalStatus", p.politicalStatus()).append(',');
            field("windowName", p.windowName()).append(',');
            field("duties", p.duties()).append(',');
            field("pledge", p.pledge()).append(',');
            field("photoUrl", p.photoUrl()).append(',');
            field("until", p.until()).append('}');
        });
        out.append(',');
        key("stars");
        list(f.stars(), st -> {
            out.append('{');
            field("star", st.star()).append(',');
            field("name", st.name()).append(',');
            field("windowName", st.windowName()).append(',');
            field("period", st.period()).append('}');
        });
        out.append(',');
        key("exemplars");
        list(f.exemplars(), e -> {
            out.append('{');
            field("name", e.name()).append(',');
            field("windowName", e.windowName()).append(',');
            field("title", e.title()).append(',');
            field("deeds", e.deeds()).append('}');
        });
        out.append(',');
        key("notices");
        list(f.notices(), n -> {
            out.append('{');
            field("honour", n.honour()).append(',');
            field("subject", n.subject()).append(',');
            field("reason", n.reason()).append(',');
            field("from", n.from()).append(',');
            field("until", n.until()).append(',');
            field("result", n.result()).append('}');
        });
        out.append(',');
        key("satisfaction");
        satisfaction(f.satisfaction());
        out.append(',');
        key("network");
        network(f.network());
        out.append(',');
        key("contests");
        list(f.contests(), c -> {
            out.append('{');
            field("title", c.title()).append(',');
            field("kind", c.kind()).append(',');
            field("quarter", c.quarter()).append(',');
            key("winners");
            list(c.winners(), w -> {
                out.append('{');
                key("rank").append(w.rank()).append(',');
                field("prize", w.prize()).append(',');
                field("name", w.name()).append(',');
                field("windowName", w.windowName()).append('}');
            });
            out.append('}');
        });
        out.append(',');
        key("activities");
        list(f.activities(), a -> {
            out.append('{');
            key("id").append(a.id()).append(',');
            field("title", a.title()).append(',');
            field("series", a.series()).append(',');
            field("kind", a.kind()).append(',');
            field("date", a.date()).append(',');
            field("branch", a.branch()).append(',');
            key("people").append(a.people()).append(',');
            field("photoUrl", a.photoUrl()).append('}');
        });
        out.append(',');
        key("partyLife");
        partyLife(f.partyLife());
        out.append('}');
    }

    private void partyLife(DisplayFeed.PartyLife p) {
        if (p == null) {
            out.append("null");
            return;
        }
        out.append('{');
        field("month", p.month()).append(',');
        key("branches");
        list(p.branches(), b -> {
            out.append('{');
            field("branch", b.branch()).append(',');
            key("total").append(b.total()).append(',');
            key("held");
            list(b.held(), k -> {
                out.append('{');
                field("kind", k.kind()).append(',');
                key("count").append(k.count()).append('}');
            });
            out.append(',');
            field("nextKind", b.nextKind()).append(',');
            field("nextAt", b.nextAt()).append('}');
        });
        out.append('}');
    }

    private void satisfaction(SatisfactionBoard.Satisfaction s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('{');
        field("month", month(s.month())).append(',');
        key("ratings").append(s.ratings()).append(',');
        number("percent", s.percent()).append(',');
        key("trend");
        list(s.trend(), t -> {
            out.append('{');
            field("month", month(t.month())).append(',');
            key("ratings").append(t.ratings()).append(',');
            number("percent", t.percent()).append('}');
        });
        out.append(',');
        key("ranking");
        list(s.ranking(), r -> {
            out.append('{');
            key("rank").append(r.rank()).append(',');
            key("tied").append(r.tied()).append(',');
            field("window", r.window()).append(',');
            number("satisfactionPercent", r.satisfactionPercent()).append('}');
        });
        out.append('}');
    }

    private void network(NetworkBoard.Network n) {
        if (n == null) {
            out.append("null");
            return;
        }
        out.append('{');
        key("year").append(n.year()).append(',');
        key("accepted").append(n.accepted()).append(',');
        key("handled").append(n.handled()).append(',');
        number("onTimePercent", n.onTimePercent()).append(',');
        key("levels");
        list(n.levels(), l -> {
            out.append('{');
            field("level", l.level()).append(',');
            field("motto", l.motto()).append(',');
            key("nodes").append(l.nodes()).append(',');
            key("accepted").append(l.accepted()).append(',');
            key("handled").append(l.handled()).append(',');
            number("sharePercent", l.sharePercent()).append('}');
        });
        out.append('}');
    }

    static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    private <T> void list(List<T> items, java.util.function.Consumer<T> each) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            each.accept(items.get(i));
        }
        out.append(']');
    }

    private StringBuilder key(String k) {
        string(k);
        return out.append(':');
    }

    private StringBuilder field(String k, String v) {
        key(k);
        string(v);
        return out;
    }

    private StringBuilder number(String k, BigDecimal v) {
        key(k);
        String p = DisplayFeed.percent(v);
        return out.append(p == null ? "null" : p);
    }

    private void string(String v) {
        if (v == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
