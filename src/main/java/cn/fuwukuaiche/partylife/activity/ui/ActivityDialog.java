package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.ChineseDates;
import cn.fuwukuaiche.base.ui.ChineseUploads;
import cn.fuwukuaiche.base.ui.EditDialog;
import cn.fuwukuaiche.base.ui.EntityForm;
import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.activity.control.ActivityRules;
import cn.fuwukuaiche.partylife.activity.control.ActivitySeriesService;
import cn.fuwukuaiche.partylife.activity.control.ActivityService;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.ActivityParticipant;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 记录活动 / 编辑活动: series, title, date, place, branch, kind (下基层 days; 公开承诺 due day, result and note), participants
 * from the series' branches and the 领导干部 among them (or from anywhere in the hall), a summary, 大屏展示, and photos —
 * kept in the dialog until 保存, which stores everything or nothing. Every refusal stands beside its field.
 */
class ActivityDialog extends EditDialog {

    private final List<ActivityService.NewPhoto> photos = new ArrayList<>();

    ActivityDialog(ActivityService service, ActivitySeriesService seriesService, Activity a, SerializableRunnable saved) {
        super(Messages.t(a == null ? "partylife.activity.record" : "partylife.activity.edit"), "activity-save");
        setWidth("min(960px, 100vw)");
        EntityForm form = form();
        ComboBox<ActivitySeries> series = form.field("series", new ComboBox<>(getTranslation("partylife.activity.series")));
        series.setId("activity-series");
        List<ActivitySeries> allSeries = seriesService.all();
        series.setItems(allSeries);
        series.setItemLabelGenerator(s -> s.getName() + "（" + s.getPeriodFrom() + " — " + s.getPeriodTo() + "）");
        TextField title = form.field("title", new TextField(getTranslation("partylife.activity.title")));
        title.setId("activity-title");
        title.setMaxLength(100);
        DatePicker date = form.field("heldOn", ChineseDates.picker(getTranslation("partylife.activity.date")));
        date.setId("activity-date");
        TextField place = form.field("place", new TextField(getTranslation("partylife.activity.place")));
        place.setId("activity-place");
        ComboBox<Branch> branch = form.field("branch", new ComboBox<>(getTranslation("partylife.activity.branch")));
        branch.setId("activity-branch");
        List<Branch> branches = service.managedBranches();
        branch.setItems(branches);
        branch.setItemLabelGenerator(Branch::getName);
        ComboBox<ActivityKind> kind = form.field("kind", new ComboBox<>(getTranslation("partylife.activity.kind")));
        kind.setId("activity-kind");
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(ActivityKind::label);
        IntegerField days = form.field("visitDays", new IntegerField(getTranslation("partylife.activity.visitDays")));
        days.setId("activity-days");
        DatePicker due = form.field("pledgeDue", ChineseDates.picker(getTranslation("partylife.activity.pledgeDue")));
        due.setId("activity-pledge-due");
        ComboBox<PledgeResult> result = form.field("pledgeResult", new ComboBox<>(getTranslation("partylife.activity.pledgeResult")));
        result.setId("activity-pledge-result");
        result.setItems(PledgeResult.values());
        result.setItemLabelGenerator(PledgeResult::label);
        result.setClearButtonVisible(true);
        TextField note = form.field("pledgeNote", new TextField(getTranslation("partylife.activity.pledgeNote")));
        note.setId("activity-pledge-note");
        MultiSelectComboBox<Staff> people = form.field("participants",
                new MultiSelectComboBox<>(getTranslation("partylife.activity.participants")));
        people.setId("activity-participants");
        people.setItemLabelGenerator(s -> s.getName() + "（" + s.getStaffNo() + "）");
        MultiSelectComboBox<Staff> leaders = form.field("leaders", new MultiSelectComboBox<>(getTranslation("partylife.activity.leaders")));
        leaders.setId("activity-leaders");
        leaders.setHelperText(getTranslation("partylife.activity.leadersHelp"));
        leaders.setItemLabelGenerator(s -> s.getName() + "（" + s.getStaffNo() + "）");
        form.setColspan(people, 2);
        form.setColspan(leaders, 2);
        TextArea summary = form.field("summary", new TextArea(getTranslation("partylife.activity.summary")));
        summary.setId("activity-summary");
        summary.setMaxLength(1000);
        form.setColspan(summary, 2);
        Checkbox onScreens = new Checkbox(getTranslation("partylife.activity.onScreens"));
        onScreens.setId("activity-on-screens");
        form.add(onScreens);
        TextField photoLine = form.field("photos", new TextField(getTranslation("partylife.activity.photos")));
        photoLine.setId("activity-photos");
        photoLine.setReadOnly(true);
        photoLine.setValue(getTranslation("partylife.activity.photosChosen", a == null ? 0 : service.photos(a.getId()).size(), 0));
        int stored = a == null ? 0 : service.photos(a.getId()).size();
        Upload upload = new Upload(LimitedUpload.inMemory(service.photoMaxBytes(), (meta, bytes) -> {
            ActivityService.NewPhoto p = new ActivityService.NewPhoto(meta.fileName(), bytes);
            try {
                service.checkPhoto(p, stored + photos.size());
                photos.add(p);
                photoLine.setValue(getTranslation("partylife.activity.photosChosen", stored, photos.size()));
                photoLine.setInvalid(false);
            } catch (BusinessException ex) {
                form.showBeside(ex);
            }
        }, () -> {
            photoLine.setErrorMessage(getTranslation("partylife.activity.photoTooBig"));
            photoLine.setInvalid(true);
        }));
        upload.setId("activity-upload");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize((int) service.photoMaxBytes());
        upload.setI18n(ChineseUploads.i18n(getTranslation("partylife.activity.photoAdd"), getTranslation("partylife.activity.photoTooBig"),
                getTranslation("partylife.activity.photoWrongType"), 9));
        form.add(upload);
        form.setColspan(upload, 2);

        Map<Long, Staff> hall = new LinkedHashMap<>();
        Runnable rosterFor = () -> {
            ActivitySeries s = series.getValue();
            Set<Long> kept = people.getValue().stream().map(Staff::getId).collect(Collectors.toSet());
            List<Staff> roster = s == null ? List.of() : service.roster(s);
            people.setItems(roster);
            people.setValue(roster.stream().filter(x -> kept.contains(x.getId())).collect(Collectors.toSet()));
        };
        service.hallStaff().forEach(s -> hall.put(s.getId(), s));
        leaders.setItems(hall.values());
        series.addValueChangeListener(e -> rosterFor.run());
        Runnable kindFields = () -> {
            ActivityKind k = kind.getValue();
            days.setVisible(k == ActivityKind.VISIT);
            boolean pledge = k == ActivityKind.PLEDGE;
            due.setVisible(pledge);
            result.setVisible(pledge);
            note.setVisible(pledge);
        };
        kind.addValueChangeListener(e -> kindFields.run());
        if (a == null) {
            date.setValue(Times.today());
            allSeries.stream().filter(s -> s.covers(Times.today())).findFirst().ifPresent(series::setValue);
            if (branches.size() == 1) {
                branch.setValue(branches.get(0));
            }
        } else {
            series.setValue(allSeries.stream().filter(s -> s.getId().equals(a.getSeries().getId())).findFirst().orElse(null));
            title.setValue(a.getTitle());
            date.setValue(a.getHeldOn());
            place.setValue(a.getPlace());
            branches.stream().filter(b -> b.getId().equals(a.getBranchId())).findFirst().ifPresent(branch::setValue);
            kind.setValue(a.getKind());
            days.setValue(a.getVisitDays());
            due.setValue(a.getPledgeDue());
            result.setValue(a.getPledgeResult());
            note.setValue(a.getPledgeNote() == null ? "" : a.getPledgeNote());
            summary.setValue(a.getSummary() == null ? "" : a.getSummary());
            onScreens.setValue(a.isOnScreens());
            Set<Long> plain = a.getParticipants().stream().filter(p -> !p.isLeader()).map(ActivityParticipant::getStaffId)
                    .collect(Collectors.toSet());
            Set<Long> lead = a.getParticipants().stream().filter(ActivityParticipant::isLeader).map(ActivityParticipant::getStaffId)
                    .collect(Collectors.toSet());
            people.setValue(people.getListDataView().getItems().filter(s -> plain.contains(s.getId())).collect(Collectors.toSet()));
            leaders.setValue(hall.values().stream().filter(s -> lead.contains(s.getId())).collect(Collectors.toSet()));
        }
        kindFields.run();
        onSave(() -> {
            Map<Long, Boolean> who = new LinkedHashMap<>();
            people.getValue().forEach(s -> who.put(s.getId(), false));
            leaders.getValue().forEach(s -> who.put(s.getId(), true));
            ActivityRules.Draft d = new ActivityRules.Draft(series.getValue() == null ? null : series.getValue().getId(), title.getValue(),
                    date.getValue(), place.getValue(), branch.getValue() == null ? null : branch.getValue().getId(), kind.getValue(),
                    days.getValue(), due.getValue(), result.getValue(), note.getValue(), summary.getValue(), onScreens.getValue(), who);
            service.save(a == null ? null : a.getId(), a == null ? 0 : a.getVersion(), d, List.copyOf(photos));
            EntityForm.saved(getTranslation("partylife.activity.saved"));
            saved.run();
        });
    }
}
