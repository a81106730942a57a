package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.NodeLevel;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order of a case's steps and what each level may do. Plain Java; the service applies it.
 *
 * <pre>
 * 委托 (ENTRUSTED) ─受理─▶ ACCEPTED ─办理─▶ HANDLED ─送达─▶ DELIVERED ─归档─▶ ARCHIVED ─上报─▶ REPORTED ─回访─▶ FOLLOWED_UP
 *                          │  ▲
 *                          └──┘ 上交 (to the node above, with a reason)
 * </pre>
 * 回流 (the return of a handled case to the accepting node for delivery) is recorded by the service
 * right after 办理 at a higher node and changes no state.
 */
public final class CaseFlow {

    private static final Map<CaseState, Map<CaseStep, CaseState>> NEXT = Map.of(
            CaseState.ENTRUSTED, Map.of(CaseStep.ACCEPT, CaseState.ACCEPTED),
            CaseState.ACCEPTED, Map.of(CaseStep.HAND_UP, CaseState.ACCEPTED, CaseStep.HANDLE, CaseState.HANDLED),
            CaseState.HANDLED, Map.of(CaseStep.RETURN, CaseState.HANDLED, CaseStep.DELIVER, CaseState.DELIVERED),
            CaseState.DELIVERED, Map.of(CaseStep.ARCHIVE, CaseState.ARCHIVED),
            CaseState.ARCHIVED, Map.of(CaseStep.REPORT, CaseState.REPORTED),
            CaseState.REPORTED, Map.of(CaseStep.FOLLOW_UP, CaseState.FOLLOWED_UP),
            CaseState.FOLLOWED_UP, Map.of());

    private CaseFlow() {
    }

    /** The state after {@code step}, if the step may follow {@code from}. */
    public static Optional<CaseState> next(CaseState from, CaseStep step) {
        return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(step));
    }

    /** Like {@link #next} but refuses with the message a user sees. */
    public static CaseState require(CaseState from, CaseStep step) {
        return next(from, step).orElseThrow(() -> new BusinessException(
                "办件当前为「" + from.label() + "」，不能" + step.label()));
    }

    /** The steps a person may take next (the service still checks who and where). */
    public static Set<CaseStep> possibleSteps(CaseState from) {
        return NEXT.getOrDefault(from, Map.of()).keySet();
    }

    /** A node may accept a case only for items its level accepts. */
    public static void requireAcceptable(Set<NodeLevel> acceptLevels, NodeLevel level, String itemName) {
        if (!acceptLevels.contains(level)) {
            throw new BusinessException("itemId", "「" + itemName + "」不能在" + level.label() + "网点受理");
        }
    }

    /** A node may handle (办理) only items its level handles; otherwise it hands the case up. */
    public static void requireHandleable(Set<NodeLevel> handleLevels, NodeLevel level, String itemName) {
        if (!handleLevels.contains(level)) {
            throw new BusinessException("「" + itemName + "」不能在" + level.label() + "办理，请上交上级网点");
        }
    }

    /** Whether a case at this level must go up: the level cannot handle the item. */
    public static boolean mustHandUp(Set<NodeLevel> handleLevels, NodeLevel level) {
        return !handleLevels.contains(level);
    }

    /** The county has nowhere to hand up to, and a hand-up always states why. */
    public static void requireHandUp(NodeLevel level, boolean hasParent, String reason) {
        if (level.above().isEmpty() || !hasParent) {
            throw new BusinessException("县级网点没有上级，不能上交");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "请填写上交原因");
        }
        if (reason.strip().length() > 500) {
            throw new BusinessException("reason", "上交原因最多 500 字");
        }
    }
}
