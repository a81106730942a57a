package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.work.Todo;
import cn.fuwukuaiche.base.work.TodoSource;
import cn.fuwukuaiche.base.work.WorkViewer;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 发展党员's to-dos (face {@link TodoSource}): for the secretary, his branch's clocks that turned yellow or red; for
 * the leader and ADMIN, every branch's; for a person on his way, his own next step (what is next, by when).
 * One query for the open applications; the rules compute the clocks.
 */
@HallBound
@ApplicationScoped
public class PipelineTodoProvider implements TodoSource {

    static final String AREA = "发展党员";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    PipelineConfig config;

    @Override
    public List<Todo> todos(WorkViewer viewer, LocalDate today) {
        Optional<WorkViewer.Scope> account = viewer.account();
        boolean all = viewer.has("ADMIN") || viewer.has("LEADER");
        Long branch = viewer.has("SECRETARY") ? account.map(WorkViewer.Scope::branchId).orElse(null) : null;
        Long staffId = account.map(WorkViewer.Scope::staffId).orElse(null);
        if (!all && branch == null && staffId == null) {
            return List.of();
        }
        List<MembershipApplication> open = em.createQuery("select a from MembershipApplication a where a.stage in :open",
                MembershipApplication.class).setParameter("open", PipelineService.openStages()).getResultList();
        var s = config.settings();
        Map<Long, String> branches = org.branchNames();
        List<Todo> todos = new ArrayList<>();
        for (MembershipApplication a : open) {
            Optional<PipelineRules.Clock> c = PipelineRules.nextClock(PipelineConfig.facts(a), s);
            if (c.isEmpty()) {
                continue;
            }
            DeadlineLight light = PipelineRules.light(today, c.get().due(), s, config.calendar());
            boolean manages = all || (branch != null && branch == a.getBranchId());
            if (manages && light != DeadlineLight.GREEN) {
                todos.add(new Todo(AREA, c.get().what() + "：" + a.getPersonName() + "（" + a.getStage().label() + "）",
                        branches.getOrDefault(a.getBranchId(), ""), c.get().due(), Todo.Light.valueOf(light.name()),
                        "party-life/pipeline/person?id=" + a.getId()));
            } else if (staffId != null && staffId.equals(a.getStaffId())) {
                todos.add(new Todo(AREA, "我的发展进程：" + a.getStage().label() + "，下一步 " + c.get().what(), "", c.get().due(),
                        Todo.Light.valueOf(light.name()), "party-life/my-pipeline"));
            }
        }
        return todos;
    }
}
