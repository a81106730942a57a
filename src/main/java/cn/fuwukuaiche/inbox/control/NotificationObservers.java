package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.evaluation.control.AppealDecided;
import cn.fuwukuaiche.evaluation.control.SheetReturned;
import cn.fuwukuaiche.evaluation.control.SheetSubmitted;
import cn.fuwukuaiche.network.control.CaseHandedUp;
import cn.fuwukuaiche.org.control.OrgDirectory;
import cn.fuwukuaiche.security.control.AccountLocked;
import cn.fuwukuaiche.honour.control.ObjectionFiled;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Turns the areas' events into notifications, in the same transaction (a rolled-back return tells nobody): a
 * returned sheet → the window's staff; a submitted sheet → the secretaries of the window's branch; a decided appeal →
 * who filed it; an objection → the leaders; a case handed up → the agents of the node above; an account locked by
 * wrong passwords → the administrators. Each notification also refreshes the recipient's open workbench.
 */
@ApplicationScoped
public class NotificationObservers {

    @Inject
    InboxService inbox;

    @Inject
    AccountDirectory accounts;

    @Inject
    OrgDirectory org;

    void sheetReturned(@Observes SheetReturned e) {
        inbox.send(accounts.staffUsernamesOfWindow(e.windowId()), "考评表被退回：" + e.label() + "。原因：" + e.reason(),
                "evaluation/sheet/" + e.sheetId());
    }

    void sheetSubmitted(@Observes SheetSubmitted e) {
        org.branchOfWindow(e.windowId()).ifPresent(b -> inbox.send(accounts.secretaryUsernamesOfBranch(b.getId()),
                "考评表待审核：" + e.label(), "evaluation/sheet/" + e.sheetId()));
    }

    void caseHandedUp(@Observes CaseHandedUp e) {
        inbox.send(accounts.agentUsernamesAtNode(e.toNodeId()), "收到上交的代办件，待受理：" + e.caseNumber() + "（" + e.item() + "）",
                "network/cases/view/" + e.caseId());
    }

    void accountLocked(@Observes AccountLocked e) {
        inbox.send(accounts.usernamesWithRole(Role.ADMIN), "账号 " + e.username() + " 因连续输错密码被锁定，至 "
                + cn.fuwukuaiche.base.time.Times.format(e.until()).substring(0, 16), "admin/users");
    }

    void appealDecided(@Observes AppealDecided e) {
        inbox.send(List.of(e.appealedBy()), "您的差评申诉已裁定：" + (e.upheld() ? "申诉成立" : "申诉不成立"), "rectifications");
    }

    void objectionFiled(@Observes ObjectionFiled e) {
        inbox.send(accounts.usernamesWithRole(Role.LEADER), "收到公示异议，待核实裁定：" + e.notice(), "honour/notices");
    }
}
