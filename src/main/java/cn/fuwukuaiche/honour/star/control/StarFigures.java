package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.honour.star.entity.StarMetric;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One person's figures for one period. A missing figure means "no data" (a criterion on it does not hold).
 * Contest prizes are counted per star, because each prize maps to one star.
 */
public record StarFigures(Map<StarMetric, BigDecimal> figures, Map<StarKind, Integer> prizesByStar,
                          Map<StarKind, String> prizeNotes) {

    public StarFigures {
        figures = Collections.unmodifiableMap(new EnumMap<>(figures.isEmpty() ? new EnumMap<>(StarMetric.class) : figures));
        prizesByStar = Collections.unmodifiableMap(prizesByStar.isEmpty() ? new EnumMap<>(StarKind.class) : new EnumMap<>(prizesByStar));
        prizeNotes = Map.copyOf(prizeNotes);
    }

    public static StarFigures of(Map<StarMetric, BigDecimal> figures) {
        return new StarFigures(figures, Map.of(), Map.of());
    }

    /** The figure a criterion of {@code star} tests; null for no data. */
    public BigDecimal value(StarMetric metric, StarKind star) {
        if (metric == StarMetric.CONTEST_PRIZES) {
            return BigDecimal.valueOf(prizesByStar.getOrDefault(star, 0));
        }
        return figures.get(metric);
    }

    /** "SATISFACTION=99.20;BAD_RATINGS=0;…" — what an award keeps so it can be recomputed. */
    public String encode(StarKind star) {
        Map<String, String> m = new LinkedHashMap<>();
        for (StarMetric metric : StarMetric.values()) {
            BigDecimal v = value(metric, star);
            m.put(metric.name(), v == null ? "" : v.toPlainString());
        }
        String base = m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        String note = prizeNotes.get(star);
        return note == null ? base : base + ";PRIZES=" + note.replace(";", "，");
    }

    public static Map<String, String> decode(String evidence) {
        Map<String, String> m = new LinkedHashMap<>();
        if (evidence == null) {
            return m;
        }
        for (String part : evidence.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarFigures f && f.figures.equals(figures) && f.prizesByStar.equals(prizesByStar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(figures, prizesByStar);
    }
}
