/**
 * The work calendar (工作日历): {@code WorkCalendar} and {@code DeadlineLight} (plain Java), the holidays and 调休 days
 * ADMIN keeps per year ({@code entity}, {@code control}, {@code ui}) and the built-in State Council schedules. Deadlines
 * of evaluation, honours and the network are counted with it. May use {@code base}, {@code audit} and
 * {@code security}.
 */
package cn.fuwukuaiche.calendar;
