/**
 * The application shell, on the top layer: the main layout and home page, the UI wiring ({@code ui}), the demo
 * loader that runs every area's {@code DemoSeeder} ({@code demo}) and the health endpoints ({@code health}). It may
 * use every area; no area uses it.
 */
package cn.fuwukuaiche.app;
