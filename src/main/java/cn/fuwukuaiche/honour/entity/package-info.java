/**
 * 一旗两岗 and 行业标兵 with their 公示: the monthly 流动红旗 ({@link cn.fuwukuaiche.honour.entity.RedFlagAward}),
 * 党员示范岗 / 巾帼建功岗 ({@link cn.fuwukuaiche.honour.entity.PostDesignation}), 行业标兵
 * ({@link cn.fuwukuaiche.honour.entity.Exemplar}) and public notices with real-name objections
 * ({@link cn.fuwukuaiche.honour.entity.PublicNotice}, {@link cn.fuwukuaiche.honour.entity.NoticeObjection}).
 */
package cn.fuwukuaiche.honour.entity;
