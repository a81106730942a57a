package cn.fuwukuaiche.base.ranking;

import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * One written-down ranking criterion. Rankings in the hall are disputed when people cannot see why
 * they came second, so every criterion carries the Chinese label that is shown next to the result
 * (e.g. "总分", "满意率", "差评数（少者优先）").
 *
 * @param label      shown to users; say the direction when it is not obvious
 * @param comparator orders better items first (negative result = first argument is better)
 * @param <T>        the ranked item
 */
public record TieBreaker<T>(String label, Comparator<T> comparator) {

    public TieBreaker {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("排名依据必须有名称");
        }
        Objects.requireNonNull(comparator, "comparator");
    }

    /** A criterion where the larger value is better, e.g. 总分 or 满意率. Keys must not be null. */
    public static <T, U extends Comparable<? super U>> TieBreaker<T> higherFirst(
            String label, Function<? super T, ? extends U> key) {
        Comparator<T> c = Comparator.comparing(key, Comparator.reverseOrder());
        return new TieBreaker<>(label, c);
    }

    /** A criterion where the smaller value is better, e.g. 差评数（少者优先）. Keys must not be null. */
    public static <T, U extends Comparable<? super U>> TieBreaker<T> lowerFirst(
            String label, Function<? super T, ? extends U> key) {
        Comparator<T> c = Comparator.comparing(key);
        return new TieBreaker<>(label, c);
    }
}
