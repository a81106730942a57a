package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.org.entity.Staff;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who counts as a 领导班子成员 giving a 党课 (统计表 一、4 其中领导班子成员上党课, plain Java, {@code LectureLeadersTest}):
 * the general branch's and the branches' secretaries and anyone whose post or duties name 主任, 书记 or 委员. A
 * 党课's lecturer is kept as the name typed in the plan; it counts when it names one of them.
 */
public final class LectureLeaders {

    private static final String[] TITLES = {"主任", "书记", "委员"};

    private LectureLeaders() {
    }

    public static Set<String> names(Collection<Staff> secretaries, Collection<Staff> staff) {
        Set<String> names = new LinkedHashSet<>();
        secretaries.forEach(s -> names.add(s.getName()));
        for (Staff s : staff) {
            String text = (s.getPost() == null ? "" : s.getPost()) + " " + (s.getDuties() == null ? "" : s.getDuties());
            for (String t : TITLES) {
                if (text.contains(t)) {
                    names.add(s.getName());
                }
            }
        }
        return names;
    }

    public static boolean byLeader(String lecturer, Set<String> leaderNames) {
        if (lecturer == null || lecturer.isBlank()) {
            return false;
        }
        String l = lecturer.strip();
        return leaderNames.stream().anyMatch(n -> !n.isBlank() && l.contains(n));
    }
}
