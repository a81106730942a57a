/**
 * 大屏 (display screens): unattended public screens in the hall and the township stations, and the same
 * content as a JSON feed ({@code GET /api/display/{key}}) for other vendors' LED and TV systems.
 * <p>
 * ADMIN defines screens ({@code entity.DisplayScreen}: panels, seconds per panel, theme, name display) and
 * issues a revocable screen key; the screen opens anonymously at {@code /screen/<key>}. The content is read
 * from the public board ({@code base.board}: {@code HonourBoard}, {@code StarBoard}, {@code ContestBoard},
 * each optional) plus the public figures of evaluation (ranks and 满意率 only) and the network. Every change
 * that fires {@code BoardChanged} is pushed to every attached screen after the transaction commits.
 */
package cn.fuwukuaiche.display;
