package cn.fuwukuaiche.org.ui;

import cn.fuwukuaiche.base.ui.LimitedUpload;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.org.control.OrgRules;
import cn.fuwukuaiche.org.control.OrgService;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.control.Photos;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds or edits one staff member. Each field says what is wrong beside it as soon as it is left, the service
 * checks everything again, and a refused save keeps every value typed. Existing people get a photo upload
 * (JPG/PNG, ≤ 2 MB) with its thumbnail.
 */
class StaffDialog extends Dialog {

    private final StaffService staffService;
    private final Staff existing;
    private final Runnable onSaved;
    private final OrgService.Choices choices;

    final TextField staffNo = new TextField();
    final TextField name = new TextField();
    final RadioButtonGroup<Gender> gender = new RadioButtonGroup<>();
    final ComboBox<PoliticalStatus> status = new ComboBox<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final ComboBox<ServiceWindow> window = new ComboBox<>();
    final ComboBox<Branch> branch = new ComboBox<>();
    final ComboBox<PartyGroup> group = new ComboBox<>();
    final TextField post = new TextField();
    final TextArea duties = new TextArea();
    final TextField phone = new TextField();
    final TextField idCard = new TextField();
    final Checkbox active = new Checkbox();
    final TextField reason = new TextField();
    private final Map<String, HasValidation> fields = new HashMap<>();

    StaffDialog(OrgService org, StaffService staffService, Staff existing, boolean showIdCard, Runnable onSaved) {
        this.staffService = staffService;
        this.existing = existing;
        this.onSaved = onSaved;
        this.choices = org.choices();
        setHeaderTitle(existing == null ? getTranslation("org.staff.new") : getTranslation("org.staff.edit", existing.getName()));
        setWidth("760px");
        setId("staff-dialog");

        staffNo.setLabel(getTranslation("org.staff.staffNo"));
        staffNo.setId("staff-staffNo");
        staffNo.setRequiredIndicatorVisible(true);
        name.setLabel(getTranslation("org.staff.name"));
        name.setId("staff-name");
        name.setRequiredIndicatorVisible(true);
        gender.setLabel(getTranslation("org.staff.gender"));
        gender.setItems(Gender.values());
        gender.setItemLabelGenerator(Gender::label);
        gender.setId("staff-gender");
        status.setLabel(getTranslation("org.staff.status"));
        status.setItems(PoliticalStatus.values());
        status.setItemLabelGenerator(PoliticalStatus::label);
        status.setId("staff-status");
        unit.setLabel(getTranslation("org.staff.unit"));
        unit.setItems(choices.units());
        unit.setItemLabelGenerator(Unit::getName);
        unit.setId("staff-unit");
        window.setLabel(getTranslation("org.staff.window"));
        window.setItemLabelGenerator(ServiceWindow::label);
        window.setClearButtonVisible(true);
        window.setId("staff-window");
        branch.setLabel(getTranslation("org.staff.branch"));
        branch.setItems(choices.branches());
        branch.setItemLabelGenerator(Branch::getName);
        branch.setClearButtonVisible(true);
        branch.setId("staff-branch");
        group.setLabel(getTranslation("org.staff.group"));
        group.setItemLabelGenerator(PartyGroup::getName);
        group.setClearButtonVisible(true);
        post.setLabel(getTranslation("org.staff.post"));
        post.setId("staff-post");
        post.setMaxLength(64);
        duties.setLabel(getTranslation("org.staff.duties"));
        duties.setMaxLength(500);
        phone.setLabel(getTranslation("org.staff.phone"));
        phone.setId("staff-phone");
        phone.setHelperText(getTranslation("org.staff.phoneHelp"));
        phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
        idCard.setLabel(getTranslation("org.staff.idCard"));
        idCard.setVisible(showIdCard);
        idCard.setValueChangeMode(ValueChangeMode.ON_BLUR);
        active.setLabel(getTranslation("org.staff.active"));
        active.setValue(true);
        reason.setLabel(getTranslation("org.reason"));

        fields.putAll(Map.of("staffNo", staffNo, "name", name, "gender", gender, "politicalStatus", status, "unit", unit,
                "window", window, "branch", branch, "partyGroup", group, "post", post, "duties", duties));
        fields.putAll(Map.of("phone", phone, "idCardNo", idCard, "active", active));

        unit.addValueChangeListener(e -> {
            Unit u = e.getValue();
            window.setItems(u == null ? List.of() : choices.windows().stream()
                    .filter(w -> w.getUnit().getId().equals(u.getId())).toList());
            if (e.isFromClient() && status.getValue() != null && status.getValue().isPartyMember() && branch.isEmpty()
                    && u != null && u.getBranch() != null) {
                select(branch, choices.branches(), u.getBranch().getId());
            }
        });
        status.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            PoliticalStatus s = e.getValue();
            if (s != null && s.isPartyMember() && branch.isEmpty() && unit.getValue() != null && unit.getValue().getBranch() != null) {
                select(branch, choices.branches(), unit.getValue().getBranch().getId());
            } else if (s != null && !s.isPartyMember()) {
                branch.clear();
            }
            checkBranch();
        });
        branch.addValueChangeListener(e -> {
            Branch b = e.getValue();
            group.setItems(b == null ? List.of() : choices.groups().stream().filter(g -> g.getBranch().getId().equals(b.getId())).toList());
            checkBranch();
        });
        phone.addValueChangeListener(e -> mark(phone, OrgRules.phoneProblem(e.getValue())));
        idCard.addValueChangeListener(e -> mark(idCard, OrgRules.idCardProblem(e.getValue())));
        staffNo.addBlurListener(e -> mark(staffNo, OrgRules.staffNoProblem(staffNo.getValue())));
        name.addBlurListener(e -> mark(name, OrgRules.nameProblem(name.getValue())));

        if (existing != null) {
            staffNo.setValue(existing.getStaffNo());
            name.setValue(existing.getName());
            gender.setValue(existing.getGender());
            status.setValue(existing.getPoliticalStatus());
            select(unit, choices.units(), existing.getUnit().getId());
            if (existing.getWindow() != null) {
                window.getListDataView().getItems().filter(w -> w.getId().equals(existing.getWindow().getId())).findFirst()
                        .ifPresent(window::setValue);
            }
            if (existing.getBranch() != null) {
                select(branch, choices.branches(), existing.getBranch().getId());
            }
            if (existing.getPartyGroup() != null) {
                group.getListDataView().getItems().filter(g -> g.getId().equals(existing.getPartyGroup().getId())).findFirst()
                        .ifPresent(group::setValue);
            }
            post.setValue(Objects.toString(existing.getPost(), ""));
            duties.setValue(Objects.toString(existing.getDuties(), ""));
            phone.setValue(Objects.toString(existing.getPhone(), ""));
            idCard.setValue(Objects.toString(existing.getIdCardNo(), ""));
            active.setValue(existing.isActive());
        }

        FormLayout form = new FormLayout(staffNo, name, gender, status, unit, window, branch, group, post, phone, idCard, active);
        form.add(duties, 2);
        if (existing != null) {
            form.add(reason, 2);
            form.add(photoRow(), 2);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private HorizontalLayout photoRow() {
        Image thumb = new Image();
        thumb.setId("staff-photo-thumb");
        thumb.setHeight("96px");
        thumb.setAlt(getTranslation("org.staff.photo"));
        Span hint = new Span(getTranslation("org.staff.photoHint"));
        hint.addClassName("org-hint");
        showThumbnail(thumb, staffService.thumbnail(existing.getId()));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(LimitedUpload.inMemory(Photos.MAX_BYTES, (meta, bytes) -> {
            try {
                staffService.savePhoto(existing.getId(), bytes);
                showThumbnail(thumb, Optional.of(staffService.thumbnail(existing.getId()).orElseThrow()));
                OrgUi.ok(getTranslation("org.staff.photoSaved"));
            } catch (BusinessException ex) {
                OrgUi.error(ex.getMessage());
            }
        }, () -> OrgUi.error(getTranslation("org.upload.tooBig", getTranslation("org.upload.photo"), "2 MB"))));
        upload.setId("staff-photo-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photos.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setI18n(OrgUi.uploadI18n(getTranslation("org.upload.photo"), "2 MB"));
        upload.addFileRejectedListener(e -> OrgUi.error(e.getErrorMessage()));
        HorizontalLayout row = new HorizontalLayout(thumb, upload, hint);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return row;
    }

    private void showThumbnail(Image img, Optional<byte[]> bytes) {
        if (bytes.isPresent()) {
            byte[] b = bytes.get();
            img.setSrc(new StreamResource("thumb-" + existing.getId() + "-" + System.nanoTime() + ".jpg",
                    () -> new ByteArrayInputStream(b)));
            img.setVisible(true);
        } else {
            img.setVisible(false);
        }
    }

    private void checkBranch() {
        mark(branch, OrgRules.branchProblem(status.getValue(), !branch.isEmpty()));
    }

    private static void mark(HasValidation field, Optional<String> problem) {
        field.setErrorMessage(problem.orElse(null));
        field.setInvalid(problem.isPresent());
    }

    private static <T extends cn.fuwukuaiche.base.entity.BaseEntity> void select(ComboBox<T> box, List<T> items, Long id) {
        items.stream().filter(i -> i.getId().equals(id)).findFirst().ifPresent(box::setValue);
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        StaffService.StaffForm form = new StaffService.StaffForm(staffNo.getValue(), name.getValue(), gender.getValue(),
                status.getValue(), id(unit.getValue()), id(window.getValue()), id(branch.getValue()), id(group.getValue()),
                post.getValue(), duties.getValue(), phone.getValue(), idCard.isVisible() ? idCard.getValue()
                : existing == null ? null : existing.getIdCardNo(), active.getValue());
        // every rule at once, beside its field, before asking the service
        Long windowUnit = window.getValue() == null ? null : window.getValue().getUnit().getId();
        List<OrgRules.Problem> problems = OrgRules.checkStaff(new OrgRules.StaffInput(form.staffNo(), form.name(),
                null, form.status(), form.unitId(), form.windowId(), windowUnit, form.branchId(), form.phone(), form.idCardNo()),
                form.gender() != null);
        if (!problems.isEmpty()) {
            for (OrgRules.Problem p : problems) {
                HasValidation f = fields.get(p.field());
                if (f != null) {
                    f.setErrorMessage(p.message());
                    f.setInvalid(true);
                }
            }
            return;
        }
        try {
            if (existing == null) {
                staffService.createStaff(form);
            } else {
                staffService.updateStaff(existing.getId(), existing.getVersion(), form, reason.getValue());
            }
            OrgUi.ok(getTranslation("org.saved"));
            close();
            onSaved.run();
        } catch (BusinessException e) {
            OrgUi.show(e, fields);
        }
    }

    private static Long id(cn.fuwukuaiche.base.entity.BaseEntity e) {
        return e == null ? null : e.getId();
    }
}
