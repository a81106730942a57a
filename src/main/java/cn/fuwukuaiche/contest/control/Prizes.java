package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.contest.entity.Prize;

import java.util.ArrayList;
import java.util.List;

/**
 * Prizes by place. With counts (一等奖 a, 二等奖 b, 三等奖 c, 优秀奖 m), places 1..a win a first prize, a+1..a+b a
 * second, and so on. Because ties share a place, everyone tied at a place inside a band wins that band's prize,
 * even when this gives out more prizes than the count (two tied for the last first prize both get it). A
 * participant with a score of zero wins nothing, and one who did not take part has no place and no prize.
 */
public final class Prizes {

    private Prizes() {
    }

    public static Prize forPlace(int place, int first, int second, int third, int merit) {
        if (place <= first) {
            return Prize.FIRST;
        }
        if (place <= first + second) {
            return Prize.SECOND;
        }
        if (place <= first + second + third) {
            return Prize.THIRD;
        }
        if (place <= first + second + third + merit) {
            return Prize.MERIT;
        }
        return null;
    }

    public static <T> List<Prize> assign(List<Ranked<T>> ranking, java.util.function.Predicate<T> scoredNothing,
                                         int first, int second, int third, int merit) {
        List<Prize> out = new ArrayList<>(ranking.size());
        for (Ranked<T> r : ranking) {
            out.add(!r.placed() || scoredNothing.test(r.item()) ? null : forPlace(r.rank(), first, second, third, merit));
        }
        return out;
    }
}
