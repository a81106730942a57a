package cn.fuwukuaiche.partylife.meeting.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingService;
import cn.fuwukuaiche.partylife.meeting.control.MeetingAttendanceService.MemberYear;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.List;
import jakarta.enterprise.context.Dependent;

/** The year-end attendance report of a branch as a print page (A4, browser print). */
@Dependent
@Route(value = "party-life/attendance/print/:branch/:year", autoLayout = false)
@PageTitle("党员出勤统计表 · 服务快车")
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class AttendancePrintView extends Div implements BeforeEnterObserver {

    private final MeetingService service;
    private final MeetingAttendanceService attendance;

    @Inject
    public AttendancePrintView(MeetingService service, MeetingAttendanceService attendance) {
        this.service = service;
        this.attendance = attendance;
        addClassName(PrintSheets.LIST_SHEET_CLASS);
        setId("attendance-sheet");
        getStyle().set("padding", "12mm").set("font-family", "serif");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long branchId = event.getRouteParameters().getLong("branch").orElse(0L);
        int year = event.getRouteParameters().getInteger("year").orElse(Times.today().getYear());
        Branch branch = service.managedBranches().stream().filter(b -> b.getId() == branchId).findFirst().orElse(null);
        removeAll();
        if (branch == null) {
            add(new Paragraph(getTranslation("partylife.meeting.report.noBranch")));
            return;
        }
        List<MemberYear> rows = attendance.attendanceReport(branchId, year);
        H1 title = new H1(getTranslation("partylife.meeting.report.printTitle", branch.getName(), String.valueOf(year)));
        title.getStyle().set("text-align", "center").set("font-size", "20pt");
        Element table = new Element("table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        Element head = new Element("tr");
        for (AttendanceReportView.Column c : AttendanceReportView.columns()) {
            head.appendChild(cell("th", getTranslation(c.key())));
        }
        table.appendChild(head);
        for (MemberYear y : rows) {
            Element tr = new Element("tr");
            for (AttendanceReportView.Column c : AttendanceReportView.columns()) {
                tr.appendChild(cell("td", String.valueOf(c.value().apply(y))));
            }
            table.appendChild(tr);
        }
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        add(title, new Paragraph(getTranslation("partylife.meeting.report.printed", Times.format(Times.today()), rows.size())), wrap);
    }

    private static Element cell(String tag, String text) {
        Element e = new Element(tag);
        e.setText(text);
        e.getStyle().set("border", "1px solid #333").set("padding", "2mm 3mm").set("text-align", "center");
        return e;
    }
}
