package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.honour.control.NoticeSubject;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.NoticeState;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelinePaper;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStep;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * 公示 of a 发展对象 (subject id = the {@link MembershipApplication}): the end of the notice without an upheld objection
 * lets the way go on (公示结果 goes into the file as kept by the system); an upheld objection stops it — no 志愿书, no
 * 支部大会 — until the branch ends the way (退出 or 取消资格) with a reason.
 */
@HallBound
@ApplicationScoped
public class PipelineNoticeSubject implements NoticeSubject {

    @PersistenceContext
    EntityManager em;

    @Override
    public String type() {
        return PipelineService.NOTICE_SUBJECT;
    }

    @Override
    public void confirmed(long subjectId) {
        MembershipApplication a = em.find(MembershipApplication.class, subjectId);
        if (a == null || a.getNoticeState() != NoticeState.OPEN) {
            return;
        }
        a.setNoticeState(NoticeState.CONFIRMED);
        PipelinePaper p = em.createQuery("select p from PipelinePaper p where p.applicationId = :a and p.paper = :k", PipelinePaper.class)
                .setParameter("a", subjectId).setParameter("k", PaperKind.NOTICE_RESULT).getResultStream().findFirst().orElse(null);
        if (p == null) {
            p = new PipelinePaper(subjectId, PaperKind.NOTICE_RESULT, Times.now(), AuditService.SYSTEM);
            em.persist(p);
        }
        if (!p.present()) {
            // the notice's published result: "期满，无异议" or "收到实名异议 n 件，经核实均不成立"
            PublicNotice n = a.getNoticeId() == null ? null : em.find(PublicNotice.class, a.getNoticeId());
            String result = n == null || n.getResult() == null ? "公示期满，予以确认。" : n.getResult();
            p.setKeptAt("系统公示记录（公示 #" + a.getNoticeId() + "：" + result.replaceAll("。$", "") + "）");
        }
    }

    @Override
    public void withdraw(long subjectId, String reason) {
        MembershipApplication a = em.find(MembershipApplication.class, subjectId);
        if (a != null) {
            a.setNoticeState(NoticeState.STOPPED);
            em.persist(new PipelineStep(subjectId, StepKind.NOTICE, Times.today(), "发展程序中止：" + reason, Times.now(), AuditService.SYSTEM));
        }
    }

    @Override
    public List<Long> people(long subjectId) {
        MembershipApplication a = em.find(MembershipApplication.class, subjectId);
        return a == null || a.getStaffId() == null ? List.of() : List.of(a.getStaffId());
    }
}
