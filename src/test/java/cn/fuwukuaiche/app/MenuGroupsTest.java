package cn.fuwukuaiche.app;

import cn.fuwukuaiche.app.ui.MenuGroups;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MenuGroupsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", value = {
            "cn.fuwukuaiche.app.ui.WorkbenchView,                      -",
            "cn.fuwukuaiche.inbox.ui.NotificationsView,                -",
            "cn.fuwukuaiche.org.ui.StaffView,                          ORG",
            "cn.fuwukuaiche.evaluation.ui.RectificationView,           EVALUATION",
            "cn.fuwukuaiche.honour.star.ui.StarsView,                  HONOUR",
            "cn.fuwukuaiche.honour.commendation.ui.CommendationView,   HONOUR",
            "cn.fuwukuaiche.contest.ui.MyContestsView,                 CONTEST",
            "cn.fuwukuaiche.network.ui.CasesView,                      NETWORK",
            "cn.fuwukuaiche.partylife.meeting.ui.MeetingsView,         PARTY_LIFE",
            "cn.fuwukuaiche.security.ui.UserAdminView,                 SYSTEM",
            "cn.fuwukuaiche.calendar.ui.CalendarAdminView,                 SYSTEM",
            "cn.fuwukuaiche.audit.ui.AuditView,                        SYSTEM",
            "cn.fuwukuaiche.display.ui.DisplayScreenAdminView,         SYSTEM",
    })
    void group_of_a_view_by_its_area(String className, MenuGroups.Group expected) throws Exception {
        Class<?> view = Class.forName(className, false, getClass().getClassLoader());
        assertEquals(expected, MenuGroups.of(view));
    }
}
