package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.honour.entity.AwardStatus;
import cn.fuwukuaiche.honour.entity.PostDesignation;
import cn.fuwukuaiche.honour.entity.RedFlagAward;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The honour module's awards as commendation honours, read through its entities: windows that held the 流动红旗 in
 * the year (standing awards only: revoked or withdrawn months do not count) and holders of 党员示范岗 / 巾帼建功岗
 * designations in force at any time in the year (not revoked or withdrawn).
 */
public final class FlagAndPostHonours {

    private FlagAndPostHonours() {
    }

    public static List<CommendationCompiler.Honour> of(EntityManager em, CommendationYear year) {
        List<CommendationCompiler.Honour> out = new ArrayList<>();
        int from = RedFlagAward.ym(java.time.YearMonth.from(year.start()));
        int to = RedFlagAward.ym(java.time.YearMonth.from(year.end()));
        Map<Long, List<RedFlagAward>> flags = em.createQuery("select a from RedFlagAward a where a.activeYm is not null "
                        + "and a.periodYm >= :from and a.periodYm <= :to order by a.periodYm", RedFlagAward.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .collect(Collectors.groupingBy(RedFlagAward::getWindowId, LinkedHashMap::new, Collectors.toList()));
        flags.forEach((windowId, awards) -> {
            ServiceWindow w = em.find(ServiceWindow.class, windowId);
            String label = w == null ? awards.get(0).getWindowLabel() : w.getWindowNo() + " " + w.getName();
            out.add(new CommendationCompiler.Honour(SubjectKind.WINDOW, windowId, label,
                    w == null ? null : w.getUnit().displayName(), label, "流动红旗 " + awards.size() + " 个月（"
                    + awards.stream().map(RedFlagAward::monthLabel).collect(Collectors.joining("、")) + "）"));
            // a window with several flag months weighs more on the list
            for (int i = 1; i < awards.size(); i++) {
                out.add(new CommendationCompiler.Honour(SubjectKind.WINDOW, windowId, label, null, label, null));
            }
        });
        for (PostDesignation d : em.createQuery("select d from PostDesignation d where d.status in :st and d.validFrom <= :end "
                        + "and (d.validUntil is null or d.validUntil >= :start) order by d.validFrom", PostDesignation.class)
                .setParameter("st", List.of(AwardStatus.AWARDED, AwardStatus.ENDED)).setParameter("start", year.start())
                .setParameter("end", year.end()).getResultList()) {
            Staff s = em.find(Staff.class, d.getStaffId());
            out.add(new CommendationCompiler.Honour(SubjectKind.PERSON, s.getId(), s.getName(), s.getUnit().displayName(),
                    s.getWindow() == null ? null : s.getWindow().getWindowNo() + " " + s.getWindow().getName(),
                    d.getKind().label() + "（" + d.getValidFrom() + " 起）"));
        }
        return out;
    }
}
