/**
 * 民主评议党员 (issue 17, item 5): once a year per branch, self-reviews, a secret ballot whose contents cannot be
 * traced to the voter, the branch committee's grades within the 优秀 cap, 公示 through honour's notices, the
 * handling of 不合格 members, and the grades as evidence for the honours ({@code base.party.AppraisalGrades}).
 * docs/party-life-appraisal.md.
 */
package cn.fuwukuaiche.partylife.appraisal;
