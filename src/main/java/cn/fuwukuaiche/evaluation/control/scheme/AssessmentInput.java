package cn.fuwukuaiche.evaluation.control.scheme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of one window's month, as filled in (自评/填报) and reviewed: how many events per rule, which
 * vetoes were triggered, and the 好差评 counts. It holds no points — the scheme turns facts into points,
 * so that a changed scheme never requires re-entering data.
 *
 * @param deductions    deduction code → tally
 * @param bonuses       bonus code → tally
 * @param vetoes        triggered veto code → source reference (the value may be null)
 * @param ratings       好差评 counts after upheld appeals; null = not available this month
 * @param ratingsSource reference to the rating records; may be null
 */
public record AssessmentInput(Map<String, Tally> deductions, Map<String, Tally> bonuses,
                              Map<String, String> vetoes, RatingCounts ratings, String ratingsSource) {

    public AssessmentInput {
        deductions = copy(deductions, "扣分项编码");
        bonuses = copy(bonuses, "加分项编码");
        vetoes = copy(vetoes, "否决项编码");
        deductions.values().forEach(t -> Objects.requireNonNull(t, "tally"));
        bonuses.values().forEach(t -> Objects.requireNonNull(t, "tally"));
    }

    /** A month with nothing to deduct, add or veto, and no ratings. */
    public static AssessmentInput empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    // LinkedHashMap keeps insertion order and, unlike Map.copyOf, allows a null source for vetoes.
    private static <V> Map<String, V> copy(Map<String, V> m, String what) {
        if (m == null) {
            return Map.of();
        }
        LinkedHashMap<String, V> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(Points.requireText(k, what), v));
        return Collections.unmodifiableMap(c);
    }

    /** Fluent construction; each code may be given once, to catch double entry. */
    public static final class Builder {
        private final Map<String, Tally> deductions = new LinkedHashMap<>();
        private final Map<String, Tally> bonuses = new LinkedHashMap<>();
        private final Map<String, String> vetoes = new LinkedHashMap<>();
        private RatingCounts ratings;
        private String ratingsSource;

        private Builder() {
        }

        public Builder deduct(String code, int count, String source) {
            putOnce(deductions, code, new Tally(count, source), "扣分项");
            return this;
        }

        public Builder bonus(String code, int count, String source) {
            putOnce(bonuses, code, new Tally(count, source), "加分项");
            return this;
        }

        public Builder veto(String code, String source) {
            if (vetoes.containsKey(code)) {
                throw new IllegalArgumentException("否决项“" + code + "”重复录入");
            }
            vetoes.put(code, source);
            return this;
        }

        public Builder ratings(RatingCounts counts, String source) {
            this.ratings = counts;
            this.ratingsSource = source;
            return this;
        }

        public AssessmentInput build() {
            return new AssessmentInput(deductions, bonuses, vetoes, ratings, ratingsSource);
        }

        private static <V> void putOnce(Map<String, V> m, String code, V v, String what) {
            if (m.putIfAbsent(code, v) != null) {
                throw new IllegalArgumentException(what + "“" + code + "”重复录入");
            }
        }
    }
}
