package cn.fuwukuaiche.base.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The county–township–village network's public figures. Implemented by the network area. */
public interface NetworkBoard {

    /** This year up to {@code today}: nodes per level, cases accepted and handled, and the share each level closed. */
    Network network(LocalDate today);

    /** The three-tier network this year: nodes per level, cases accepted and handled, and the share each level closed. */
    record Network(int year, List<Level> levels, int accepted, int handled, BigDecimal onTimePercent) {
    }

    /** @param sharePercent this level's share of all handled cases */
    record Level(String level, String motto, int nodes, int accepted, int handled, BigDecimal sharePercent) {
    }
}
