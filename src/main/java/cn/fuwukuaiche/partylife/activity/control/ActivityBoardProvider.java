package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.board.ActivityBoard;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityPhoto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public {@link ActivityBoard}: activities marked 大屏展示, with a count of participants but none of their names,
 * and the first photo of each. Two queries (activities, their first photos), whatever the number shown.
 */
@HallBound
@ApplicationScoped
public class ActivityBoardProvider implements ActivityBoard {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Override
    public List<ShownActivity> shown(int days, int limit) {
        List<Activity> list = em.createQuery("select a from Activity a where a.onScreens = true and a.heldOn >= :since "
                        + "order by a.heldOn desc, a.id desc", Activity.class)
                .setParameter("since", Times.today().minusDays(days)).setMaxResults(limit).getResultList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> firstPhoto = new HashMap<>();
        em.createQuery("select p.activityId, min(p.id) from ActivityPhoto p where p.activityId in :a group by p.activityId",
                        Object[].class).setParameter("a", list.stream().map(Activity::getId).toList())
                .getResultList().forEach(r -> firstPhoto.put((Long) r[0], (Long) r[1]));
        Map<Long, String> branches = org.branchNames();
        return list.stream().map(a -> new ShownActivity(a.getId(), a.getTitle(), a.getSeries().getName(), a.getKind().label(),
                a.getHeldOn(), branches.getOrDefault(a.getBranchId(), ""), a.getParticipants().size(), firstPhoto.get(a.getId())))
                .toList();
    }

    @Override
    public Optional<byte[]> photo(long activityId) {
        return em.createQuery("select p from ActivityPhoto p, Activity a where a.id = p.activityId and a.id = :a "
                        + "and a.onScreens = true order by p.id", ActivityPhoto.class)
                .setParameter("a", activityId).setMaxResults(1).getResultStream().findFirst().map(ActivityPhoto::getContent);
    }
}
