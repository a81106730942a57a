package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.contest.control.ContestResultService;
import cn.fuwukuaiche.contest.control.ContestService;
import cn.fuwukuaiche.contest.entity.Contest;
import cn.fuwukuaiche.contest.entity.ContestStatus;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import cn.fuwukuaiche.honour.commendation.entity.CommendationEntry;
import cn.fuwukuaiche.honour.commendation.entity.CommendationStatus;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.honour.control.NoticeService;
import cn.fuwukuaiche.honour.entity.NoticeStatus;
import cn.fuwukuaiche.honour.entity.ObjectionStatus;
import cn.fuwukuaiche.honour.entity.PublicNotice;
import cn.fuwukuaiche.honour.star.control.StarService;
import cn.fuwukuaiche.honour.star.entity.StarSetting;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.control.ConflictOfInterest;
import cn.fuwukuaiche.security.control.SelfDecisionGuard;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
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

    @Inject
    SelfDecisionGuard self;

    public static final String STALE = "表彰名单已被他人修改，请刷新后再试";
    /** The subject type of an entry's 公示. */
    public static final String NOTICE_SUBJECT = "COMMENDATION";
    /** Audit entity type of one entry (the list itself is "七一表彰"; their ids coincide). */
    public static final String ENTRY_AUDIT_TYPE = "七一表彰对象";

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
    ContestResultService contestResults;

    @Inject
    StarService stars;

    @Inject
    NoticeService notices;

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
            for (ContestResultService.ResultRow r : contestResults.results(c.getId())) {
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
            if (k.kind() == SubjectKind.PERSON) {
                self.check(ConflictOfInterest.Step.COMMENDATION_CHOICE, k.id());
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
        unfinished(yearNo, "批准表彰名单，名单仍为草稿").ifPresent(why -> {
            throw new BusinessException("year", why);
        });
        c.approve(Times.now(), currentUser.username().orElse("?"));
        audit.event(AuditAction.AWARD, "七一表彰", c.getId(), "批准 " + c.getTitle() + "（" + c.getEntries().size() + " 名）",
                String.join("\n", c.getEntries().stream().map(e -> e.getSubjectName() + "：" + e.getHonours()).toList()), null);
        return c;
    }

    /**
     * Why {@code step} may not be taken for the year yet: a year that has not ended is a draft (it may be compiled
     * and selected, never approved, put to notice or printed). Empty once the year is over.
     */
    public Optional<String> unfinished(int yearNo, String step) {
        CommendationYear y = year(yearNo);
        return cn.fuwukuaiche.base.time.PeriodCheck.refusal(yearNo + "年度", y.end(), step);
    }

    /** The list as printed and exported: without the entries an upheld objection withdrew. */
    public List<CommendationEntry> listed(int yearNo) {
        return entries(yearNo).stream().filter(e -> !e.isWithdrawn()).toList();
    }

    public Printable printable(int yearNo) {
        Commendation c = commendation(yearNo).orElseThrow(() -> new BusinessException(yearNo + "年度尚无表彰名单"));
        unfinished(yearNo, "打印表彰名单").ifPresent(why -> {
            throw new BusinessException(why);
        });
        return new Printable(c, listed(yearNo));
    }

    public Printable certificate(long entryId) {
        CommendationEntry e = em.find(CommendationEntry.class, entryId);
        if (e == null) {
            throw new BusinessException("没有这条表彰记录");
        }
        if (e.isWithdrawn()) {
            throw new BusinessException(e.getSubjectName() + " 已因公示异议成立撤回表彰，不颁发奖状（" + e.getWithdrawReason() + "）");
        }
        unfinished(e.getCommendation().getYearNo(), "颁发奖状").ifPresent(why -> {
            throw new BusinessException(why);
        });
        return new Printable(e.getCommendation(), List.of(e));
    }

    // ---- 公示 ----

    /**
     * Puts an approved list to public notice, once: every entry becomes its own notice (honour "2026年度“七一”表彰 ·
     * 先进个人", the person or window with its unit, the honours as the reason), so that a real-name objection names
     * one entry and an upheld one withdraws only that entry ({@link CommendationNoticeSubject}). The period is in
     * working days from the work calendar; results are published per entry when it ends, as for any notice.
     */
    @RolesAllowed(Role.Names.LEADER)
    public Commendation putToNotice(int yearNo, long expectedVersion, int workingDays) {
        Commendation c = commendation(yearNo).orElseThrow(() -> new BusinessException(yearNo + "年度尚无表彰名单，请先拟定并批准"));
        if (c.getVersion() != expectedVersion) {
            throw new BusinessException(STALE);
        }
        if (c.getStatus() != CommendationStatus.APPROVED) {
            throw new BusinessException("表彰名单尚未批准，批准后才能公示");
        }
        if (c.isPutToNotice()) {
            throw new BusinessException("表彰名单已于 " + Times.format(c.getNoticeOpenedAt().toLocalDate()) + " 公示（至 "
                    + Times.format(c.getNoticeClosesOn()) + "），不能重复公示");
        }
        List<CommendationEntry> entries = listed(yearNo);
        if (entries.isEmpty()) {
            throw new BusinessException("表彰名单为空，不能公示");
        }
        List<NoticeService.Draft> drafts = entries.stream().map(e -> new NoticeService.Draft(NOTICE_SUBJECT, e.getId(),
                c.getTitle() + " · " + e.getTitle(), e.publicName(), e.getHonours())).toList();
        List<PublicNotice> opened = notices.openAll(drafts, workingDays);
        PublicNotice first = opened.get(0);
        c.putToNotice(first.getOpenedAt(), first.getOpenedBy(), workingDays, first.getClosesOn());
        audit.event(AuditAction.CREATE, "七一表彰", c.getId(), "公示 " + c.getTitle() + "名单（" + entries.size() + " 名）",
                "公示期 " + workingDays + " 个工作日，" + Times.format(first.getOpenedOn()) + " 至 " + Times.format(first.getClosesOn())
                        + "\n" + String.join("\n", entries.stream().map(e -> e.getTitle() + "：" + e.publicName()).toList()), null);
        return c;
    }

    /** An upheld objection during the list's 公示 withdraws one entry (called inside the leader's decision). */
    @RolesAllowed(Role.Names.LEADER)
    public void withdrawAfterObjection(long entryId, String reason) {
        CommendationEntry e = em.find(CommendationEntry.class, entryId);
        if (e == null || e.isWithdrawn()) {
            return;
        }
        e.withdraw(Times.now(), currentUser.username().orElse("?"), reason);
        audit.event(AuditAction.REVOKE, ENTRY_AUDIT_TYPE, e.getId(), "公示异议成立，撤回 " + e.getCommendation().getTitle() + " "
                + e.getTitle() + "：" + e.publicName(), "依据：" + e.getHonours(), reason);
    }

    /** Where a list's 公示 stands: the period, and each entry's notice (status and published result). */
    public record NoticeState(LocalDate openedOn, LocalDate closesOn, int workingDays, String openedBy, long open, long confirmed,
                              long withdrawn, long pendingObjections, Map<Long, PublicNotice> byEntry) {

        public boolean running() {
            return open > 0;
        }
    }

    public Optional<NoticeState> noticeState(int yearNo) {
        Commendation c = commendation(yearNo).orElse(null);
        if (c == null || !c.isPutToNotice()) {
            return Optional.empty();
        }
        List<Long> ids = c.getEntries().stream().map(CommendationEntry::getId).toList();
        Map<Long, PublicNotice> byEntry = new java.util.HashMap<>();
        em.createQuery("select n from PublicNotice n where n.subjectType = :t and n.subjectId in :ids order by n.id", PublicNotice.class)
                .setParameter("t", NOTICE_SUBJECT).setParameter("ids", ids).getResultList()
                .forEach(n -> byEntry.put(n.getSubjectId(), n));
        // objections still waiting on an entry that is in notice (those left on a withdrawn entry no longer matter)
        List<Long> openIds = byEntry.values().stream().filter(PublicNotice::isOpen).map(PublicNotice::getId).toList();
        long pending = openIds.isEmpty() ? 0 : em.createQuery("select count(o) from NoticeObjection o where o.noticeId in :n "
                        + "and o.status = :p", Long.class).setParameter("n", openIds)
                .setParameter("p", ObjectionStatus.PENDING).getSingleResult();
        long open = byEntry.values().stream().filter(PublicNotice::isOpen).count();
        long withdrawn = byEntry.values().stream().filter(n -> n.getStatus() == NoticeStatus.WITHDRAWN).count();
        long confirmed = byEntry.values().stream().filter(n -> n.getStatus() == NoticeStatus.CLOSED).count();
        return Optional.of(new NoticeState(c.getNoticeOpenedAt().toLocalDate(), c.getNoticeClosesOn(), c.getNoticeWorkingDays(),
                c.getNoticeOpenedBy(), open, confirmed, withdrawn, pending, byEntry));
    }

    public byte[] export(int yearNo) {
        List<CommendationEntry> rows = listed(yearNo);
        return ExcelExport.toBytes("表彰名单", List.of(
                new ExcelExport.Column<CommendationEntry>("序号", CommendationEntry::getSortOrder),
                new ExcelExport.Column<CommendationEntry>("表彰称号", CommendationEntry::getTitle),
                new ExcelExport.Column<CommendationEntry>("姓名/窗口", CommendationEntry::getSubjectName),
                new ExcelExport.Column<CommendationEntry>("单位", CommendationEntry::getUnitName),
                new ExcelExport.Column<CommendationEntry>("主要荣誉", CommendationEntry::getHonours)), rows);
    }

}
