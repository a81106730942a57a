package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashSet;
import java.util.Set;

/** The caller's {@link WindowScope}: LEADER and ADMIN all windows, a SECRETARY their branch's, STAFF their own. */
@ApplicationScoped
public class RatingScopes {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrgDirectory org;

    public WindowScope current() {
        if (currentUser.isAny(Role.LEADER, Role.ADMIN)) {
            return WindowScope.ALL;
        }
        UserAccount me = currentUser.account().orElse(null);
        if (me == null) {
            return WindowScope.NONE;
        }
        Set<Long> ids = new HashSet<>();
        if (currentUser.is(Role.SECRETARY) && me.getBranchId() != null) {
            org.windowsOfBranch(me.getBranchId()).stream().map(ServiceWindow::getId).forEach(ids::add);
        }
        if (currentUser.is(Role.STAFF) && me.getWindowId() != null) {
            ids.add(me.getWindowId());
        }
        return WindowScope.of(ids);
    }
}
