package cn.fuwukuaiche.base.hall;

import java.util.Map;

/** Prizes of published contests per hall. Implemented by the contest area. */
public interface HallContests {

    /** hall id → prizes won by its people and windows (teams) in contests opened in {@code year} and published. */
    Map<Long, Prizes> prizes(ComparedHalls scope, int year);

    record Prizes(int first, int second, int third, int merit) {

        public static final Prizes NONE = new Prizes(0, 0, 0, 0);

        public int total() {
            return first + second + third + merit;
        }

        public Prizes plus(Prizes o) {
            return new Prizes(first + o.first, second + o.second, third + o.third, merit + o.merit);
        }
    }
}
