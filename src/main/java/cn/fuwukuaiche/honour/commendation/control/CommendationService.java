package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.honour.star.entity.StarSetting;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 七一表彰: compile a year's candidates, the leader's selection and approval (audited), the stored list and its
 * Excel export. ADMIN reads; LEADER decides.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
public class CommendationService {

    public static final String STALE = "表彰名单已被他人修改，请刷新后再试";

    /** The approved list and one entry, for the print pages. */
    public record Printable(Commendation commendation, List<CommendationEntry> entries) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContestService contests;

    @Inject
    StarService stars;

    public CommendationYear year(int yearNo) {
        StarSetting s = stars.settings();
        return CommendationYear.of(yearNo, s.getYearStartMonth(), s.getYearStartDay());
    }

    /** The year the page opens on: the latest that has ended. */
    public CommendationYear defaultYear() {
        StarSetting s = stars.settings();
        return CommendationYear.lastEnded(Times.today(), s.getYearStartMonth(), s.getYearStartDay());
    }

    public Optional<Commendation> commendation(int yearNo) {
        return em.createQuery("select c from Commendation c where c.yearNo = :y", Commendation.class).setParameter("y", yearNo)
                .getResultStream().findFirst();
    }

    public List<CommendationEntry> entries(int yearNo) {
        return em.createQuery("select e from CommendationEntry e where e.commendation.yearNo = :y order by e.sortOrder", CommendationEntry.class)
                .setParameter("y", yearNo).getResultList();
    }

    public List<CommendationCandidate> candidates(int yearNo) {
        CommendationYear year = year(yearNo);
        Set<String> selected = entries(yearNo).stream().map(e -> e.getSubjectKind() + ":"
                + (e.getSubjectKind() == SubjectKind.PERSON ? e.getStaffId() : e.getWindowId())).collect(Collectors.toSet());
        List<CommendationCompiler.Honour> others = new ArrayList<>(FlagAndPostHonours.of(em, year));
        others.addAll(contestHonours(year));
        return CommendationCompiler.compile(em, year, others, selected);
    }

    private List<CommendationCompiler.Honour> contestHonours(CommendationYear year) {
        List<CommendationCompiler.Honour> out = new ArrayList<>();
        for (Contest c : contests.contests()) {
            if (c.getStatus() != ContestStatus.PUBLISHED || c.getPublishedAt() == null || !year.contains(c.getPublishedAt().toLocalDate())) {
                continue;
            }
            for (ContestService.ResultRow r : contests.results(c.getId())) {
                if (r.prize() == null || r.staffId() == null) {
                    continue;
                }
                Staff s = em.find(Staff.class, r.staffId());
                out.add(new CommendationCompiler.Honour(SubjectKind.PERSON, s.getId(), s.getName(), s.getUnit().displayName(),
                        s.getWindow() == null ? null : s.getWindow().getWindowNo() + " " + s.getWindow().getName(),
                        c.getTitle() + " " + r.prize().label()));
            }
        }
        return out;
    }

    /** Stores the leader's selection ({@code keys} "PERSON:12", "WINDOW:3") as the year's list; only while not approved. */
    @RolesAllowed(Role.Names.LEADER)
    public Commendation select(int yearNo, Collection<String> keys, Long expectedVersion) {
        if (keys == null || keys.isEmpty()) {
            throw new BusinessException("请至少选择一名表彰对象");
        }
        CommendationYear year = year(yearNo);
        if (year.start().isAfter(Times.today())) {
            throw new BusinessException("year", yearNo + "年度尚未开始");
        }
        Commendation c = commendation(yearNo).orElse(null);
        boolean created = c == null;
        if (c == null) {
            c = new Commendation(yearNo, year.start(), year.end());
            em.persist(c);
        } else if (expectedVersion == null || c.getVersion() != expectedVersion) {
            throw new BusinessException(STALE);
        }
        if (c.getStatus() == CommendationStatus.APPROVED) {
            throw new BusinessException("表彰名单已批准，不能再修改");
        }
        Map<String, CommendationCandidate> byKey = candidates(yearNo).stream()
                .collect(Collectors.toMap(CommendationCandidate::key, Function.identity()));
        var before = created ? null : c.auditState();
        c.getEntries().clear();
        em.flush();
        int order = 0;
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            CommendationCandidate k = byKey.get(key);
            if (k == null) {
                throw new BusinessException("所选对象本年度没有可依据的荣誉，请刷新后再试");
            }
            if (!seen.add(key)) {
                continue;
            }
            c.getEntries().add(new CommendationEntry(c, k.kind(), k.kind() == SubjectKind.PERSON ? k.id() : null,
                    k.kind() == SubjectKind.WINDOW ? k.id() : null, k.name(), k.unitName(), k.kind().title(), k.honoursText(), ++order));
        }
        em.flush();
        if (created) {
            audit.created(c, "拟定表彰名单");
        } else {
            audit.updated(before, c, "修改表彰名单");
        }
        return c;
    }

    @RolesAllowed(Role.Names.LEADER)
    public Commendation approve(int yearNo, long expectedVersion) {
        Commendation c = commendation(yearNo).orElseThrow(() -> new BusinessException("请先选定表彰名单"));
        if (c.getVersion() != expectedVersion) {
            throw new BusinessException(STALE);
        }
        if (c.getStatus() == CommendationStatus.APPROVED) {
            throw new BusinessException("表彰名单已批准");
        }
        if (c.getEntries().isEmpty()) {
            throw new BusinessException("表彰名单为空，不能批准");
        }
        c.approve(Times.now(), currentUser.username().orElse("?"));
        audit.event(AuditAction.AWARD, "七一表彰", c.getId(), "批准 " + c.getTitle() + "（" + c.getEntries().size() + " 名）",
                String.join("\n", c.getEntries().stream().map(e -> e.getSubjectName() + "：" + e.getHonours()).toList()), null);
        return c;
    }

    public Printable printable(int yearNo) {
        Commendation c = commendation(yearNo).orElseThrow(() -> new BusinessException(yearNo + "年度尚无表彰名单"));
        return new Printable(c, entries(yearNo));
    }

    public Printable certificate(long entryId) {
        CommendationEntry e = em.find(CommendationEntry.class, entryId);
        if (e == null) {
            throw new BusinessException("没有这条表彰记录");
        }
        return new Printable(e.getCommendation(), List.of(e));
    }

    public byte[] export(int yearNo) {
        List<CommendationEntry> rows = entries(yearNo);
        return ExcelExport.toBytes("表彰名单", List.of(
                new ExcelExport.Column<CommendationEntry>("序号", CommendationEntry::getSortOrder),
                new ExcelExport.Column<CommendationEntry>("表彰称号", CommendationEntry::getTitle),
                new ExcelExport.Column<CommendationEntry>("姓名/窗口", CommendationEntry::getSubjectName),
                new ExcelExport.Column<CommendationEntry>("单位", CommendationEntry::getUnitName),
                new ExcelExport.Column<CommendationEntry>("主要荣誉", CommendationEntry::getHonours)), rows);
    }

}
