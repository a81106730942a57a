/**
 * Faces for comparing halls (上级主管, issue 23): each area that owns a kind of record answers for a set of halls in
 * one grouped query ({@code HallRatings} evaluation, {@code HallFlags} honour, {@code HallStars} honour.star,
 * {@code HallContests} contest, {@code HallNetwork} network). Figures only — counts, rates, a window's public name —
 * never a person's private data. An undeployed area leaves its part empty.
 */
package cn.fuwukuaiche.base.hall;
