/**
 * 组织生活: the branches' meetings (三会一课, 主题党日, 组织生活会, 民主生活会) with their cadence, attendance, make-ups and
 * lights ({@code meeting}), and 民主评议党员 ({@code appraisal}). Layer 4: uses org (branches, groups, members),
 * calendar (working days), security, audit and base.
 */
package cn.fuwukuaiche.partylife;
