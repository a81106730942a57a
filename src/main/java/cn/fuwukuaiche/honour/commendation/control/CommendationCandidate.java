package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;

import java.util.List;

/**
 * A person or window the year's honours make a candidate for the 七一 list.
 *
 * @param id       the staff id (PERSON) or window id (WINDOW)
 * @param honours  one line per honour, e.g. "和谐服务星 3 次（2025年8月、2025年11月、2026年3月）"
 * @param weight   how many honours in all, for the order of the list
 * @param selected already on the stored list
 */
public record CommendationCandidate(SubjectKind kind, long id, String name, String unitName, String windowLabel,
                                    List<String> honours, int weight, boolean selected) {

    public String key() {
        return kind.name() + ":" + id;
    }

    public String honoursText() {
        return String.join("；", honours);
    }
}
