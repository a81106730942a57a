/**
 * 七一表彰: for a commendation year (1 July to 30 June by default, a setting), the candidates compiled from the
 * year's confirmed stars, contest prizes (and, where the honour module provides them, flags and posts); the leader
 * selects and approves the list; print-ready pages (表彰名单, 奖状; A4 landscape) and an Excel export.
 * May use honour.star, contest (its service), org, audit, base.
 */
package cn.fuwukuaiche.honour.commendation;
