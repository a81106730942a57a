package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.ActivityParticipant;
import cn.fuwukuaiche.partylife.activity.entity.ActivityPhoto;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 创先争优 activities: a branch's secretary records his branch's activities (participants, photos, summary), the leader
 * and ADMIN any branch's. Everything is checked before anything is written ({@link ActivityRules}, {@link PhotoRules}:
 * a bad photo refuses the whole save), every change is audited, a stale save is refused in Chinese, and a change to
 * an activity the screens show (or stop showing) refreshes them ({@link BoardChanged}, pushed after the commit).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class ActivityService {

    public static final String MSG_OTHER_BRANCH = "您只能记录本支部的创先争优活动";
    public static final String MSG_STALE = "活动记录已被他人修改，请刷新后重试";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Inject
    ActivitySeriesService seriesService;

    @Inject
    Event<BoardChanged> boardChanged;

    @Resource
    SessionContext context;

    @Inject
    @ConfigProperty(name = "app.partylife.activity.photo-max-bytes", defaultValue = "5242880")
    long photoMaxBytes;

    // ---- who may do what --------------------------------------------------------------------------

    private boolean seesAll() {
        return context.isCallerInRole(Role.Names.ADMIN) || context.isCallerInRole(Role.Names.LEADER);
    }

    /** All branches for ADMIN and LEADER, his own for a secretary. */
    public List<Branch> managedBranches() {
        if (seesAll()) {
            return org.branches();
        }
        Long b = currentUser.account().map(UserAccount::getBranchId).orElse(null);
        return b == null ? List.of() : org.branch(b).stream().toList();
    }

    public boolean manages(long branchId) {
        return managedBranches().stream().anyMatch(b -> b.getId() == branchId);
    }

    private void requireManage(long branchId, String field) {
        if (!manages(branchId)) {
            throw new BusinessException(field, MSG_OTHER_BRANCH);
        }
    }

    public long photoMaxBytes() {
        return photoMaxBytes;
    }

    // ---- reading ----------------------------------------------------------------------------------

    /** The list's filter; null parts mean "all" (a secretary always sees only his branch). */
    public record Filter(Integer year, ActivityKind kind, Long branchId, Long seriesId) {
    }

    /** The activities the caller may see that match the filter, latest first. */
    public List<Activity> activities(Filter f) {
        Set<Long> mine = managedBranches().stream().map(Branch::getId).collect(Collectors.toSet());
        if (mine.isEmpty() || (f.branchId() != null && !mine.contains(f.branchId()))) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("select a from Activity a where a.branchId in :b");
        if (f.year() != null) {
            q.append(" and a.heldOn >= :from and a.heldOn < :to");
        }
        if (f.kind() != null) {
            q.append(" and a.kind = :k");
        }
        if (f.seriesId() != null) {
            q.append(" and a.series.id = :s");
        }
        q.append(" order by a.heldOn desc, a.id desc");
        var query = em.createQuery(q.toString(), Activity.class)
                .setParameter("b", f.branchId() != null ? Set.of(f.branchId()) : mine);
        if (f.year() != null) {
            query.setParameter("from", LocalDate.of(f.year(), 1, 1)).setParameter("to", LocalDate.of(f.year() + 1, 1, 1));
        }
        if (f.kind() != null) {
            query.setParameter("k", f.kind());
        }
        if (f.seriesId() != null) {
            query.setParameter("s", f.seriesId());
        }
        return query.getResultList();
    }

    public Activity activity(long id) {
        Activity a = em.find(Activity.class, id);
        if (a == null) {
            throw new BusinessException("该活动不存在");
        }
        requireManage(a.getBranchId(), "branch");
        return a;
    }

    /** Who may take part in a series' activities: the staff of its branches (members or not), by staff number. */
    public List<Staff> roster(ActivitySeries s) {
        Map<Long, Staff> m = new LinkedHashMap<>();
        for (Long b : s.getBranchIds()) {
            org.staffOfBranchUnits(b).forEach(st -> m.putIfAbsent(st.getId(), st));
        }
        return m.values().stream().sorted(java.util.Comparator.comparing(Staff::getStaffNo)).toList();
    }

    /** The hall's active people by staff number (a 领导干部 may come from anywhere). */
    public List<Staff> hallStaff() {
        return org.activeStaff();
    }

    /** Id → name of the hall's active people (pages show names, records keep ids). */
    public Map<Long, String> names() {
        Map<Long, String> m = new HashMap<>();
        org.activeStaff().forEach(s -> m.put(s.getId(), s.getName()));
        return m;
    }

    /** Photo ids and names of an activity (not their bytes). */
    public List<ActivityPhoto> photos(long activityId) {
        activity(activityId);
        return em.createQuery("select p from ActivityPhoto p where p.activityId = :a order by p.id", ActivityPhoto.class)
                .setParameter("a", activityId).getResultList();
    }

    public byte[] photoContent(long photoId) {
        ActivityPhoto p = em.find(ActivityPhoto.class, photoId);
        if (p == null) {
            throw new BusinessException("该照片不存在");
        }
        activity(p.getActivityId());
        return p.getContent();
    }

    // ---- recording --------------------------------------------------------------------------------

    /** A photo chosen in the dialog, stored with the activity. */
    public record NewPhoto(String fileName, byte[] content) {
    }

    /** Checks a photo before it is kept in the dialog (the save checks it again). */
    public void checkPhoto(NewPhoto p, int photosAlready) {
        PhotoRules.problem(p.content(), photoMaxBytes, photosAlready).ifPresent(m -> {
            throw new BusinessException("photos", m);
        });
    }

    /**
     * Records ({@code id} null) or changes an activity with its new photos, all or nothing: the first problem of the
     * form or of any photo refuses everything.
     */
    public Activity save(Long id, long expectedVersion, ActivityRules.Draft d, List<NewPhoto> newPhotos) {
        if (d.branchId() != null) {
            requireManage(d.branchId(), "branch");
        }
        ActivitySeries series = d.seriesId() == null ? null : em.find(ActivitySeries.class, d.seriesId());
        ActivityRules.Series rs = series == null ? null
                : new ActivityRules.Series(series.getPeriodFrom(), series.getPeriodTo(), series.getBranchIds());
        Set<Long> roster = series == null ? Set.of() : roster(series).stream().map(Staff::getId).collect(Collectors.toSet());
        Map<Long, String> names = names();
        ActivityRules.first(d, rs, roster, new HashSet<>(names.keySet()), names, Times.today()).ifPresent(p -> {
            throw new BusinessException(p.field(), p.message());
        });
        Activity a;
        Map<String, Object> before = null;
        boolean wasShown = false;
        int photosAlready = 0;
        if (id != null) {
            a = activity(id);
            if (a.getVersion() != expectedVersion) {
                throw new OptimisticLockException(MSG_STALE);
            }
            before = a.auditState();
            wasShown = a.isOnScreens();
            photosAlready = photoCount(a.getId());
        } else {
            a = new Activity(series, "", d.heldOn(), "", d.branchId(), d.kind());
        }
        List<NewPhoto> photos = newPhotos == null ? List.of() : newPhotos;
        for (NewPhoto p : photos) {
            checkPhoto(p, photosAlready++);
            if (Input.hasControl(p.fileName(), false)) {
                throw new BusinessException("photos", "文件名" + Input.MSG_LINE);
            }
        }
        a.setSeries(series);
        a.setTitle(d.title().strip());
        a.setHeldOn(d.heldOn());
        a.setPlace(d.place().strip());
        a.setBranchId(d.branchId());
        a.setKind(d.kind());
        a.setVisitDays(d.kind() == ActivityKind.VISIT ? d.visitDays() : null);
        boolean pledge = d.kind() == ActivityKind.PLEDGE;
        a.setPledgeDue(pledge ? d.pledgeDue() : null);
        a.setPledgeResult(pledge ? d.pledgeResult() : null);
        a.setPledgeNote(pledge ? Input.requireMultiLine("pledgeNote", "结果说明", d.pledgeNote()) : null);
        a.setSummary(Input.requireMultiLine("summary", "简述", d.summary()));
        a.setOnScreens(d.onScreens());
        List<ActivityParticipant> people = new ArrayList<>();
        d.participants().forEach((staffId, leader) -> people.add(new ActivityParticipant(staffId, Boolean.TRUE.equals(leader))));
        people.sort(java.util.Comparator.comparing(ActivityParticipant::getStaffId));
        a.setParticipants(people);
        if (id == null) {
            em.persist(a);
            em.flush();
            audit.created(a, null);
        } else {
            em.flush();
            audit.updated(before, a, null);
        }
        for (NewPhoto p : photos) {
            String type = PhotoRules.imageType(p.content()).orElseThrow();
            String name = p.fileName() == null || p.fileName().isBlank() ? "照片" : p.fileName().strip();
            em.persist(new ActivityPhoto(a.getId(), name.length() > 200 ? name.substring(0, 200) : name, type, p.content(), Times.now()));
            audit.event(AuditAction.CREATE, a.auditType(), a.getId(), "上传照片：" + name + "（" + a.auditLabel() + "）", null, null);
        }
        if (a.isOnScreens() || wasShown) {
            boardChanged.fire(BoardChanged.of("partylife.activity." + (id == null ? "recorded" : "changed")));
        }
        return a;
    }

    /** Removes a photo (audited); the screens refresh when they show the activity. */
    public void removePhoto(long photoId, String reason) {
        ActivityPhoto p = em.find(ActivityPhoto.class, photoId);
        if (p == null) {
            throw new BusinessException("photos", "该照片不存在");
        }
        Activity a = activity(p.getActivityId());
        em.remove(p);
        audit.event(AuditAction.DELETE, a.auditType(), a.getId(), "删除照片：" + p.getFileName() + "（" + a.auditLabel() + "）", null, reason);
        if (a.isOnScreens()) {
            boardChanged.fire(BoardChanged.of("partylife.activity.photo.removed"));
        }
    }

    /** Deletes an activity with its photos; needs a reason (audited). */
    public void delete(long id, long expectedVersion, String reason) {
        Activity a = activity(id);
        if (a.getVersion() != expectedVersion) {
            throw new OptimisticLockException(MSG_STALE);
        }
        String why = Input.requireSingleLine("reason", "删除原因", reason);
        if (why == null) {
            throw new BusinessException("reason", "删除活动须填写原因");
        }
        em.createQuery("delete from ActivityPhoto p where p.activityId = :a").setParameter("a", id).executeUpdate();
        audit.deleted(a, why);
        boolean shown = a.isOnScreens();
        em.remove(a);
        if (shown) {
            boardChanged.fire(BoardChanged.of("partylife.activity.deleted"));
        }
    }

    private int photoCount(long activityId) {
        return em.createQuery("select count(p) from ActivityPhoto p where p.activityId = :a", Long.class)
                .setParameter("a", activityId).getSingleResult().intValue();
    }

    // ---- counts -----------------------------------------------------------------------------------

    /** The figures' rows of the activities matching the filter (as the caller may see them). */
    public List<ActivityFigures.Row> rows(Filter f) {
        return activities(f).stream().map(ActivityService::row).toList();
    }

    public static ActivityFigures.Row row(Activity a) {
        int leaders = (int) a.leaders();
        return new ActivityFigures.Row(a.getId(), a.getBranchId(), a.getKind(), a.getVisitDays(), a.getPledgeResult(), leaders,
                a.getParticipants().size() - leaders);
    }

    /** Series name → branch name → activities, for the list's counts. */
    public static Map<String, Map<String, Long>> countsBySeriesAndBranch(List<Activity> activities, Map<Long, String> branchNames) {
        Map<String, Map<String, Long>> m = new LinkedHashMap<>();
        for (Activity a : activities) {
            m.computeIfAbsent(a.getSeries().getName(), k -> new LinkedHashMap<>())
                    .merge(branchNames.getOrDefault(a.getBranchId(), "#" + a.getBranchId()), 1L, Long::sum);
        }
        return m;
    }
}
