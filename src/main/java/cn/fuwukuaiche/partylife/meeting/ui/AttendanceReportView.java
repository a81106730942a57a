package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService.MemberYear;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.io.ByteArrayInputStream;
import java.util.List;
import jakarta.enterprise.context.Dependent;

/** 年度出勤统计: each member's year in a branch (应到, 出席, 请假, 缺席, 补学), to Excel or to the print page. */
@Dependent
@Route("party-life/attendance")
@PageTitle("党员出勤统计 · 服务快车")
@Menu(title = "partylife.meeting.menu.attendance", order = 69, icon = "vaadin:table")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class AttendanceReportView extends VerticalLayout {

    private final MeetingService service;
    private final MeetingAttendanceService attendance;
    private final ComboBox<Branch> branch = new ComboBox<>();
    private final IntegerField year = new IntegerField();
    private final Grid<MemberYear> grid = new Grid<>();
    private final Anchor print = new Anchor();

    @Inject
    public AttendanceReportView(MeetingService service, MeetingAttendanceService attendance) {
        this.service = service;
        this.attendance = attendance;
        BranchYear.setUp(branch, "attendance-branch", service.managedBranches(), year, this::refresh);
        grid.setId("attendance-grid");
        for (Column c : columns()) {
            grid.addColumn(c.value::apply).setHeader(getTranslation(c.key)).setAutoWidth(true);
        }
        Anchor export = new Anchor(new StreamResource("attendance.xlsx", () -> new ByteArrayInputStream(excel())), "");
        export.getElement().setAttribute("download", true);
        export.add(new Button(getTranslation("action.export"), VaadinIcon.DOWNLOAD.create()));
        export.setId("attendance-export");
        print.setTarget("_blank");
        print.add(new Button(getTranslation("partylife.meeting.report.print"), VaadinIcon.PRINT.create()));
        print.setId("attendance-print");
        HorizontalLayout bar = new HorizontalLayout(branch, year, export, print);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("partylife.meeting.report.title")), bar, grid);
        setSizeFull();
        refresh();
    }

    record Column(String key, java.util.function.Function<MemberYear, Object> value) {
    }

    static List<Column> columns() {
        return List.of(new Column("partylife.meeting.report.name", MemberYear::name),
                new Column("partylife.meeting.report.due", MemberYear::due),
                new Column("partylife.meeting.report.attended", MemberYear::attended),
                new Column("partylife.meeting.report.excused", MemberYear::excused),
                new Column("partylife.meeting.report.absent", MemberYear::absent),
                new Column("partylife.meeting.report.rate", AttendanceReportView::rate),
                new Column("partylife.meeting.report.makeUpsOwed", MemberYear::makeUpsOwed),
                new Column("partylife.meeting.report.makeUpsDone", MemberYear::makeUpsDone));
    }

    /** "92%" of the meetings due attended; "–" with none due. */
    static String rate(MemberYear y) {
        return y.due() == 0 ? "–" : Math.round(100.0 * y.attended() / y.due()) + "%";
    }

    private List<MemberYear> rows() {
        return branch.getValue() == null || year.getValue() == null ? List.of()
                : attendance.attendanceReport(branch.getValue().getId(), year.getValue());
    }

    private void refresh() {
        grid.setItems(rows());
        if (branch.getValue() != null && year.getValue() != null) {
            print.setHref("party-life/attendance/print/" + branch.getValue().getId() + "/" + year.getValue());
        }
    }

    private byte[] excel() {
        return ExcelExport.toBytes(getTranslation("partylife.meeting.report.title"), columns().stream()
                .map(c -> new ExcelExport.Column<MemberYear>(getTranslation(c.key), c.value)).toList(), rows());
    }
}
