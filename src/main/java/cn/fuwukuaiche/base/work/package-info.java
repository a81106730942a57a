/**
 * The workbench's face: {@link cn.fuwukuaiche.base.work.TodoSource} (an area's to-dos, implemented as a
 * {@code …TodoProvider} in each area's control package) and {@link cn.fuwukuaiche.base.work.Workbench}, which asks
 * them all and sorts the answers red → yellow → green → none, then by deadline.
 */
package cn.fuwukuaiche.base.work;
