package cn.fuwukuaiche.evaluation.control.scheme;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * All versions of one scheme, so that each month is scored with the version in force then.
 *
 * <p>A published month must keep the version it was scored under. Two things protect that: versions
 * are ordered consistently (a higher version number always starts in a later month), and a new version
 * can only be added from a month that has not been scored yet (see {@link #withVersion}). Callers should
 * still store the version number with each scored month and recompute with {@link #version(int)}.
 */
public final class SchemeVersions {

    private final String name;
    private final List<SchemeDefinition> versions; // ascending by effectiveFrom (and by version)

    private SchemeVersions(Collection<SchemeDefinition> all) {
        Objects.requireNonNull(all, "versions");
        if (all.isEmpty()) {
            throw new IllegalArgumentException("评分方案至少要有一个版本");
        }
        List<SchemeDefinition> sorted = new ArrayList<>(all);
        sorted.forEach(d -> Objects.requireNonNull(d, "version"));
        sorted.sort(Comparator.comparing(SchemeDefinition::effectiveFrom));
        this.name = sorted.get(0).name();
        for (int i = 0; i < sorted.size(); i++) {
            SchemeDefinition d = sorted.get(i);
            if (!d.name().equals(name)) {
                throw new IllegalArgumentException("不同名称的评分方案不能混在一起：“" + name + "”与“" + d.name() + "”");
            }
            if (i > 0) {
                SchemeDefinition prev = sorted.get(i - 1);
                if (!d.effectiveFrom().isAfter(prev.effectiveFrom())) {
                    throw new IllegalArgumentException(
                            "第" + prev.version() + "版与第" + d.version() + "版的施行月份相同：" + format(d.effectiveFrom()));
                }
                if (d.version() <= prev.version()) {
                    throw new IllegalArgumentException("第" + d.version() + "版施行月份（" + format(d.effectiveFrom())
                            + "）晚于第" + prev.version() + "版，版本号却不大于它");
                }
            }
        }
        this.versions = List.copyOf(sorted);
    }

    public static SchemeVersions of(Collection<SchemeDefinition> versions) {
        return new SchemeVersions(versions);
    }

    public static SchemeVersions of(SchemeDefinition... versions) {
        return new SchemeVersions(List.of(versions));
    }

    public String name() {
        return name;
    }

    /** Oldest first. */
    public List<SchemeDefinition> all() {
        return versions;
    }

    public SchemeDefinition latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The version in force in {@code month}: the newest one whose effectiveFrom is not after it.
     *
     * @throws SchemeNotInForceException if the month predates the first version
     */
    public SchemeDefinition forMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        SchemeDefinition found = null;
        for (SchemeDefinition d : versions) {
            if (d.effectiveFrom().isAfter(month)) {
                break;
            }
            found = d;
        }
        if (found == null) {
            throw new SchemeNotInForceException(name, month, versions.get(0).effectiveFrom());
        }
        return found;
    }

    /** The exact version a stored month names, for recomputing it. */
    public SchemeDefinition version(int version) {
        return versions.stream().filter(d -> d.version() == version).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("评分方案“" + name + "”没有第" + version + "版"));
    }

    /**
     * Adds a new version without touching months already scored.
     *
     * @param next               the new version; same name, higher version number, later effectiveFrom
     * @param firstUnscoredMonth the first month that has not been scored/confirmed yet; the new version
     *                           may not start before it
     * @throws IllegalArgumentException (Chinese message) when the new version would reach into the past
     */
    public SchemeVersions withVersion(SchemeDefinition next, YearMonth firstUnscoredMonth) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(firstUnscoredMonth, "firstUnscoredMonth");
        if (next.effectiveFrom().isBefore(firstUnscoredMonth)) {
            throw new IllegalArgumentException("新版本不能从已评分的月份生效：" + format(next.effectiveFrom())
                    + "已按原方案评分，最早只能从" + format(firstUnscoredMonth) + "起施行");
        }
        List<SchemeDefinition> all = new ArrayList<>(versions);
        all.add(next);
        return new SchemeVersions(all);
    }

    static String format(YearMonth m) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
