package cn.fuwukuaiche.base.board;

import java.util.List;

/** The 五星 holders the hall shows publicly. Implemented by the honour module's stars part. */
public interface StarBoard {

    /** For every star, its holders of that star's latest confirmed period, star by star in the stars' order. */
    List<StarHolder> stars();

    /** @param star e.g. "和谐服务星"; period e.g. "2026年10月" or "2026年第三季度" */
    record StarHolder(String star, long staffId, String personName, String windowName, String period) {
    }
}
