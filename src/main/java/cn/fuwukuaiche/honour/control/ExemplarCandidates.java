package cn.fuwukuaiche.honour.control;

import java.util.List;

/**
 * Who may become a 行业标兵: holders of 一旗两岗五星 honours. Each module that awards such honours supplies its
 * holders as a CDI bean; {@link ExemplarService} merges them. Here: the flag windows and the post holders
 * ({@link HonourExemplarCandidates}); the stars module adds the star holders with its own bean.
 */
public interface ExemplarCandidates {

    List<Candidate> candidates();

    /**
     * @param kind     "WINDOW" or "STAFF"
     * @param id       the window id or the staff id
     * @param basis    the honour(s) that make them eligible, e.g. "流动红旗（2026年8月、9月）"
     */
    record Candidate(String kind, long id, String name, String windowName, String basis) {

        public String key() {
            return kind + ":" + id;
        }
    }
}
