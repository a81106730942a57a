package cn.fuwukuaiche.base.hall;

import java.util.Map;

/** Confirmed stars (五星) per hall. Implemented by honour.star. */
public interface HallStars {

    /** hall id → stars confirmed for periods that start in {@code year} (revoked and rejected ones not counted). */
    Map<Long, Integer> confirmed(ComparedHalls scope, int year);
}
