package cn.fuwukuaiche.partylife.meeting.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.board.BoardChanged;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.entity.Attendance;
import cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingAttachment;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingRevision;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingStatus;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A meeting's life: the branch's secretary (or ADMIN/LEADER) plans it, records attendance person by person, the
 * minutes and attachments, and submits; a submitted record changes only with a reason and keeps the earlier version.
 * Members see their own branch's and group's meetings and their make-ups (补学). Every change is audited; a plan and a
 * submitted (or corrected) record refresh the display screens' 本月组织生活 ({@link BoardChanged}); every
 * refusal is a {@link BusinessException} naming its field, and rolls everything back.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY, Role.Names.STAFF})
public class MeetingService {

    public static final String MSG_OTHER_BRANCH = "您只能管理本支部的组织生活";
    public static final String MSG_LOCKED = "记录已提交，修改须填写原因（原记录将留痕）";
    /** Photos and the scanned attendance sheet: 5 MB a file. */
    public static final long MAX_ATTACHMENT_BYTES = 5L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgDirectory org;

    @Inject
    MembershipKeeper memberships;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audit;

    /** The screens' 本月组织生活 panel (MeetingBoard): refreshed after a plan or a submitted record commits. */
    @Inject
    Event<BoardChanged> board;

    @Resource
    SessionContext context;

    // ---- who may do what --------------------------------------------------------------------------

    private boolean seesAll() {
        return context.isCallerInRole(Role.Names.ADMIN) || context.isCallerInRole(Role.Names.LEADER);
    }

    private Optional<UserAccount> me() {
        return currentUser.account();
    }

    /** The branches the caller manages: all for ADMIN and LEADER, his own for a secretary, none for others. */
    public List<Branch> managedBranches() {
        if (seesAll()) {
            return org.branches();
        }
        Long b = context.isCallerInRole(Role.Names.SECRETARY) ? me().map(UserAccount::getBranchId).orElse(null) : null;
        return b == null ? List.of() : org.branch(b).stream().toList();
    }

    public boolean manages(long branchId) {
        return managedBranches().stream().anyMatch(b -> b.getId() == branchId);
    }

    /** Refuses, on {@code field}, a branch the caller does not manage (also {@link MeetingAttendanceService}'s check). */
    public void requireManage(long branchId, String field) {
        if (!manages(branchId)) {
            throw new BusinessException(field, MSG_OTHER_BRANCH);
        }
    }

    // ---- reading ----------------------------------------------------------------------------------

    public List<MeetingKind> kinds() {
        return em.createQuery("select k from MeetingKind k order by k.sortOrder", MeetingKind.class).getResultList();
    }

    /** The kinds a branch holds (central or joint). */
    public List<MeetingKind> kindsFor(Branch branch) {
        boolean central = branch.getKind() == cn.fuwukuaiche.org.entity.BranchKind.CENTRAL;
        return kinds().stream().filter(k -> k.appliesTo(central)).toList();
    }

    /** A managed branch's meetings of the year, latest first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<PartyMeeting> meetings(long branchId, int year) {
        requireManage(branchId, "branch");
        return em.createQuery("select m from PartyMeeting m where m.branchId = :b and m.startsAt >= :f and m.startsAt < :t "
                        + "order by m.startsAt desc", PartyMeeting.class).setParameter("b", branchId)
                .setParameter("f", LocalDate.of(year, 1, 1).atStartOfDay()).setParameter("t", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public PartyMeeting meeting(long id) {
        PartyMeeting m = em.find(PartyMeeting.class, id);
        if (m == null) {
            throw new BusinessException("该会议不存在");
        }
        requireManage(m.getBranchId(), "branch");
        return m;
    }

    /** 应到 of a meeting: the members of its branch (or group) on its day, by staff number. */
    public List<Staff> expected(PartyMeeting m) {
        return expected(m.getBranchId(), m.getPartyGroupId(), m.getStartsAt().toLocalDate());
    }

    List<Staff> expected(long branchId, Long groupId, LocalDate day) {
        Set<Long> ids = CadenceRules.expected(memberships.on(branchId, day), branchId, groupId, day);
        return ids.stream().map(org::staff).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(Staff::getStaffNo)).toList();
    }

    /** Id → name of the people a page shows (hosts, recorders, attendees). */
    public Map<Long, String> names() {
        Map<Long, String> m = new HashMap<>();
        org.activeStaff().forEach(s -> m.put(s.getId(), s.getName()));
        return m;
    }

    public String name(Long staffId) {
        return staffId == null ? "" : org.staff(staffId).map(Staff::getName).orElse("#" + staffId);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<MeetingAttachment> attachments(long meetingId) {
        meeting(meetingId);
        return em.createQuery("select a from MeetingAttachment a where a.meetingId = :m order by a.id", MeetingAttachment.class)
                .setParameter("m", meetingId).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public List<MeetingRevision> revisions(long meetingId) {
        meeting(meetingId);
        return em.createQuery("select r from MeetingRevision r where r.meetingId = :m order by r.revision", MeetingRevision.class)
                .setParameter("m", meetingId).getResultList();
    }

    // ---- planning ---------------------------------------------------------------------------------

    /** What the secretary plans. */
    public record PlanForm(Long kindId, Long branchId, Long partyGroupId, LocalDateTime startsAt, String place, Long hostStaffId,
                           Long recorderStaffId, String agenda, String lecturer, String topic) {
    }

    /** Plans a meeting ({@code id} null) or changes a planned one. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public PartyMeeting plan(Long id, long expectedVersion, PlanForm f) {
        if (f.branchId() == null) {
            throw new BusinessException("branch", "请选择支部");
        }
        requireManage(f.branchId(), "branch");
        Branch branch = org.branch(f.branchId()).orElseThrow(() -> new BusinessException("branch", "所选支部不存在"));
        MeetingKind kind = f.kindId() == null ? null : em.find(MeetingKind.class, f.kindId());
        if (kind == null) {
            throw new BusinessException("kind", "请选择会议类型");
        }
        if (!kindsFor(branch).contains(kind)) {
            throw new BusinessException("kind", branch.getName() + "不召开" + kind.getName());
        }
        Long group = null;
        if (kind.isPerGroup()) {
            PartyGroup g = f.partyGroupId() == null ? null : org.partyGroups().stream()
                    .filter(x -> x.getId().equals(f.partyGroupId())).findFirst().orElse(null);
            if (g == null || !g.getBranch().getId().equals(branch.getId())) {
                throw new BusinessException("partyGroup", "请选择本支部的党小组");
            }
            group = g.getId();
        }
        if (f.startsAt() == null) {
            throw new BusinessException("startsAt", "请填写会议时间");
        }
        Input.requireDate("startsAt", "会议日期", f.startsAt().toLocalDate(), Times.today().minusYears(2), Times.today().plusYears(1));
        String place = Input.requireSingleLine("place", "地点", f.place());
        if (place == null) {
            throw new BusinessException("place", "请填写地点");
        }
        if (place.length() > 100) {
            throw new BusinessException("place", "地点最多 100 个字");
        }
        String agenda = Input.requireMultiLine("agenda", "议程", f.agenda());
        if (agenda != null && agenda.length() > 1000) {
            throw new BusinessException("agenda", "议程最多 1000 个字");
        }
        String lecturer = kind.isLecture() ? Input.requireSingleLine("lecturer", "授课人", f.lecturer()) : null;
        String topic = kind.isLecture() ? Input.requireSingleLine("topic", "党课主题", f.topic()) : null;
        if (kind.isLecture() && lecturer == null) {
            throw new BusinessException("lecturer", "党课须填写授课人");
        }
        if (kind.isLecture() && topic == null) {
            throw new BusinessException("topic", "党课须填写主题");
        }
        if ((lecturer != null && lecturer.length() > 64) || (topic != null && topic.length() > 200)) {
            throw new BusinessException(lecturer != null && lecturer.length() > 64 ? "lecturer" : "topic", "内容过长");
        }
        Set<Long> members = expected(branch.getId(), null, f.startsAt().toLocalDate()).stream().map(Staff::getId)
                .collect(Collectors.toSet());
        checkPerson("host", "主持人", f.hostStaffId(), members);
        checkPerson("recorder", "记录人", f.recorderStaffId(), members);

        PartyMeeting m;
        Map<String, Object> before = null;
        if (id == null) {
            m = new PartyMeeting(kind, branch.getId(), group, f.startsAt(), place);
            em.persist(m);
        } else {
            m = meeting(id);
            if (m.getVersion() != expectedVersion) {
                throw new OptimisticLockException("会议已被他人修改");
            }
            if (m.isSubmitted()) {
                throw new BusinessException("startsAt", "会议记录已提交，不能再改计划");
            }
            before = m.auditState();
            m.setKind(kind);
            m.setPartyGroupId(group);
            m.setStartsAt(f.startsAt());
            m.setPlace(place);
        }
        m.setHostStaffId(f.hostStaffId());
        m.setRecorderStaffId(f.recorderStaffId());
        m.setAgenda(agenda);
        m.setLecturer(lecturer);
        m.setTopic(topic);
        em.flush();
        if (before == null) {
            audit.created(m, null);
        } else {
            audit.updated(before, m, null);
        }
        board.fire(BoardChanged.of("partylife.meeting.planned")); // the branch's next meeting on the screens
        return m;
    }

    private static void checkPerson(String field, String label, Long staffId, Set<Long> members) {
        if (staffId != null && !members.contains(staffId)) {
            throw new BusinessException(field, label + "须是本支部当日的党员");
        }
    }

    // ---- recording --------------------------------------------------------------------------------

    /** One person's attendance as the secretary records it. */
    public record AttendanceLine(Long staffId, AttendanceStatus status, String reason) {
    }

    /** What the secretary records after the meeting. */
    public record RecordForm(List<AttendanceLine> attendance, String minutes, String resolutions) {
    }

    /**
     * Saves the record of a held meeting; {@code submit} locks it. A submitted record changes only with
     * {@code reason}: the earlier version is kept as a {@link MeetingRevision}. Refused: a meeting still in the future,
     * attendance for someone who was not a member of the branch (group) that day, anyone expected left out, 请假
     * without a reason.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public PartyMeeting record(long id, long expectedVersion, RecordForm f, boolean submit, String reason) {
        PartyMeeting m = meeting(id);
        if (m.getVersion() != expectedVersion) {
            throw new OptimisticLockException("会议已被他人修改");
        }
        String why = Input.requireSingleLine("reason", "修改原因", reason);
        if (m.isSubmitted() && why == null) {
            throw new BusinessException("reason", MSG_LOCKED);
        }
        if (m.getStartsAt().isAfter(Times.now())) {
            throw new BusinessException("startsAt", "会议尚未召开（" + Times.format(m.getStartsAt()) + "），不能记录出席和纪要");
        }
        Set<Long> expected = expected(m).stream().map(Staff::getId).collect(Collectors.toSet());
        Map<Long, AttendanceLine> lines = new LinkedHashMap<>();
        for (AttendanceLine l : f.attendance() == null ? List.<AttendanceLine>of() : f.attendance()) {
            if (l.staffId() == null || !expected.contains(l.staffId())) {
                throw new BusinessException("attendance", (l.staffId() == null ? "有人" : name(l.staffId()))
                        + "不是本支部（党小组）会议当日的党员，不能记录出席");
            }
            if (l.status() == null) {
                throw new BusinessException("attendance", "请为" + name(l.staffId()) + "选择出席、请假或缺席");
            }
            String r = Input.requireSingleLine("attendance", "请假原因", l.reason());
            if (l.status() == AttendanceStatus.EXCUSED && r == null) {
                throw new BusinessException("attendance", name(l.staffId()) + "请假须填写原因");
            }
            if (r != null && r.length() > 200) {
                throw new BusinessException("attendance", "请假原因最多 200 个字");
            }
            lines.put(l.staffId(), new AttendanceLine(l.staffId(), l.status(), l.status() == AttendanceStatus.PRESENT ? null : r));
        }
        Set<Long> missing = new HashSet<>(expected);
        missing.removeAll(lines.keySet());
        if (!missing.isEmpty()) {
            throw new BusinessException("attendance", "还有 " + missing.size() + " 名应到党员未记录出席情况（如 "
                    + name(missing.iterator().next()) + "）");
        }
        String minutes = Input.requireMultiLine("minutes", "会议纪要", f.minutes());
        String resolutions = Input.requireMultiLine("resolutions", "决议", f.resolutions());
        if (submit && minutes == null) {
            throw new BusinessException("minutes", "提交前请填写会议纪要");
        }
        if (minutes != null && minutes.length() > 20000) {
            throw new BusinessException("minutes", "会议纪要最多 20000 个字");
        }
        Map<String, Object> before = m.auditState();
        if (m.isSubmitted()) {
            em.persist(new MeetingRevision(m.getId(), m.getRevision() + 1, why, earlier(before), Times.now(),
                    currentUser.username().orElse("?")));
            m.revised();
        }
        Map<Long, Attendance> existing = new HashMap<>();
        m.getAttendance().forEach(a -> existing.put(a.getStaffId(), a));
        m.getAttendance().removeIf(a -> !lines.containsKey(a.getStaffId()));
        for (AttendanceLine l : lines.values()) {
            Attendance a = existing.get(l.staffId());
            if (a == null) {
                m.getAttendance().add(new Attendance(m, l.staffId(), l.status(), l.reason()));
            } else {
                a.setStatus(l.status());
                a.setReason(l.reason());
            }
        }
        m.setMinutes(minutes);
        m.setResolutions(resolutions);
        boolean submitting = submit && !m.isSubmitted();
        if (submitting) {
            m.submitted(Times.now(), currentUser.username().orElse("?"));
        }
        em.flush();
        if (m.isSubmitted()) {
            makeUps(m);
        }
        audit.updated(before, m, why);
        if (submitting) {
            audit.event(AuditAction.UPDATE, m.auditType(), m.getId(), "提交会议记录：" + m.auditLabel() + "，应到 " + expected.size()
                    + " 人，出席 " + m.count(AttendanceStatus.PRESENT) + " 人", null, null);
        }
        if (m.isSubmitted()) { // held (or corrected): the screens' count of the month
            board.fire(BoardChanged.of(submitting ? "partylife.meeting.submitted" : "partylife.meeting.corrected"));
        }
        return m;
    }

    private static String earlier(Map<String, Object> state) {
        return state.entrySet().stream().map(e -> e.getKey() + "：" + Objects.toString(e.getValue(), ""))
                .collect(Collectors.joining("\n"));
    }

    /** The absent and excused of a kind that requires it get a make-up; one no longer absent loses an open one. */
    private void makeUps(PartyMeeting m) {
        if (!m.getKind().isMakeUp()) {
            return;
        }
        Map<Long, MakeUp> have = new HashMap<>();
        em.createQuery("select u from MakeUp u where u.meeting = :m", MakeUp.class).setParameter("m", m).getResultList()
                .forEach(u -> have.put(u.getStaffId(), u));
        for (Attendance a : m.getAttendance()) {
            boolean owes = a.getStatus() != AttendanceStatus.PRESENT;
            MakeUp u = have.get(a.getStaffId());
            if (owes && u == null) {
                em.persist(new MakeUp(m, a.getStaffId()));
            } else if (!owes && u != null && !u.isDone()) {
                em.remove(u);
            }
        }
    }

    /** Adds a photo or the scanned sign-in sheet (JPG, PNG or PDF, at most {@link #MAX_ATTACHMENT_BYTES}). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public MeetingAttachment attach(long meetingId, String fileName, String contentType, byte[] content) {
        PartyMeeting m = meeting(meetingId);
        if (m.isSubmitted()) {
            throw new BusinessException("attachments", "记录已提交，不能再添加附件");
        }
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            throw new BusinessException("attachments", "附件须为 5 MB 以内的图片或 PDF");
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (!type.equals("image/jpeg") && !type.equals("image/png") && !type.equals("application/pdf")) {
            throw new BusinessException("attachments", "附件只能是 JPG、PNG 图片或 PDF 扫描件");
        }
        String name = Input.requireSingleLine("attachments", "文件名", fileName);
        MeetingAttachment a = new MeetingAttachment(m.getId(), name == null ? "附件" : name.length() > 200 ? name.substring(0, 200) : name,
                type, content, Times.now());
        em.persist(a);
        audit.event(AuditAction.CREATE, m.auditType(), m.getId(), "上传附件：" + a.getFileName() + "（" + m.auditLabel() + "）", null, null);
        return a;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
    public byte[] attachmentContent(long attachmentId) {
        MeetingAttachment a = em.find(MeetingAttachment.class, attachmentId);
        if (a == null) {
            throw new BusinessException("该附件不存在");
        }
        meeting(a.getMeetingId());
        return a.getContent();
    }
}
