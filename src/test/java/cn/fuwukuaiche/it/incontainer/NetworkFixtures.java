package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.ApprovalTask;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.NetworkSettings;
import cn.fuwukuaiche.network.entity.ParallelApproval;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.network.entity.ServiceItem;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test deployment only: puts cases and projects into a known state directly, so that each in-container
 * test can sign in one account and exercise one step through the real services.
 */
@Stateless
@PermitAll
public class NetworkFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    public ServiceNode node(String code) {
        return em.createQuery("select n from ServiceNode n where n.code = :c", ServiceNode.class).setParameter("c", code).getSingleResult();
    }

    public ServiceItem item(String name) {
        return em.createQuery("select i from ServiceItem i where i.name = :n", ServiceItem.class).setParameter("n", name).getSingleResult();
    }

    /**
     * A case accepted at {@code originCode} and sitting at {@code currentCode} (handed up if they differ),
     * or, for a handled state, handled at the origin and advanced to {@code state}.
     */
    public long caseAt(String originCode, String currentCode, String itemName, CaseState state, String queryCode) {
        ServiceNode origin = node(originCode);
        ServiceNode current = node(currentCode);
        ServiceItem item = item(itemName);
        LocalDateTime t = Times.now().minusDays(2);
        ServiceCase c = new ServiceCase(String.format("IT%012d", SEQ.incrementAndGet() + System.nanoTime() % 1_000_000_000L),
                queryCode, item, "测试申请人", "13800000000", origin, t);
        em.persist(c);
        step(c, CaseStep.ENTRUST, origin, null, t);
        c.setState(CaseState.ACCEPTED);
        c.setAcceptedAt(t);
        c.setDeadline(Times.today().plusDays(10));
        step(c, CaseStep.ACCEPT, origin, null, t);
        if (!current.equals(origin)) {
            step(c, CaseStep.HAND_UP, origin, current, t.plusHours(1));
            c.setCurrentNode(current);
            c.setHandUpCount(1);
        }
        if (state.isHandled()) {
            c.setHandledNode(current);
            c.setHandledAt(t.plusHours(2));
            c.setResult("已办结");
            step(c, CaseStep.HANDLE, current, null, t.plusHours(2));
            c.setCurrentNode(origin);
            c.setState(state);
        }
        em.flush();
        return c.getId();
    }

    private void step(ServiceCase c, CaseStep s, ServiceNode node, ServiceNode to, LocalDateTime at) {
        CaseStepRecord r = new CaseStepRecord(c, s, node, to, "fixture", "测试", at, null);
        em.persist(r);
        c.getSteps().add(r);
    }

    /** A project under review led by {@code leadNo}; each task: window number, deadline, recorded answer or null. */
    public long projectInReview(String leadNo, Object[]... tasks) {
        ParallelApproval p = new ParallelApproval("IT-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000, "测试项目",
                "测试建设单位", new BigDecimal("100"), window(leadNo), 20, Times.now().minusDays(10), "fixture");
        p.setState(ApprovalState.IN_REVIEW);
        p.setAcceptedAt(Times.now().minusDays(10));
        p.setNotifiedAt(Times.now().minusDays(9));
        p.setDeadline(Times.today().plusDays(20));
        em.persist(p);
        for (Object[] t : tasks) {
            ServiceWindow w = window((String) t[0]);
            ApprovalTask task = new ApprovalTask(p, w.getUnit(), w, 5, Times.today().minusDays(9), (LocalDate) t[1]);
            if (t[2] != null) {
                task.setAnswer((TaskAnswer) t[2]);
                task.setAnsweredAt(Times.now().minusDays(1));
                task.setAnsweredBy("fixture");
                task.setAnsweredByName("测试");
            }
            em.persist(task);
            p.getTasks().add(task);
        }
        em.flush();
        return p.getId();
    }

    public ServiceWindow window(String no) {
        return em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no).getSingleResult();
    }

    public ApprovalTask task(long approvalId, String windowNo) {
        return em.createQuery("select t from ApprovalTask t where t.approval.id = :a and t.window.windowNo = :w", ApprovalTask.class)
                .setParameter("a", approvalId).setParameter("w", windowNo).getSingleResult();
    }

    public NetworkSettings settings() {
        return em.createQuery("select s from NetworkSettings s order by s.id", NetworkSettings.class).setMaxResults(1).getSingleResult();
    }
}
