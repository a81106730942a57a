package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

/** The question bank (题库) of knowledge contests: list, edit, enable or disable, import a checked file. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class QuestionBankService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    public List<Question> questions() {
        return em.createQuery("select q from Question q order by q.category, q.difficulty, q.id", Question.class).getResultList();
    }

    public Question saveQuestion(Long id, long expectedVersion, QuestionImport.Row form) {
        QuestionImport.check(form).ifPresent(m -> {
            throw new BusinessException("stem", m);
        });
        if (id == null) {
            Question q = form.toQuestion();
            em.persist(q);
            em.flush();
            audit.created(q, null);
            return q;
        }
        Question q = em.find(Question.class, id);
        if (q == null) {
            throw new BusinessException("该题目不存在");
        }
        if (q.getVersion() != expectedVersion) {
            throw new OptimisticLockException("题目已被他人修改");
        }
        Map<String, Object> before = q.auditState();
        q.setCategory(form.category());
        q.setDifficulty(form.difficulty());
        q.setType(form.type());
        q.setStem(form.stem());
        q.setOptionList(form.options());
        q.setAnswerKey(Grading.normalize(form.type(), form.answer()));
        em.flush();
        audit.updated(before, q, null);
        return q;
    }

    public void setQuestionActive(long id, boolean active) {
        Question q = em.find(Question.class, id);
        Map<String, Object> before = q.auditState();
        q.setActive(active);
        audit.updated(before, q, active ? "启用" : "停用");
    }

    /** Imports the rows of a checked preview; refuses the whole file if any row has an error. */
    public int importQuestions(List<QuestionImport.Row> rows, String fileName) {
        for (QuestionImport.Row r : rows) {
            if (r.error() != null) {
                throw new BusinessException("第 " + r.line() + " 行有错误：" + r.error() + "，请改正后重新导入");
            }
        }
        for (QuestionImport.Row r : rows) {
            em.persist(r.toQuestion());
        }
        audit.event(AuditAction.IMPORT, "题目", null, "导入题库 " + rows.size() + " 题", fileName, null);
        return rows.size();
    }
}
