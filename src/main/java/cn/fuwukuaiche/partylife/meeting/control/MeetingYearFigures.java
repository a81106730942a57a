package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 上党课 for the yearly report (issue 19): per branch, the submitted (held and recorded) meetings of a lecture kind
 * (党课) in the year, and of those the ones given by a 领导班子成员 ({@link LectureLeaders}). One query; the evidence is
 * the branch's meeting list filtered to 党课 ({@code party-life/meetings?branch=…&year=…&kind=LECTURE}).
 */
@HallBound
@ApplicationScoped
public class MeetingYearFigures implements YearFigureSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<YearFigure> figures(int year) {
        List<Object[]> rows = em.createQuery("select m.branchId, m.lecturer, m.kind.code from PartyMeeting m where m.kind.lecture = true "
                        + "and m.status = :s and m.startsAt >= :f and m.startsAt < :t", Object[].class)
                .setParameter("s", MeetingStatus.SUBMITTED)
                .setParameter("f", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("t", LocalDate.of(year + 1, 1, 1).atStartOfDay()).getResultList();
        List<Branch> branches = org.branches();
        Set<String> leaders = leaderNames();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        branches.forEach(b -> counts.put(b.getId(), new long[2]));
        String kind = "LECTURE";
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
            c[0]++;
            if (LectureLeaders.byLeader((String) r[1], leaders)) {
                c[1]++;
            }
            kind = (String) r[2];
        }
        Map<Long, String> names = org.branchNames();
        List<YearFigure> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : counts.entrySet()) {
            String route = "party-life/meetings?branch=" + e.getKey() + "&year=" + year + "&kind=" + kind;
            String name = names.getOrDefault(e.getKey(), "");
            out.add(new YearFigure(YearItems.PARTY_LECTURE, e.getKey(), e.getValue()[0], route,
                    year + "年 " + name + " 党课 " + e.getValue()[0] + " 次"));
            out.add(new YearFigure(YearItems.PARTY_LECTURE_BY_LEADERS, e.getKey(), e.getValue()[1], route + "&leaders=1",
                    year + "年 " + name + " 领导班子成员讲党课 " + e.getValue()[1] + " 次"));
        }
        return out;
    }

    /** The names of the 领导班子成员 whose 党课 count for 其中领导班子成员上党课 (also the meeting list's filter). */
    public Set<String> leaderNames() {
        List<Staff> secretaries = new ArrayList<>();
        org.generalBranch().map(g -> g.getSecretary()).filter(Objects::nonNull).ifPresent(secretaries::add);
        org.branches().stream().map(Branch::getSecretary).filter(Objects::nonNull).forEach(secretaries::add);
        return LectureLeaders.names(secretaries, org.activeStaff());
    }
}
