package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.entity.Exemplar;
import cn.fuwukuaiche.honour.entity.ExemplarStatus;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 行业标兵: the leader chooses among the holders of 一旗两岗五星 honours ({@link ExemplarCandidates}) with a
 * written statement of deeds; the choice goes to 公示 at once and is confirmed when the notice ends without an
 * upheld objection; confirmed exemplars appear on the display screens.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class ExemplarService {

    @Inject
    SelfDecisionGuard self;

    public static final String SUBJECT = "EXEMPLAR";
    public static final int MIN_DEEDS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<ExemplarCandidates> sources;

    @Inject
    NoticeService notices;

    @Inject
    AuditService audit;

    @Inject
    Event<BoardChanged> board;

    @Resource
    SessionContext context;

    /** Every holder of a flag/post (and star, once that module supplies them), one line per window or person. */
    public List<ExemplarCandidates.Candidate> candidates() {
        Map<String, ExemplarCandidates.Candidate> byKey = new LinkedHashMap<>();
        for (ExemplarCandidates s : sources) {
            for (ExemplarCandidates.Candidate c : s.candidates()) {
                byKey.merge(c.key(), c, (a, b) -> new ExemplarCandidates.Candidate(a.kind(), a.id(), a.name(), a.windowName(),
                        a.basis() + "；" + b.basis()));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    public List<Exemplar> all() {
        return em.createQuery("select e from Exemplar e order by e.proposedAt desc", Exemplar.class).getResultList();
    }

    /** The leader proposes an exemplar with a statement of deeds; it is put to 公示 at once. */
    @RolesAllowed(Role.Names.LEADER)
    public Exemplar propose(String candidateKey, String title, String deeds) {
        ExemplarCandidates.Candidate c = candidates().stream().filter(x -> x.key().equals(candidateKey)).findFirst()
                .orElseThrow(() -> new BusinessException("candidate", "行业标兵只能从一旗两岗五星的获得者中评选，请从名单中选择"));
        if ("STAFF".equals(c.kind())) {
            self.check(ConflictOfInterest.Step.EXEMPLAR_CHOICE, c.id());
        }
        String t = HonourCallers.required(title, "title", "请填写称号，如「2026年度行业标兵」", 100);
        String d = HonourCallers.required(deeds, "deeds", "请填写主要事迹", 4000);
        if (d.length() < MIN_DEEDS) {
            throw new BusinessException("deeds", "主要事迹请至少写 " + MIN_DEEDS + " 个字（公示时向社会公开）");
        }
        long active = em.createQuery("select count(e) from Exemplar e where e.subjectKind = :k and "
                        + ("WINDOW".equals(c.kind()) ? "e.windowId" : "e.staffId") + " = :id and e.title = :t and e.status <> :w",
                        Long.class).setParameter("k", c.kind()).setParameter("id", c.id()).setParameter("t", t)
                .setParameter("w", ExemplarStatus.WITHDRAWN).getSingleResult();
        if (active > 0) {
            throw new BusinessException("candidate", c.name() + " 已是或正在公示「" + t + "」");
        }
        Exemplar e = new Exemplar(c.kind(), "WINDOW".equals(c.kind()) ? c.id() : null, "STAFF".equals(c.kind()) ? c.id() : null,
                c.name(), c.windowName(), t, c.basis(), d, Times.now(), HonourCallers.caller(context));
        em.persist(e);
        em.flush();
        audit.event(AuditAction.AWARD, "行业标兵", e.getId(), "评选" + t + "：" + c.name() + "（进入公示）", "依据：" + c.basis() + "\n事迹：" + d,
                null);
        notices.open(SUBJECT, e.getId(), t, c.name() + (c.windowName() == null || "WINDOW".equals(c.kind()) ? ""
                : "（" + c.windowName() + "）"), "荣誉依据：" + c.basis() + "。主要事迹：" + d);
        return e;
    }

    /** The notice ended without an upheld objection. */
    @RolesAllowed(Role.Names.LEADER)
    public void confirm(long id) {
        Exemplar e = em.find(Exemplar.class, id);
        if (e == null || e.getStatus() != ExemplarStatus.IN_NOTICE) {
            return;
        }
        e.confirm(Times.now());
        audit.event(AuditAction.AWARD, "行业标兵", e.getId(), "确认" + e.getTitle() + "：" + e.getSubjectName() + "（公示期满）", null, null);
        board.fire(BoardChanged.of("honour.exemplar.confirmed"));
    }

    @RolesAllowed(Role.Names.LEADER)
    public void withdraw(long id, String reason) {
        Exemplar e = em.find(Exemplar.class, id);
        if (e == null || e.getStatus() == ExemplarStatus.WITHDRAWN) {
            return;
        }
        e.withdraw(Times.now(), HonourCallers.caller(context), reason);
        audit.event(AuditAction.REVOKE, "行业标兵", e.getId(), "撤回" + e.getTitle() + "：" + e.getSubjectName(), null, reason);
        board.fire(BoardChanged.of("honour.exemplar.withdrawn"));
    }
}
