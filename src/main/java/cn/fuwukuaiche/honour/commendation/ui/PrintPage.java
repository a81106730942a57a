package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.ui.PrintSheets;
import cn.fuwukuaiche.honour.commendation.entity.Commendation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/** What the 七一 print pages add to {@link PrintSheets}: the issuer and the date of approval, the print button's word. */
final class PrintPage {

    private PrintPage() {
    }

    static Button printButton(Component page) {
        return PrintSheets.printButton(page, Messages.t("commendation.printButton"));
    }

    /** The issuer's lines and the date the list was approved (today for a draft). */
    static String issuedOn(Commendation c) {
        return Messages.t("commendation.issuer") + "\n" + Times.DATE_CN.format(c.getApprovedAt() == null
                ? Times.today() : c.getApprovedAt().toLocalDate());
    }
}
