/**
 * 发展党员 (issue 18): a person's way from 入党申请 to 转正 as a {@code MembershipApplication} moving through
 * {@code PipelineStage}s, every step on its clock ({@code control.PipelineRules}), with 培养联系人 ({@code Sponsor}),
 * 入党介绍人 ({@code Introducer}), 考察记录 ({@code ProbationReview}), the file of papers, the 公示 of the 发展对象 through
 * honour's notices, the 政治面貌 in org's roster changed on approval, and the yearly 发展计划 per branch.
 * docs/member-pipeline.md.
 */
package cn.fuwukuaiche.partylife.pipeline;
