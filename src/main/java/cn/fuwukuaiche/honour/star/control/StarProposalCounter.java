package cn.fuwukuaiche.honour.star.control;

import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * Counts a period's pending star proposals in one transaction of its own, with no caller needed (the morning digest
 * has none): the same proposal as {@link StarService#candidates} (people, figures, contest prizes, criteria,
 * decisions), through the static loaders rather than the role-guarded services. Only {@link StarProposalCount} calls it.
 */
@Stateless
@PermitAll
public class StarProposalCounter {

    @PersistenceContext
    EntityManager em;

    public PeriodKind periodKind() {
        return StarService.setting(em).getPeriodKind();
    }

    public int pending(StarPeriod period) {
        var prizes = cn.fuwukuaiche.contest.control.ContestStars.candidates(em, period.start(), period.end()).stream()
                .map(c -> new StarFiguresLoader.Prize(c.staffId(), c.star(), c.contestTitle(), c.prize().label())).toList();
        return (int) StarService.propose(em, period, StarFiguresLoader.people(em), prizes).stream()
                .filter(c -> c.pending() && c.verdict().earned()).count();
    }

    /** The period the leader judges on {@code today}. */
    public StarPeriod lastEnded(LocalDate today) {
        return StarPeriod.lastEnded(periodKind(), today);
    }
}
