package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestResult;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.contest.entity.SubjectKind;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The contest panel of the hall's display screens: published contests marked "在大厅屏幕展示结果", newest first
 * (at most {@link #MAX_CONTESTS}), with their prize holders only — names, windows and prizes, never scores.
 * In a team contest the winners are the windows. Public data, so open to anyone (the screens are not signed in).
 */
@Stateless
@PermitAll
public class ContestBoardProvider implements ContestBoard {

    static final int MAX_CONTESTS = 6;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ContestWinners> publishedForScreens() {
        List<Contest> contests = em.createQuery("select c from Contest c where c.status = :p and c.toScreens = true "
                        + "order by c.publishedAt desc, c.id desc", Contest.class)
                .setParameter("p", ContestStatus.PUBLISHED).setMaxResults(MAX_CONTESTS).getResultList();
        List<ContestWinners> out = new ArrayList<>();
        for (Contest c : contests) {
            List<Winner> winners = new ArrayList<>();
            for (ContestResult r : ContestScoring.stored(em, c.getId(), c.isTeamMode() ? SubjectKind.TEAM : SubjectKind.PARTICIPANT)) {
                if (r.getPrize() == null) {
                    continue;
                }
                if (r.getSubjectKind() == SubjectKind.TEAM) {
                    String team = windowName(em.find(ServiceWindow.class, r.getSubjectId()));
                    winners.add(new Winner(r.getPlace(), r.getPrize().label(), team, team));
                } else {
                    Staff s = em.find(Staff.class, r.getSubjectId());
                    winners.add(new Winner(r.getPlace(), r.getPrize().label(), s.getName(), windowName(s.getWindow())));
                }
            }
            out.add(new ContestWinners(c.getId(), c.getTitle(), c.getKind().label(), Quarters.chinese(c.getQuarterLabel()), winners));
        }
        return out;
    }

    /** "A05 户籍业务", or "" for staff without a window. */
    static String windowName(ServiceWindow w) {
        return w == null ? "" : w.getWindowNo() + " " + w.getName();
    }
}
