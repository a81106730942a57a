package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.evaluation.control.AppealDecided;
import cn.fuwukuaiche.evaluation.control.SheetReturned;
import cn.fuwukuaiche.honour.control.ObjectionFiled;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Turns the areas' events into notifications, in the same transaction (a rolled-back return tells nobody): a
 * returned sheet → the window's staff; a decided appeal → who filed it; an objection → the leaders.
 */
@ApplicationScoped
public class NotificationObservers {

    @Inject
    InboxService inbox;

    @Inject
    AccountDirectory accounts;

    void sheetReturned(@Observes SheetReturned e) {
        inbox.send(accounts.staffUsernamesOfWindow(e.windowId()), "考评表被退回：" + e.label() + "。原因：" + e.reason(),
                "evaluation/sheet/" + e.sheetId());
    }

    void appealDecided(@Observes AppealDecided e) {
        inbox.send(List.of(e.appealedBy()), "您的差评申诉已裁定：" + (e.upheld() ? "申诉成立" : "申诉不成立"), "rectifications");
    }

    void objectionFiled(@Observes ObjectionFiled e) {
        inbox.send(accounts.usernamesWithRole(Role.LEADER), "收到公示异议，待核实裁定：" + e.notice(), "honour/notices");
    }
}
