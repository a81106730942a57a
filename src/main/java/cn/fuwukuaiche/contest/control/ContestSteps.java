package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.contest.entity.ContestStatus;

import java.util.Optional;

/**
 * What can be done with a contest in each status —草稿 → 进行中 → 已结束 → 已公布 — asked by the service that
 * refuses and by the admin page that shows the buttons, so the two never disagree (table test {@code ContestStepsTest}).
 */
public final class ContestSteps {

    private ContestSteps() {
    }

    /** The form may still change a draft or a running contest; a closed or published one stays as it was. */
    public static boolean editable(ContestStatus status) {
        return status == ContestStatus.DRAFT || status == ContestStatus.OPEN;
    }

    /** Judges enter scores while the contest runs and after it closed, until the results are published. */
    public static boolean judgeable(ContestStatus status) {
        return status == ContestStatus.OPEN || status == ContestStatus.CLOSED;
    }

    /** Prizes are final, and their certificates given, once the results are published. */
    public static boolean certified(ContestStatus status) {
        return status == ContestStatus.PUBLISHED;
    }

    /** The one step forward from {@code status}; empty once published. */
    public static Optional<ContestStatus> next(ContestStatus status) {
        return status == ContestStatus.PUBLISHED ? Optional.empty()
                : Optional.of(ContestStatus.values()[status.ordinal() + 1]);
    }
}
