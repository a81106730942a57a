package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.ui.QueryNumbers;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.control.MeetingService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingService.AttendanceLine;
import cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingAttachment;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingRevision;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.org.control.OrgDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import cn.fuwukuaiche.security.control.PersonNames;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.Dependent;

/**
 * 会议管理: the secretary's (and the leader's) list of a branch's meetings in a year; 计划会议 opens the plan dialog,
 * 记录 the record of a held meeting (attendance person by person, minutes, resolutions, photos and the signed sheet),
 * 提交 locks it; a submitted record is corrected only with a reason.
 */
@Dependent
@Route("party-life/meetings")
@PageTitle("组织生活 · 服务快车")
@Menu(title = "partylife.meeting.menu.meetings", order = 66, icon = "vaadin:group")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class MeetingsView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    private final MeetingService service;
    private final OrgDirectory org;
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Grid<PartyMeeting> grid = new Grid<>();
    private Map<Long, String> names = Map.of();
    /** ?kind=LECTURE (&leaders=1): the records behind a figure of the yearly report, see {@link #beforeEnter}. */
    private String kindFilter;
    private java.util.Set<String> leaderFilter;
    private final com.vaadin.flow.component.html.Span filterNote = new com.vaadin.flow.component.html.Span();
    @Inject
    cn.fuwukuaiche.partylife.meeting.control.MeetingYearFigures lectureFigures;

    private final PersonNames people;

    @Inject
    public MeetingsView(MeetingService service, OrgDirectory org, PersonNames people) {
        this.service = service;
        this.org = org;
        this.people = people;
        addClassName("meetings-view");
        BranchYear.setUp(branch, "meetings-branch", service.managedBranches(), year, this::refresh);
        Button plan = new Button(getTranslation("partylife.meeting.plan"), VaadinIcon.PLUS.create(), e -> plan(null));
        plan.setId("plan-meeting");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("meetings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(m -> Times.format(m.getStartsAt()).substring(0, 16)).setHeader(getTranslation("partylife.meeting.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.getKind().getName() + (m.getPartyGroupId() == null ? "" : "（" + groupName(m.getPartyGroupId()) + "）"))
                .setHeader(getTranslation("partylife.meeting.kind")).setAutoWidth(true);
        grid.addColumn(PartyMeeting::getPlace).setHeader(getTranslation("partylife.meeting.place")).setAutoWidth(true);
        grid.addColumn(m -> names.getOrDefault(m.getHostStaffId(), "")).setHeader(getTranslation("partylife.meeting.host")).setAutoWidth(true);
        grid.addColumn(m -> m.getStatus().label() + (m.getRevision() > 0 ? getTranslation("partylife.meeting.revised", m.getRevision()) : ""))
                .setHeader(getTranslation("partylife.meeting.status")).setAutoWidth(true);
        grid.addColumn(m -> m.getAttendance().isEmpty() ? "" : getTranslation("partylife.meeting.counts", m.getAttendance().size(),
                        m.count(AttendanceStatus.PRESENT), m.count(AttendanceStatus.EXCUSED), m.count(AttendanceStatus.ABSENT)))
                .setHeader(getTranslation("partylife.meeting.attendance")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            HorizontalLayout actions = new HorizontalLayout();
            if (!m.isSubmitted()) {
                Button edit = new Button(getTranslation("partylife.meeting.editPlan"), e -> plan(m));
                edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                edit.setId("plan-" + m.getId());
                actions.add(edit);
            }
            Button record = new Button(getTranslation(m.isSubmitted() ? "partylife.meeting.correct" : "partylife.meeting.record"),
                    e -> record(m));
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.setId("record-" + m.getId());
            record.addClassName("record-" + m.getKind().getCode() + "-" + m.getStartsAt().toLocalDate());
            actions.add(record);
            return actions;
        }).setHeader(getTranslation("partylife.meeting.actions")).setAutoWidth(true);

        HorizontalLayout bar = new HorizontalLayout(branch, year, plan);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H2(getTranslation("partylife.meeting.title")), bar, grid);
        setSizeFull();
        refresh();
    }

    private String groupName(Long id) {
        return org.partyGroups().stream().filter(g -> g.getId().equals(id)).map(PartyGroup::getName).findFirst().orElse("");
    }

    private void refresh() {
        names = service.names();
        if (branch.getValue() == null || year.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        List<PartyMeeting> list = service.meetings(branch.getValue().getId(), year.getValue());
        if (kindFilter != null) {
            list = list.stream().filter(m -> m.getKind().getCode().equals(kindFilter) && m.isSubmitted()
                    && (leaderFilter == null || cn.fuwukuaiche.partylife.meeting.control.LectureLeaders.byLeader(m.getLecturer(), leaderFilter)))
                    .toList();
        }
        grid.setItems(list);
    }

    /** {@code ?branch=3&year=2026&kind=LECTURE&leaders=1}: the held 党课 (by 领导班子成员) behind a yearly-report figure. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var q = event.getLocation().getQueryParameters();
        q.getSingleParameter("branch").ifPresent(b -> branch.getListDataView().getItems()
                .filter(x -> String.valueOf(x.getId()).equals(b)).findFirst().ifPresent(branch::setValue));
        QueryNumbers.integer(q, "year").ifPresent(year::setValue);
        kindFilter = q.getSingleParameter("kind").orElse(null);
        leaderFilter = kindFilter != null && q.getSingleParameter("leaders").isPresent() ? lectureFigures.leaderNames() : null;
        if (kindFilter != null) {
            String kindName = service.kinds().stream().filter(k -> k.getCode().equals(kindFilter)).map(k -> k.getName())
                    .findFirst().orElse(kindFilter);
            filterNote.setText(getTranslation(leaderFilter == null ? "partylife.meeting.filtered" : "partylife.meeting.filteredLeaders", kindName));
            filterNote.setId("meetings-filter");
            if (filterNote.getParent().isEmpty()) {
                addComponentAtIndex(2, filterNote);
            }
        }
        refresh();
    }

    // ---- plan -------------------------------------------------------------------------------------

    private void plan(PartyMeeting m) {
        Branch b = branch.getValue();
        if (b == null) {
            return;
        }
        EditDialog dialog = new EditDialog(getTranslation(m == null ? "partylife.meeting.plan" : "partylife.meeting.editPlan"),
                getTranslation("action.save"), "plan-save");
        EntityForm form = dialog.form();
        ComboBox<MeetingKind> kind = form.field("kind", new ComboBox<>(getTranslation("partylife.meeting.kind")));
        kind.setId("plan-kind");
        kind.setItems(service.kindsFor(b));
        kind.setItemLabelGenerator(MeetingKind::getName);
        ComboBox<PartyGroup> group = form.field("partyGroup", new ComboBox<>(getTranslation("partylife.meeting.group")));
        group.setId("plan-group");
        group.setItems(org.partyGroups().stream().filter(g -> g.getBranch().getId().equals(b.getId())).toList());
        group.setItemLabelGenerator(PartyGroup::getName);
        DatePicker date = form.field("startsAt", new DatePicker(getTranslation("partylife.meeting.date")));
        date.setId("plan-date");
        date.setI18n(ChineseDates.i18n());
        TimePicker time = form.field("time", new TimePicker(getTranslation("partylife.meeting.time")));
        time.setId("plan-time");
        TextField place = form.field("place", new TextField(getTranslation("partylife.meeting.place")));
        place.setId("plan-place");
        List<Staff> members = org.partyMembers(b.getId());
        ComboBox<Staff> host = form.field("host", new ComboBox<>(getTranslation("partylife.meeting.host")));
        host.setItems(members);
        host.setItemLabelGenerator(Staff::getName);
        ComboBox<Staff> recorder = form.field("recorder", new ComboBox<>(getTranslation("partylife.meeting.recorder")));
        recorder.setItems(members);
        recorder.setItemLabelGenerator(Staff::getName);
        TextArea agenda = form.field("agenda", new TextArea(getTranslation("partylife.meeting.agenda")));
        agenda.setId("plan-agenda");
        TextField lecturer = form.field("lecturer", new TextField(getTranslation("partylife.meeting.lecturer")));
        TextField topic = form.field("topic", new TextField(getTranslation("partylife.meeting.topic")));
        kind.addValueChangeListener(e -> {
            boolean lecture = e.getValue() != null && e.getValue().isLecture();
            lecturer.setVisible(lecture);
            topic.setVisible(lecture);
            group.setVisible(e.getValue() != null && e.getValue().isPerGroup());
        });
        if (m == null) {
            date.setValue(Times.today());
            time.setValue(LocalTime.of(9, 0));
            host.setValue(b.getSecretary());
            lecturer.setVisible(false);
            topic.setVisible(false);
            group.setVisible(false);
        } else {
            kind.setValue(m.getKind());
            group.getListDataView().getItems().filter(g -> g.getId().equals(m.getPartyGroupId())).findFirst().ifPresent(group::setValue);
            date.setValue(m.getStartsAt().toLocalDate());
            time.setValue(m.getStartsAt().toLocalTime());
            place.setValue(m.getPlace());
            members.stream().filter(s -> s.getId().equals(m.getHostStaffId())).findFirst().ifPresent(host::setValue);
            members.stream().filter(s -> s.getId().equals(m.getRecorderStaffId())).findFirst().ifPresent(recorder::setValue);
            agenda.setValue(m.getAgenda() == null ? "" : m.getAgenda());
            lecturer.setValue(m.getLecturer() == null ? "" : m.getLecturer());
            topic.setValue(m.getTopic() == null ? "" : m.getTopic());
        }
        dialog.onSave(() -> {
            if (date.getValue() == null || time.getValue() == null) {
                throw new BusinessException(date.getValue() == null ? "startsAt" : "time", Messages.t("partylife.meeting.whenMissing"));
            }
            service.plan(m == null ? null : m.getId(), m == null ? 0 : m.getVersion(), new MeetingService.PlanForm(
                    kind.getValue() == null ? null : kind.getValue().getId(), b.getId(),
                    group.getValue() == null ? null : group.getValue().getId(), date.getValue().atTime(time.getValue()), place.getValue(),
                    host.getValue() == null ? null : host.getValue().getId(), recorder.getValue() == null ? null : recorder.getValue().getId(),
                    agenda.getValue(), lecturer.getValue(), topic.getValue()));
            EntityForm.saved(getTranslation("partylife.meeting.planned"));
            refresh();
        });
        dialog.open();
    }

    // ---- record -----------------------------------------------------------------------------------

    private void record(PartyMeeting row) {
        PartyMeeting m = service.meeting(row.getId());
        // one form with two ways to save: the draft, and the submit (or a submitted record's correction)
        EditDialog dialog = new EditDialog(getTranslation("partylife.meeting.recordTitle", m.getKind().getName(),
                Times.format(m.getStartsAt()).substring(0, 16)),
                getTranslation(m.isSubmitted() ? "partylife.meeting.saveCorrection" : "partylife.meeting.submit"), "record-submit");
        dialog.setWidth("900px");
        List<Staff> expected = service.expected(m);
        Map<Long, RadioButtonGroup<AttendanceStatus>> statuses = new HashMap<>();
        Map<Long, TextField> reasons = new HashMap<>();
        VerticalLayout people = new VerticalLayout();
        people.setId("record-people");
        people.setPadding(false);
        people.setSpacing(false);
        Span expectedLine = new Span(getTranslation("partylife.meeting.expected", expected.size()));
        expectedLine.setId("record-expected");
        for (Staff s : expected) {
            RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>();
            status.setItems(AttendanceStatus.values());
            status.setItemLabelGenerator(AttendanceStatus::label);
            status.setId("att-" + s.getId());
            TextField reason = new TextField();
            reason.setPlaceholder(getTranslation("partylife.meeting.excuseReason"));
            reason.setId("att-reason-" + s.getId());
            m.getAttendance().stream().filter(a -> a.getStaffId().equals(s.getId())).findFirst().ifPresent(a -> {
                status.setValue(a.getStatus());
                reason.setValue(a.getReason() == null ? "" : a.getReason());
            });
            statuses.put(s.getId(), status);
            reasons.put(s.getId(), reason);
            Span name = new Span(s.getName());
            name.setWidth("7em");
            HorizontalLayout line = new HorizontalLayout(name, status, reason);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            people.add(line);
        }
        Button allPresent = new Button(getTranslation("partylife.meeting.allPresent"), e -> statuses.values().forEach(r -> {
            if (r.getValue() == null) {
                r.setValue(AttendanceStatus.PRESENT);
            }
        }));
        allPresent.setId("att-all-present");
        allPresent.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FieldMessage attendanceError = new FieldMessage("record-attendance-error");
        FieldMessage whenError = new FieldMessage("record-when-error");
        TextArea minutes = new TextArea(getTranslation("partylife.meeting.minutes"));
        minutes.setId("record-minutes");
        minutes.setWidthFull();
        minutes.setValue(m.getMinutes() == null ? "" : m.getMinutes());
        TextArea resolutions = new TextArea(getTranslation("partylife.meeting.resolutions"));
        resolutions.setId("record-resolutions");
        resolutions.setWidthFull();
        resolutions.setValue(m.getResolutions() == null ? "" : m.getResolutions());
        FieldMessage attachError = new FieldMessage("record-attach-error");
        Span attached = new Span(getTranslation("partylife.meeting.attached", service.attachments(m.getId()).size()));
        attached.setId("record-attached");
        Div attachmentLinks = new Div();
        attachmentLinks.setId("record-attachments");
        showAttachments(m, attachmentLinks);
        Upload upload = new Upload(LimitedUpload.inMemory(MeetingService.MAX_ATTACHMENT_BYTES, (meta, bytes) -> {
            try {
                service.attach(m.getId(), meta.fileName(), meta.contentType(), bytes);
                attached.setText(getTranslation("partylife.meeting.attached", service.attachments(m.getId()).size()));
                showAttachments(m, attachmentLinks);
                attachError.setInvalid(false);
            } catch (BusinessException ex) {
                attachError.setErrorMessage(ex.getMessage());
                attachError.setInvalid(true);
            }
        }, () -> {
            attachError.setErrorMessage(Messages.t("partylife.meeting.attachTooBig"));
            attachError.setInvalid(true);
        }));
        upload.setId("record-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf");
        upload.setMaxFileSize((int) MeetingService.MAX_ATTACHMENT_BYTES);
        upload.setI18n(ChineseUploads.i18n(Messages.t("partylife.meeting.attachAdd"), Messages.t("partylife.meeting.attachTooBig"),
                Messages.t("partylife.meeting.attachWrongType"), 5));
        upload.setVisible(!m.isSubmitted());
        TextField reason = new TextField(getTranslation("partylife.meeting.correctionReason"));
        reason.setId("record-reason");
        reason.setWidthFull();
        reason.setVisible(m.isSubmitted());
        EntityForm form = dialog.form();
        form.bind("minutes", minutes);
        form.bind("resolutions", resolutions);
        form.bind("reason", reason);
        form.mark("attendance", attendanceError);
        form.mark("startsAt", whenError);
        form.mark("attachments", attachError);
        SerializableFunction<Boolean, SerializableRunnable> record = lock -> () -> {
            List<AttendanceLine> lines = new ArrayList<>();
            statuses.forEach((id, r) -> lines.add(new AttendanceLine(id, r.getValue(), reasons.get(id).getValue())));
            service.record(m.getId(), m.getVersion(), new MeetingService.RecordForm(lines, minutes.getValue(), resolutions.getValue()),
                    lock, reason.getValue());
            EntityForm.saved(getTranslation(lock ? "partylife.meeting.submitted" : "partylife.meeting.draftSaved"));
            refresh();
        };
        dialog.alsoSave(getTranslation("partylife.meeting.saveDraft"), "record-save", record.apply(false)).setVisible(!m.isSubmitted());
        dialog.onSave(record.apply(true));
        VerticalLayout body = new VerticalLayout(whenError, expectedLine, allPresent, people, attendanceError, minutes, resolutions,
                attached, attachmentLinks, upload, attachError, revisions(m), reason);
        body.setPadding(false);
        dialog.add(body);
        dialog.open();
    }
    /** One download link a file; the bytes come through {@link MeetingService#attachmentContent}, which checks the branch. */
    private void showAttachments(PartyMeeting m, Div links) {
        links.removeAll();
        for (MeetingAttachment a : service.attachments(m.getId())) {
            long id = a.getId();
            Anchor link = new Anchor(new StreamResource(a.getFileName(), () -> new ByteArrayInputStream(service.attachmentContent(id))),
                    a.getFileName());
            link.getElement().setAttribute("download", true);
            link.addClassName("record-attachment");
            links.add(new Div(link));
        }
    }

    /** The earlier versions of a corrected record: who corrected it, when, and why. */
    private Div revisions(PartyMeeting m) {
        Div list = new Div();
        list.setId("record-revisions");
        List<MeetingRevision> revisions = m.isSubmitted() ? service.revisions(m.getId()) : List.of();
        list.setVisible(!revisions.isEmpty());
        if (!revisions.isEmpty()) {
            list.add(new Span(getTranslation("partylife.meeting.revisions")));
        }
        Map<String, String> who = revisions.isEmpty() ? Map.of() : people.all();
        for (MeetingRevision r : revisions) {
            Div line = new Div(new Span(getTranslation("partylife.meeting.revision", r.getRevision(),
                    Times.format(r.getRevisedAt()).substring(0, 16), PersonNames.in(who, r.getRevisedBy()), r.getReason())));
            line.addClassName("record-revision");
            list.add(line);
        }
        return list;
    }
}
