package cn.fuwukuaiche.base.board;

import java.util.List;

/**
 * Contest results the hall shows publicly: contests whose results are published and marked for the
 * display screens. Implemented by the contest module; public data only (names, windows, prizes; no scores
 * of people who won nothing).
 */
public interface ContestBoard {

    List<ContestWinners> publishedForScreens();

    record ContestWinners(long contestId, String title, String kind, String quarter, List<Winner> winners) {
    }

    /** @param prize "一等奖" … "优秀奖"; name a person's full name or a team (window) name */
    record Winner(int rank, String prize, String name, String windowName) {
    }
}
