package cn.fuwukuaiche.base.hall;

import java.time.YearMonth;
import java.util.Map;

/** Cases of the county–township–village network per hall. Implemented by the network area. */
public interface HallNetwork {

    /** hall id → cases entrusted in {@code month} at the hall's nodes, and of them those handled at each level. */
    Map<Long, Cases> cases(ComparedHalls scope, YearMonth month);

    /** @param village handled at a village node (小事不出村), township (大事不出镇), county (难事不出县) */
    record Cases(int entrusted, int village, int township, int county) {

        public static final Cases NONE = new Cases(0, 0, 0, 0);

        public int handled() {
            return village + township + county;
        }
    }
}
