package cn.fuwukuaiche.partylife.activity.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.activity.control.ActivityRules;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;

/** How an activity's kind reads in lists: 下基层 with its days, 公开承诺办实事 with its result or 进行中. */
final class ActivityTexts {

    private ActivityTexts() {
    }

    static String kindLine(Activity a) {
        if (a.getKind() == ActivityKind.VISIT && a.getVisitDays() != null) {
            return Messages.t("partylife.activity.kindVisit", a.getKind().label(), a.getVisitDays());
        }
        if (a.getKind() == ActivityKind.PLEDGE) {
            String state = a.getPledgeResult() != null ? a.getPledgeResult().label()
                    : ActivityRules.closed(a.getPledgeDue(), Times.today()) ? Messages.t("partylife.activity.pledgeMissing")
                    : Messages.t("partylife.activity.pledgeRunning");
            return a.getKind().label() + " · " + state;
        }
        return a.getKind().label();
    }
}
