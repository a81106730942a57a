package cn.fuwukuaiche.evaluation.control.scheme;

/**
 * How often one rule's event happened in the month, and where the evidence is.
 *
 * @param count  number of events, not negative
 * @param source reference to the record(s) the count came from (e.g. "attendance/2026-03/A12" or a
 *               URL), passed through unchanged to the {@link ScoreLine} so the page can link to it;
 *               may be null when there is nothing to link
 */
public record Tally(int count, String source) {

    public Tally {
        if (count < 0) {
            throw new IllegalArgumentException("次数不能为负数：" + count);
        }
    }
}
