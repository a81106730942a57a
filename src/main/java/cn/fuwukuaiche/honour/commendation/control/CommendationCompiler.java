package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarAwardStatus;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a year's candidates: every person with a confirmed star whose period lies in the year (revoked ones
 * left out) or a contest prize published in the year; extra honours (flags, posts) come in as {@link Honour}s from
 * their own module. Most honours first.
 */
public final class CommendationCompiler {

    /** An honour from another source, already in words: a contest prize, a flag month, a post (text null = weight only). */
    public record Honour(SubjectKind kind, long id, String name, String unitName, String windowLabel, String text) {
    }

    private CommendationCompiler() {
    }

    public static List<CommendationCandidate> compile(EntityManager em, CommendationYear year, List<Honour> others, Set<String> selected) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<StarAward> stars = em.createQuery("select a from StarAward a join fetch a.staff s join fetch s.unit left join fetch a.window "
                        + "where a.status = :c and a.periodStart >= :from and a.periodEnd <= :to order by a.periodStart", StarAward.class)
                .setParameter("c", StarAwardStatus.CONFIRMED).setParameter("from", year.start()).setParameter("to", year.end())
                .getResultList();
        Map<Long, Map<StarKind, List<String>>> starsByPerson = new LinkedHashMap<>();
        for (StarAward a : stars) {
            Builder b = byKey.computeIfAbsent(SubjectKind.PERSON + ":" + a.getStaff().getId(), k -> new Builder(SubjectKind.PERSON,
                    a.getStaff().getId(), a.getStaff().getName(), a.getStaff().getUnit().displayName(),
                    a.getWindow() == null ? null : a.getWindow().getWindowNo() + " " + a.getWindow().getName()));
            b.weight++;
            starsByPerson.computeIfAbsent(a.getStaff().getId(), k -> new EnumMap<>(StarKind.class))
                    .computeIfAbsent(a.getStar(), k -> new ArrayList<>()).add(a.getPeriodLabel());
        }
        starsByPerson.forEach((id, m) -> m.forEach((star, periods) -> byKey.get(SubjectKind.PERSON + ":" + id).honours
                .add(star.label() + " " + periods.size() + " 次（" + String.join("、", periods) + "）")));
        for (Honour h : others) {
            Builder b = byKey.computeIfAbsent(h.kind() + ":" + h.id(), k -> new Builder(h.kind(), h.id(), h.name(), h.unitName(), h.windowLabel()));
            b.weight++;
            if (h.text() != null) {
                b.honours.add(h.text());
            }
            if (b.unit == null && h.unitName() != null) {
                b.unit = h.unitName();
            }
        }
        return byKey.values().stream().map(b -> new CommendationCandidate(b.kind, b.id, b.name, b.unit, b.window, List.copyOf(b.honours),
                        b.weight, selected.contains(b.kind + ":" + b.id)))
                .sorted(Comparator.comparing(CommendationCandidate::kind).reversed()
                        .thenComparing(CommendationCandidate::weight, Comparator.reverseOrder())
                        .thenComparing(c -> c.windowLabel() == null ? "" : c.windowLabel()))
                .toList();
    }

    private static final class Builder {
        final SubjectKind kind;
        final long id;
        final String name;
        String unit;
        final String window;
        final List<String> honours = new ArrayList<>();
        int weight;

        Builder(SubjectKind kind, long id, String name, String unit, String window) {
            this.kind = kind;
            this.id = id;
            this.name = name;
            this.unit = unit;
            this.window = window;
        }
    }
}
