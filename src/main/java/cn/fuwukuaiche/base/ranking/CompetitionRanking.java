package cn.fuwukuaiche.base.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Standard competition ranking ("1224") with written-down tie-breakers, as used for the monthly red
 * flag, the stars and the quarterly contests.
 *
 * <p>Users asked for two things: equal results share a place (and the next place is skipped, so a
 * shared second place is followed by fourth), and every place can be explained. Hence each result
 * names the criterion that put it below its neighbour.
 */
public final class CompetitionRanking {

    private CompetitionRanking() {
    }

    /**
     * Ranks {@code items} by the tie-breakers in {@code order} (first = most important).
     *
     * <p>Items equal on all tie-breakers share a rank. Among them the input order is kept (the sort is
     * stable), so pass the items in a deterministic order — e.g. by window number — and the published
     * list will not reshuffle between page loads. An empty {@code order} makes every item tied at 1.
     *
     * @return a new immutable list, best first; empty for empty input
     * @throws NullPointerException if a list or an item is null
     */
    /**
     * Ranks only the items that took part ({@code tookPart}); the others follow, in their given order, with no
     * place ({@link Ranked#NO_PLACE}), not tied, so nobody who never took part shares a place with anyone.
     */
    public static <T> List<Ranked<T>> rankParticipants(List<T> items, java.util.function.Predicate<T> tookPart,
                                                       List<TieBreaker<T>> order) {
        Objects.requireNonNull(tookPart, "tookPart");
        List<T> took = new ArrayList<>();
        List<T> absent = new ArrayList<>();
        for (T item : Objects.requireNonNull(items, "items")) {
            (tookPart.test(Objects.requireNonNull(item, "item")) ? took : absent).add(item);
        }
        List<Ranked<T>> result = new ArrayList<>(rank(took, order));
        for (T item : absent) {
            result.add(new Ranked<>(Ranked.NO_PLACE, false, null, item));
        }
        return List.copyOf(result);
    }

    public static <T> List<Ranked<T>> rank(List<T> items, List<TieBreaker<T>> order) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(order, "order");
        List<TieBreaker<T>> breakers = List.copyOf(order);
        List<T> sorted = new ArrayList<>(items.size());
        for (T item : items) {
            sorted.add(Objects.requireNonNull(item, "item"));
        }
        Comparator<T> all = (a, b) -> 0;
        for (TieBreaker<T> tb : breakers) {
            all = all.thenComparing(tb.comparator());
        }
        sorted.sort(all);

        int n = sorted.size();
        // decided[i] = label separating item i from item i-1, or null when they are equal on all criteria
        String[] decided = new String[n];
        boolean[] equalToPrevious = new boolean[n];
        for (int i = 1; i < n; i++) {
            decided[i] = firstDifference(sorted.get(i - 1), sorted.get(i), breakers);
            equalToPrevious[i] = decided[i] == null;
        }
        List<Ranked<T>> result = new ArrayList<>(n);
        int rank = 1;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !equalToPrevious[i]) {
                rank = i + 1;
            }
            boolean tied = equalToPrevious[i] || (i + 1 < n && equalToPrevious[i + 1]);
            result.add(new Ranked<>(rank, tied, decided[i], sorted.get(i)));
        }
        return Collections.unmodifiableList(result);
    }

    private static <T> String firstDifference(T above, T below, List<TieBreaker<T>> breakers) {
        for (TieBreaker<T> tb : breakers) {
            if (tb.comparator().compare(above, below) != 0) {
                return tb.label();
            }
        }
        return null;
    }
}
