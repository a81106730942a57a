package cn.fuwukuaiche.base.ranking;

/**
 * One line of a published ranking, carrying enough for the page to explain the place.
 *
 * @param rank      standard competition rank ("1224"): 1 + the number of items strictly better
 * @param tied      true when at least one other item shares this rank (show "并列")
 * @param decidedBy label of the first tie-breaker that separated this item from the item listed just
 *                  above it; null for the first item and for an item that shares its rank with the
 *                  item just above (nothing separated them)
 * @param item      the ranked item
 * @param <T>       the ranked item type
 */
public record Ranked<T>(int rank, boolean tied, String decidedBy, T item) {

    /** The rank of an item that did not take part: listed apart as 未参加, with no place. */
    public static final int NO_PLACE = 0;

    public boolean placed() {
        return rank != NO_PLACE;
    }
}
