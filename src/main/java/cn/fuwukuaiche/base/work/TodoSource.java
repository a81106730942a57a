package cn.fuwukuaiche.base.work;

import java.time.LocalDate;
import java.util.List;

/**
 * A face (docs/architecture.md): one area's to-dos for the signed-in user, listed on his workbench (the home page).
 * Each area implements it as a CDI bean in its own {@code control} package (e.g. {@code RectificationTodoProvider});
 * the workbench finds them through {@code Instance<TodoSource>}, so a new area adds its to-dos without touching the
 * workbench, and an area not deployed simply adds none.
 *
 * <p>A source answers only for what the viewer may see and do (his window, his branch, his role); it answers fast —
 * one or two grouped queries, never one per row — because every home page asks every source.
 */
public interface TodoSource {

    /** The viewer's open to-dos from this area on {@code today} (Beijing time), in no particular order. */
    List<Todo> todos(WorkViewer viewer, LocalDate today);
}
