package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import cn.fuwukuaiche.partylife.report.entity.YearReport;
import cn.fuwukuaiche.partylife.report.entity.YearReportPart;
import cn.fuwukuaiche.partylife.report.entity.YearReportRevision;
import cn.fuwukuaiche.partylife.report.entity.YearReportValue;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The yearly 党建工作统计表 (issue 19): each branch's secretary fills and submits his branch's part (the leader the
 * general branch's own part, branch 0); record items come from {@link RecordFigures} and are never typed; the general
 * branch's figures are the parts summed ({@link YearReportRules#rollUp}); the leader confirms when every part is in, and
 * the report locks; a correction after that needs a reason and keeps the earlier figures ({@link YearReportRevision}).
 * Every change is audited; a refusal is a {@link BusinessException} naming the item's code as its field.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class YearReportService {

    public static final String MSG_OTHER_BRANCH = "您只能填报本支部的统计表";
    public static final String MSG_SUBMITTED = "本部分已提交，如需修改请总支退回";
    public static final String MSG_CONFIRMED = "统计表已确认锁定，修改须由总支书记填写原因更正（原数据留痕）";
    public static final String MSG_REASON = "修改已确认的统计表须填写原因";
    public static final long MAX_ATTACHMENT_BYTES = AttachmentRules.MAX_BYTES;

    @PersistenceContext
    EntityManager em;

    @Inject
    YearTemplateService templates;

    @Inject
    RecordFigures records;

    @Inject
    OrgDirectory org;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    @Resource
    SessionContext context;

    // ---- who may do what --------------------------------------------------------------------------

    private boolean seesAll() {
        return context.isCallerInRole(Role.Names.ADMIN) || context.isCallerInRole(Role.Names.LEADER);
    }

    /** The parts the caller fills: every branch and the general branch's own (0) for LEADER/ADMIN, his branch for a secretary. */
    public List<Long> fillableParts() {
        if (seesAll()) {
            List<Long> all = new ArrayList<>(org.branches().stream().map(Branch::getId).toList());
            all.add(YearReportPart.GENERAL);
            return all;
        }
        return currentUser.account().map(UserAccount::getBranchId).stream().toList();
    }

    private void requireFill(long branchId) {
        if (!fillableParts().contains(branchId)) {
            throw new BusinessException("branch", MSG_OTHER_BRANCH);
        }
    }

    private String me() {
        return currentUser.username().orElse(AuditService.SYSTEM);
    }

    public Map<Long, String> partNames() {
        Map<Long, String> m = new LinkedHashMap<>();
        org.branches().forEach(b -> m.put(b.getId(), b.getName()));
        m.put(YearReportPart.GENERAL, org.generalBranch().map(g -> g.getName() + "（本级）").orElse("党总支（本级）"));
        return m;
    }

    // ---- reading ----------------------------------------------------------------------------------

    public Optional<YearReport> report(int year) {
        return em.createQuery("select r from YearReport r where r.reportYear = :y", YearReport.class).setParameter("y", year)
                .getResultList().stream().findFirst();
    }

    /** One figure of a part as the pages show it: the amount, whether from the record, its evidence or note. */
    public record Cell(ItemDef item, BigDecimal amount, boolean fromRecord, String evidenceRoute, String evidence, String note,
                       String attachmentName) {
    }

    /** A part as the fill page shows it. */
    public record PartView(int year, long branchId, String branchName, String status, boolean submitted, boolean confirmed,
                           long version, List<Cell> cells) {

        public Map<String, BigDecimal> amounts() {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            cells.stream().filter(c -> c.amount() != null).forEach(c -> m.put(c.item().code(), c.amount()));
            return m;
        }
    }

    public PartView part(int year, long branchId) {
        requireFill(branchId);
        List<ItemDef> items = templates.items(year);
        RecordFigures.Known known = records.of(year);
        Optional<YearReport> r = report(year);
        Optional<YearReportPart> p = r.flatMap(x -> x.part(branchId));
        return view(year, branchId, items, known, r.orElse(null), p.orElse(null));
    }

    private PartView view(int year, long branchId, List<ItemDef> items, RecordFigures.Known known, YearReport r, YearReportPart p) {
        boolean frozen = p != null && p.isSubmitted();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        List<Cell> cells = new ArrayList<>();
        for (ItemDef i : items) {
            Optional<YearReportValue> v = p == null ? Optional.empty() : p.value(i.code());
            if (i.source() == ItemSource.RECORD && (known.codes().contains(i.code()) || v.map(YearReportValue::isFromRecord).orElse(false))) {
                if (frozen && v.isPresent() && v.get().isFromRecord()) {
                    cells.add(new Cell(i, v.get().getAmount(), true, v.get().getEvidenceRoute(), v.get().getEvidence(), null, null));
                } else {
                    YearFigure f = known.figure(branchId, i.code());
                    cells.add(new Cell(i, BigDecimal.valueOf(f.value()), true, f.evidenceRoute(), f.evidence(), null, null));
                }
            } else if (i.source() != ItemSource.COMPUTED) {
                cells.add(new Cell(i, v.map(YearReportValue::getAmount).orElse(null), false, null, null,
                        v.map(YearReportValue::getNote).orElse(null), v.map(YearReportValue::getAttachmentName).orElse(null)));
            } else {
                cells.add(null);
            }
            Cell last = cells.get(cells.size() - 1);
            if (last != null && last.amount() != null) {
                amounts.put(i.code(), last.amount());
            }
        }
        Map<String, BigDecimal> computed = YearReportRules.compute(items, amounts);
        for (int k = 0; k < items.size(); k++) {
            if (cells.get(k) == null) {
                cells.set(k, new Cell(items.get(k), computed.get(items.get(k).code()), false, null, null, null, null));
            }
        }
        String status = r != null && r.isConfirmed() ? r.getStatus().label() : p == null ? "未填报" : p.getStatus().label();
        return new PartView(year, branchId, partNames().getOrDefault(branchId, ""), status, frozen, r != null && r.isConfirmed(),
                p == null ? -1 : p.getVersion(), cells);
    }

    /** The general branch's report: each part and the roll-up, with last year's roll-up for the comparison. */
    public record RollUp(int year, List<ItemDef> items, List<PartView> parts, Map<String, BigDecimal> total,
                         Map<String, BigDecimal> lastYear, String status, boolean confirmed, long version, int revision) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public RollUp rollUp(int year) {
        List<ItemDef> items = templates.items(year);
        RecordFigures.Known known = records.of(year);
        Optional<YearReport> r = report(year);
        List<PartView> parts = new ArrayList<>();
        for (long b : fillableParts()) {
            parts.add(view(year, b, items, known, r.orElse(null), r.flatMap(x -> x.part(b)).orElse(null)));
        }
        Map<String, BigDecimal> total = YearReportRules.rollUp(items, parts.stream().map(PartView::amounts).toList());
        Map<String, BigDecimal> last = report(year - 1).filter(YearReport::isConfirmed).map(x -> {
            List<ItemDef> lastItems = templates.items(year - 1);
            return YearReportRules.rollUp(lastItems, x.getParts().stream().map(YearReportPart::amounts).toList());
        }).orElse(Map.of());
        return new RollUp(year, items, parts, total, last, r.map(x -> x.getStatus().label()).orElse("未开始"),
                r.map(YearReport::isConfirmed).orElse(false), r.map(YearReport::getVersion).orElse(-1L),
                r.map(YearReport::getRevision).orElse(0));
    }

    public List<YearReportRevision> revisions(int year) {
        return report(year).map(r -> em.createQuery("select v from YearReportRevision v where v.reportId = :r order by v.revisionNo desc",
                YearReportRevision.class).setParameter("r", r.getId()).getResultList()).orElse(List.of());
    }

    // ---- filling ----------------------------------------------------------------------------------

    private YearReportPart ensurePart(int year, long branchId) {
        YearReport r = report(year).orElseGet(() -> {
            templates.ensure(year);
            YearReport n = new YearReport(year);
            em.persist(n);
            audit.created(n, "开始填报");
            return n;
        });
        return r.part(branchId).orElseGet(() -> {
            YearReportPart p = new YearReportPart(r, branchId);
            r.getParts().add(p);
            em.persist(p);
            return p;
        });
    }

    /** A part takes figures and evidence until it is submitted and while its report is not confirmed; refused on {@code field}. */
    private static void checkOpen(YearReportPart p, String field) {
        if (p.getReport().isConfirmed()) {
            throw new BusinessException(field, MSG_CONFIRMED);
        }
        if (p.isSubmitted()) {
            throw new BusinessException(field, MSG_SUBMITTED);
        }
    }

    private static void checkVersion(long expected, long actual, String what) {
        if (expected >= 0 && expected != actual) {
            throw new OptimisticLockException(what + " 已被他人修改");
        }
    }

    /**
     * Saves the typed figures of a part ({@code typed}: item code → text as typed, {@code notes}: code → evidence note).
     * Every field is checked before anything is written; the first problem is thrown on its item's code.
     */
    public PartView save(int year, long branchId, long expectedVersion, Map<String, String> typed, Map<String, String> notes) {
        requireFill(branchId);
        YearReportPart p = ensurePart(year, branchId);
        checkVersion(expectedVersion, p.getVersion(), "本支部的统计表");
        checkOpen(p, null);
        Map<String, Object> before = p.auditState();
        apply(year, p, typed, notes);
        em.flush();
        audit.updated(before, p, "填报 " + partNames().get(branchId));
        return part(year, branchId);
    }

    private void apply(int year, YearReportPart p, Map<String, String> typed, Map<String, String> notes) {
        List<ItemDef> items = templates.items(year);
        RecordFigures.Known known = records.of(year);
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        Map<String, String> cleanNotes = new LinkedHashMap<>();
        for (ItemDef i : items) {
            if (typed.containsKey(i.code())) {
                YearReportRules.Parsed v = YearReportRules.parse(i, typed.get(i.code()), known.codes().contains(i.code()));
                if (v.problem() != null) {
                    throw new BusinessException(i.code(), v.problem());
                }
                parsed.put(i.code(), v.value());
            }
            if (notes != null && notes.containsKey(i.code())) {
                String n = Input.requireMultiLine(i.code(), "说明", notes.get(i.code()));
                if (n != null && n.length() > 1000) {
                    throw new BusinessException(i.code(), "说明过长（最多 1000 字）");
                }
                cleanNotes.put(i.code(), n);
            }
        }
        for (String code : typed.keySet()) {
            if (items.stream().noneMatch(i -> i.code().equals(code))) {
                throw new BusinessException(code, "本年度统计表没有此项");
            }
        }
        // a part's figures are its children: a change to them alone would leave the part's version as it was
        em.flush();
        em.lock(p, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        for (ItemDef i : items) {
            if (!parsed.containsKey(i.code()) && !cleanNotes.containsKey(i.code())) {
                continue;
            }
            YearReportValue v = p.value(i.code()).orElseGet(() -> {
                YearReportValue n = new YearReportValue(p, i.code());
                p.getValues().add(n);
                return n;
            });
            v.typed(parsed.containsKey(i.code()) ? parsed.get(i.code()) : v.getAmount(),
                    cleanNotes.containsKey(i.code()) ? cleanNotes.get(i.code()) : v.getNote());
        }
    }

    /**
     * Attaches evidence (a scan, a photo: JPG, PNG or PDF of at most 5 MB, {@link AttachmentRules}) to a typed item of
     * a part not yet submitted, replacing the one attached before. A secretary only for his branch. Audited.
     */
    public PartView attach(int year, long branchId, String code, String fileName, byte[] content) {
        requireFill(branchId);
        String name = Input.requireSingleLine(code, "文件名", fileName);
        AttachmentRules.problem(name, content).ifPresent(problem -> {
            throw new BusinessException(code, problem);
        });
        ItemDef item = templates.items(year).stream().filter(i -> i.code().equals(code) && i.source() == ItemSource.TYPED)
                .findFirst().orElseThrow(() -> new BusinessException(code, "只有填报项可附证明材料"));
        YearReportPart p = ensurePart(year, branchId);
        checkOpen(p, code);
        YearReportValue v = p.value(item.code()).orElseGet(() -> {
            YearReportValue n = new YearReportValue(p, item.code());
            p.getValues().add(n);
            return n;
        });
        String was = v.getAttachmentName();
        String stored = name.length() > 200 ? name.substring(0, 200) : name;
        v.attach(stored, content);
        em.flush();
        em.lock(p, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.event(AuditAction.UPDATE, p.auditType(), p.getId(), year + "年 " + partNames().get(branchId) + " 统计表附证明材料 "
                + item.label() + "：" + stored + "（" + content.length + " 字节）", was == null ? null : "替换原附件：" + was, null);
        return part(year, branchId);
    }

    /** An attached evidence file as it is downloaded. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * The evidence file of a part's item: a secretary only his branch's, the leader and ADMIN any part's. Empty when
     * nothing is attached.
     */
    public Optional<Attachment> attachment(int year, long branchId, String code) {
        requireFill(branchId);
        return report(year).flatMap(r -> r.part(branchId)).flatMap(p -> p.value(code))
                .filter(v -> v.getAttachmentName() != null && v.getAttachment() != null)
                .map(v -> new Attachment(v.getAttachmentName(), Optional.ofNullable(AttachmentRules.contentType(v.getAttachmentName()))
                        .orElse("application/octet-stream"), v.getAttachment()));
    }

    /** Submits a part: checks the figures against each other, stores the record's figures with their evidence. */
    public PartView submit(int year, long branchId, long expectedVersion) {
        requireFill(branchId);
        YearReportPart p = ensurePart(year, branchId);
        checkVersion(expectedVersion, p.getVersion(), "本支部的统计表");
        checkOpen(p, null);
        PartView live = part(year, branchId);
        Map<String, String> problems = YearReportRules.contradictions(templates.items(year), live.amounts());
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new BusinessException(first.getKey(), first.getValue());
        }
        freezeRecords(p, live);
        p.submit(Times.now(), me());
        em.flush();
        audit.event(AuditAction.REVIEW, p.auditType(), p.getId(), year + "年 " + partNames().get(branchId) + " 提交统计表",
                live.amounts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().toPlainString())
                        .collect(Collectors.joining("，")), null);
        return part(year, branchId);
    }

    private static void freezeRecords(YearReportPart p, PartView live) {
        for (Cell c : live.cells()) {
            if (c.fromRecord()) {
                YearReportValue v = p.value(c.item().code()).orElseGet(() -> {
                    YearReportValue n = new YearReportValue(p, c.item().code());
                    p.getValues().add(n);
                    return n;
                });
                v.fromRecord(c.amount(), c.evidenceRoute(), c.evidence());
            }
        }
    }

    /** The leader returns a submitted part to its branch (before confirming), with a reason. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public void returnPart(int year, long branchId, String reason) {
        YearReportPart p = report(year).flatMap(r -> r.part(branchId)).orElseThrow(() -> new BusinessException("该部分尚未提交"));
        if (p.getReport().isConfirmed()) {
            throw new BusinessException(MSG_CONFIRMED);
        }
        String why = requireReason(reason, "退回须填写原因");
        p.reopen();
        em.flush();
        audit.event(AuditAction.UPDATE, p.auditType(), p.getId(), year + "年 " + partNames().get(branchId) + " 统计表退回", null, why);
    }

    /** The leader confirms the year's report once every part is submitted: it locks. */
    @RolesAllowed(Role.Names.LEADER)
    public void confirm(int year, long expectedVersion) {
        YearReport r = report(year).orElseThrow(() -> new BusinessException("该年度尚未填报"));
        checkVersion(expectedVersion, r.getVersion(), "统计表");
        if (r.isConfirmed()) {
            throw new BusinessException("统计表已确认");
        }
        List<String> missing = new ArrayList<>();
        partNames().forEach((b, name) -> {
            if (r.part(b).map(p -> !p.isSubmitted()).orElse(true)) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new BusinessException("尚未提交：" + String.join("、", missing));
        }
        Map<String, Object> before = r.auditState();
        r.confirm(Times.now(), me());
        em.flush();
        audit.updated(before, r, "确认 " + year + " 年度党建工作统计表");
    }

    /**
     * The leader corrects typed figures of a part of a confirmed report: a reason is required; the figures as they
     * stood are kept as a revision (who, when, why).
     */
    @RolesAllowed(Role.Names.LEADER)
    public void correct(int year, long branchId, long expectedVersion, Map<String, String> typed, Map<String, String> notes,
                        String reason) {
        YearReport r = report(year).orElseThrow(() -> new BusinessException("该年度尚未填报"));
        if (!r.isConfirmed()) {
            throw new BusinessException("统计表尚未确认，请直接修改");
        }
        String why = requireReason(reason, MSG_REASON);
        YearReportPart p = r.part(branchId).orElseThrow(() -> new BusinessException("该部分不存在"));
        checkVersion(expectedVersion, p.getVersion(), "本支部的统计表");
        String snapshot = r.getParts().stream().flatMap(x -> x.amounts().entrySet().stream()
                        .map(e -> x.getBranchId() + "/" + e.getKey() + "=" + e.getValue().toPlainString()))
                .collect(Collectors.joining("\n"));
        Map<String, Object> before = p.auditState();
        apply(year, p, typed, notes);
        int no = r.nextRevision();
        em.persist(new YearReportRevision(r.getId(), no, Times.now(), me(), why, snapshot));
        em.flush();
        audit.updated(before, p, "更正（第 " + no + " 次）：" + why);
    }

    private static String requireReason(String reason, String message) {
        String why = Input.requireSingleLine("reason", "原因", reason);
        if (why == null || why.isBlank()) {
            throw new BusinessException("reason", message);
        }
        if (why.length() > 1000) {
            throw new BusinessException("reason", "原因过长");
        }
        return why;
    }
}
