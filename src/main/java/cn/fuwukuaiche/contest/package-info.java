/**
 * Quarterly contests (每季度竞赛): the question bank, timed knowledge tests with a server-enforced time
 * limit, typing contests, judges' scores, ranking with prizes, and the prize → star mapping read by honours.
 */
package cn.fuwukuaiche.contest;
