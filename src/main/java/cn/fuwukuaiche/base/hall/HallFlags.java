package cn.fuwukuaiche.base.hall;

import java.time.YearMonth;
import java.util.Map;

/** The 流动红旗 each hall's window holds now. Implemented by the honour area. */
public interface HallFlags {

    /** hall id → the latest standing award among the hall's windows; halls without one are missing. */
    Map<Long, FlagHolder> holders(ComparedHalls scope);

    /** @param window the window's public name as awarded */
    record FlagHolder(long hallId, YearMonth month, long windowId, String window) {
    }
}
