/**
 * The county–township–village service network (县乡村三级服务网络): service nodes, the service guide
 * (服务指南), cases handled on a citizen's behalf across the three levels (代办件), parallel approval of
 * investment projects (并联审批), the public guide and case lookup, and the network's statistics.
 *
 * <p>Rules (case flow, working-day deadlines and lights, deemed agreement, the lookup rate limit,
 * statistics) are plain Java in {@code control} and unit-tested; services are {@code @Stateless} with
 * roles and node/window scope checks. May use {@code base} (the 回访's {@code RatingLevel} lives there),
 * {@code audit}, {@code security}, {@code calendar} and {@code org} (units and windows); evaluation hears of a
 * 回访 through the {@code CaseFollowedUp} event, the screens read it through {@code NetworkBoardProvider}, the user
 * admin its nodes through {@code NodeScopeProvider}.
 */
package cn.fuwukuaiche.network;
