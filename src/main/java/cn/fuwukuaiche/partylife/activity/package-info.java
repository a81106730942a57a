/**
 * 创先争优活动 (issue 19, item 5): activity series (三学习三提升, 对标定位, 三亮三比三评, 三创三满意, 三自六不让, 三增一做) with
 * their period, goal and branches, and their activities (学习, 志愿服务, 交心谈心, 下基层 with days, 公开承诺办实事 with its
 * result), participants from the roster, evidence photos, counts by series and branch. Implements the yearly report's
 * face ({@code ActivityYearFigures}) and the public board's ({@code ActivityBoardProvider}: activities marked for the
 * display screens, without participants).
 */
package cn.fuwukuaiche.partylife.activity;
