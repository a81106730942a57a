/**
 * What every feature shares: the datasource and Flyway ({@code db}), the main layout, login-free error
 * views and Chinese date pickers ({@code ui}), the word bundle ({@code i18n}), time zone and formats
 * ({@code time}), the working-day calendar and deadline lights ({@code calendar}), standard competition
 * ranking ({@code ranking}), Excel export ({@code export}), health checks and the demo loader.
 * It may use nothing from the feature packages except {@code security} and {@code audit}.
 */
package cn.fuwukuaiche.base;
