/**
 * The county–township–village service network (县乡村三级服务网络): service nodes, the service guide
 * (服务指南), cases handled on a citizen's behalf across the three levels (代办件), parallel approval of
 * investment projects (并联审批), the public guide and case lookup, and the network's statistics.
 *
 * <p>Rules (case flow, working-day deadlines and lights, deemed agreement, the lookup rate limit,
 * statistics) are plain Java in {@code control} and unit-tested; services are {@code @Stateless} with
 * roles and node/window scope checks. May use {@code base}, {@code security}, {@code audit}, {@code org}
 * (units and windows) and {@code evaluation.control.scheme.RatingLevel}; nothing else depends on it except
 * through the {@code CaseFollowedUp} event.
 */
package cn.fuwukuaiche.network;
