package cn.fuwukuaiche.partylife.activity.control;

import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a recorded 创先争优 activity must satisfy, in plain Java (table test {@code ActivityRulesTest}); the service
 * refuses the first problem beside its field, and the dialog shows the same messages before saving.
 * <ul>
 *   <li>the date lies within the series' period and not after today;</li>
 *   <li>the branch takes part in the series;</li>
 *   <li>下基层 has 1–30 days; 交心谈心 has at least two people;</li>
 *   <li>公开承诺办实事 has a due day not before the activity; once the due day has passed (closed) it needs a result,
 *       and 未完成 needs a note saying why;</li>
 *   <li>participants are people of the branches taking part; a 领导干部 may come from anywhere in the hall.</li>
 * </ul>
 */
public final class ActivityRules {

    public static final int MAX_VISIT_DAYS = 30;
    public static final int MAX_PARTICIPANTS = 300;

    /** A refusal: the form's field and a Chinese message. */
    public record Problem(String field, String message) {
    }

    /** The series as the rules need it. */
    public record Series(LocalDate from, LocalDate to, Set<Long> branchIds) {
    }

    /** What the dialog sends; participants: staff id → took part as a 领导干部. */
    public record Draft(Long seriesId, String title, LocalDate heldOn, String place, Long branchId, ActivityKind kind,
                        Integer visitDays, LocalDate pledgeDue, PledgeResult pledgeResult, String pledgeNote, String summary,
                        boolean onScreens, Map<Long, Boolean> participants) {
    }

    private ActivityRules() {
    }

    /**
     * @param series   the chosen series, or null when none is chosen
     * @param roster   the staff ids of the branches taking part (may be participants)
     * @param hall     every active staff id (a 领导干部 may be any of them)
     * @param names    staff id → name, for messages
     */
    public static List<Problem> check(Draft d, Series series, Set<Long> roster, Set<Long> hall, Map<Long, String> names,
                                      LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (d.seriesId() == null || series == null) {
            out.add(new Problem("series", "请选择活动系列"));
        }
        text(out, "title", "活动名称", d.title(), 100, true);
        text(out, "place", "地点", d.place(), 100, true);
        if (d.heldOn() == null) {
            out.add(new Problem("heldOn", "请填写活动日期"));
        } else if (d.heldOn().isAfter(today)) {
            out.add(new Problem("heldOn", "活动日期不能晚于今天（记录的是已开展的活动）"));
        } else if (series != null && (d.heldOn().isBefore(series.from()) || d.heldOn().isAfter(series.to()))) {
            out.add(new Problem("heldOn", "活动日期须在系列期间（" + series.from() + " 至 " + series.to() + "）内"));
        }
        if (d.branchId() == null) {
            out.add(new Problem("branch", "请选择支部"));
        } else if (series != null && !series.branchIds().contains(d.branchId())) {
            out.add(new Problem("branch", "该支部未参加本系列活动"));
        }
        if (d.kind() == null) {
            out.add(new Problem("kind", "请选择活动类型"));
        } else if (d.kind() == ActivityKind.VISIT) {
            if (d.visitDays() == null) {
                out.add(new Problem("visitDays", "下基层须填写天数"));
            } else if (d.visitDays() < 1 || d.visitDays() > MAX_VISIT_DAYS) {
                out.add(new Problem("visitDays", "下基层天数须在 1 至 " + MAX_VISIT_DAYS + " 天之间"));
            }
        } else if (d.kind() == ActivityKind.PLEDGE) {
            pledge(out, d, today);
        }
        Map<Long, Boolean> people = d.participants() == null ? Map.of() : d.participants();
        if (people.isEmpty()) {
            out.add(new Problem("participants", "请选择参加人员"));
        } else if (people.size() > MAX_PARTICIPANTS) {
            out.add(new Problem("participants", "参加人员不能超过 " + MAX_PARTICIPANTS + " 人"));
        } else {
            if (d.kind() == ActivityKind.HEART_TALK && people.size() < 2) {
                out.add(new Problem("participants", "交心谈心至少须有两人参加"));
            }
            List<String> outside = new ArrayList<>();
            Set<Long> allowed = new HashSet<>(roster == null ? Set.of() : roster);
            for (Map.Entry<Long, Boolean> p : people.entrySet()) {
                boolean leader = Boolean.TRUE.equals(p.getValue());
                boolean ok = leader ? hall != null && hall.contains(p.getKey()) : allowed.contains(p.getKey());
                if (!ok) {
                    outside.add(names == null ? "#" + p.getKey() : names.getOrDefault(p.getKey(), "#" + p.getKey()));
                }
            }
            if (!outside.isEmpty()) {
                out.add(new Problem("participants", "参加人员须是参加本系列的支部的人员：" + String.join("、", outside)));
            }
        }
        text(out, "summary", "简述", d.summary(), 1000, false);
        return out;
    }

    /** The first problem, if any. */
    public static Optional<Problem> first(Draft d, Series series, Set<Long> roster, Set<Long> hall, Map<Long, String> names,
                                          LocalDate today) {
        return check(d, series, roster, hall, names, today).stream().findFirst();
    }

    /** A pledge is closed once its due day has passed. */
    public static boolean closed(LocalDate pledgeDue, LocalDate today) {
        return pledgeDue != null && pledgeDue.isBefore(today);
    }

    private static void pledge(List<Problem> out, Draft d, LocalDate today) {
        if (d.pledgeDue() == null) {
            out.add(new Problem("pledgeDue", "公开承诺须填写办结期限"));
            return;
        }
        if (d.heldOn() != null && d.pledgeDue().isBefore(d.heldOn())) {
            out.add(new Problem("pledgeDue", "办结期限不能早于承诺日期"));
            return;
        }
        if (closed(d.pledgeDue(), today) && d.pledgeResult() == null) {
            out.add(new Problem("pledgeResult", "承诺已到期，请填写办理结果（已完成或未完成）"));
        } else if (d.pledgeResult() == PledgeResult.NOT_DONE && (d.pledgeNote() == null || d.pledgeNote().isBlank())) {
            out.add(new Problem("pledgeNote", "未完成的承诺须说明原因"));
        }
        text(out, "pledgeNote", "结果说明", d.pledgeNote(), 500, false);
    }

    private static void text(List<Problem> out, String field, String label, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Problem(field, "请填写" + label));
            }
            return;
        }
        Optional<String> p = field.equals("summary") || field.equals("pledgeNote") ? Input.multiLineProblem(value) : Input.singleLineProblem(value);
        if (p.isPresent()) {
            out.add(new Problem(field, label + p.get()));
        } else if (value.strip().length() > max) {
            out.add(new Problem(field, label + "不能超过 " + max + " 个字"));
        }
    }
}
