package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.contest.entity.Prize;
import cn.fuwukuaiche.contest.entity.StarMapping;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which contest prize makes its winner a candidate for which of the five stars (ADMIN sets it, with a reason), and the
 * star candidates it yields for the honours feature.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class StarMappingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    /** The five stars (五星) a prize can make its winner a candidate for. */
    public static final List<String> STARS = List.of("和谐服务星", "遵纪守法星", "爱岗敬业星", "业绩突出星", "廉洁高效星");

    /** A staff member who won a prize that maps to a star: input for the honours feature. */
    public record StarCandidate(Long staffId, String staffName, Long contestId, String contestTitle, Prize prize, String star) {
    }

    public Map<Prize, String> starMapping() {
        Map<Prize, String> m = new EnumMap<>(Prize.class);
        em.createQuery("select m from StarMapping m", StarMapping.class).getResultList().forEach(x -> m.put(x.getPrize(), x.getStar()));
        return m;
    }

    /** The ADMIN's star mapping form: every prize's star (blank = none), saved with the reason for the change. */
    @RolesAllowed(Role.Names.ADMIN)
    public int saveStarMapping(Map<Prize, String> mapping, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写调整原因");
        }
        Map<Prize, String> now = starMapping();
        int changed = 0;
        for (Prize p : Prize.values()) {
            String want = mapping.get(p) == null || mapping.get(p).isBlank() ? null : mapping.get(p).strip();
            if (!java.util.Objects.equals(want, now.get(p))) {
                setStarMapping(p, want, reason.strip());
                changed++;
            }
        }
        if (changed == 0) {
            throw new BusinessException("没有需要保存的改动");
        }
        return changed;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void setStarMapping(Prize prize, String star) {
        setStarMapping(prize, star, null);
    }

    private void setStarMapping(Prize prize, String star, String reason) {
        if (star != null && !star.isBlank() && !STARS.contains(star.strip())) {
            throw new BusinessException("star", "请选择五星之一：" + String.join("、", STARS));
        }
        StarMapping m = em.createQuery("select m from StarMapping m where m.prize = :p", StarMapping.class).setParameter("p", prize)
                .getResultStream().findFirst().orElse(null);
        String old = m == null ? null : m.getStar();
        if (star == null || star.isBlank()) {
            if (m != null) {
                em.remove(m);
            }
        } else if (m == null) {
            em.persist(new StarMapping(prize, star.strip()));
        } else {
            m.setStar(star.strip());
        }
        audit.event(AuditAction.UPDATE, "竞赛奖项与星级对应", prize.name(), "设置 " + prize.label() + " → 星级",
                (old == null ? "无" : old) + " → " + (star == null || star.isBlank() ? "无" : star.strip()), reason);
    }

    /** Star candidates from contests whose results were published between {@code from} and {@code to} (inclusive). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<StarCandidate> starCandidates(LocalDate from, LocalDate to) {
        return ContestStars.candidates(em, from, to);
    }
}
