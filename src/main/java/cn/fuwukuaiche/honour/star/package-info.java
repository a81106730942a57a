/**
 * 五星 (和谐服务星、遵纪守法星、爱岗敬业星、业绩突出星、廉洁高效星): ADMIN's criteria as data
 * ({@code star_criterion}), a plain-Java rule engine ({@link cn.fuwukuaiche.honour.star.control.StarRules}) over
 * each person's figures for a month or quarter (ratings, personal monthly assessments, network cases, contest
 * prizes through {@code StarMappingService.starCandidates}), the leader's confirmation or rejection (audited, with the
 * figures kept), the star wall, and the public {@link cn.fuwukuaiche.base.board.StarBoard}.
 * May use org, evaluation (entities, read only), network (read only), contest (its service), audit, base.
 */
package cn.fuwukuaiche.honour.star;
