/**
 * The hall as the boundary of every record (issue 23): {@code HallBoundary} puts the transaction's hall on its
 * entity manager, where EclipseLink's single-table multitenancy ({@code META-INF/eclipselink-orm.xml}) reads and
 * writes every hall-owned table's {@code hall_id}; {@code HallContext} says which hall a thread works for,
 * {@code HallScope} runs work for one hall in its own transaction. See docs/architecture.md, "The hall as the boundary".
 *
 * <p>Faces for comparing halls (上级主管): each area that owns a kind of record answers for a set of halls
 * ({@code ComparedHalls}) in one grouped query ({@code HallRatings} evaluation, {@code HallFlags} honour,
 * {@code HallStars} honour.star, {@code HallContests} contest, {@code HallNetwork} network). Figures only — counts,
 * rates, a window's public name — never a person's private data. An undeployed area leaves its part empty.
 */
package cn.fuwukuaiche.base.hall;
