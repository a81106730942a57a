/**
 * 上级主管 and 超级管理员 (issue 23): supervising offices over several halls, the supervisor's read-only comparison of
 * its halls (满意率, 差评率, ranking, 流动红旗, stars, network, contests; charts and Excel), its city-wide notices on the
 * halls' screens, and the super admin's page that creates halls, their first administrator and the offices' links.
 * Layer 7: the halls' figures come through the {@code base.hall} faces, the halls themselves from org.
 */
package cn.fuwukuaiche.supervision;
