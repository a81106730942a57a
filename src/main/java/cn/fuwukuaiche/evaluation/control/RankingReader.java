package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.hall.HallBound;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.ranking.RankingLoader;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshot;
import cn.fuwukuaiche.evaluation.entity.RankingSnapshotLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Computes a month's ranking inside the caller's transaction and stores confirmed rankings. No security of
 * its own: the services that call it check the caller first (and the demo seeder uses it at startup).
 */
@HallBound
@ApplicationScoped
public class RankingReader {

    @PersistenceContext
    EntityManager em;

    public RankingMonth month(AssessmentSubject kind, int periodYm) {
        em.flush();
        return RankingLoader.load(new RankingJpaSql(em), kind, periodYm);
    }

    /** Stores the ranking as it stands, as the next revision of the month's confirmed ranking. */
    public RankingSnapshot storeSnapshot(RankingMonth m, LocalDateTime at, String by, String reason) {
        int revision = latestSnapshot(m.kind(), m.periodYm()).map(s -> s.getRevision() + 1).orElse(1);
        RankingSnapshot s = new RankingSnapshot(m.periodYm(), m.kind(), revision, m.scheme().versionId(), m.scheme().label(),
                String.join(" › ", m.scheme().criteriaLabels()), at, by, reason);
        for (Ranked<RankingRow> r : m.rows()) {
            RankingRow row = r.item();
            s.addLine(new RankingSnapshotLine(r.rank(), r.tied(), r.decidedBy(), row.subject().windowId(), row.subject().staffId(),
                    row.subject().assessmentId(), row.subject().label(), row.total(), row.score().vetoed(),
                    row.eligibleForRedFlag(), row.satisfactionPercent(), row.badCount()));
        }
        em.persist(s);
        return s;
    }

    public Optional<RankingSnapshot> latestSnapshot(AssessmentSubject kind, int periodYm) {
        return em.createQuery("select s from RankingSnapshot s where s.periodYm = :p and s.subjectKind = :k "
                        + "order by s.revision desc", RankingSnapshot.class)
                .setParameter("p", periodYm).setParameter("k", kind).setMaxResults(1).getResultStream().findFirst();
    }

    public List<RankingSnapshot> snapshots(AssessmentSubject kind, int periodYm) {
        return em.createQuery("select s from RankingSnapshot s where s.periodYm = :p and s.subjectKind = :k "
                        + "order by s.revision", RankingSnapshot.class)
                .setParameter("p", periodYm).setParameter("k", kind).getResultList();
    }
}
