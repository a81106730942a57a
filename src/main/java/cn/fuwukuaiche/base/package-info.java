/**
 * The bottom layer every area stands on: the datasource and Flyway ({@code db}), UI building blocks ({@code ui}),
 * the API's error contract ({@code api}), the word bundle ({@code i18n}), time zone and formats ({@code time}),
 * standard competition ranking ({@code ranking}), Excel export ({@code export}), {@code BaseEntity} and
 * {@code Audited} ({@code entity}), the national rating levels ({@code rating}), the demo seeder's contract
 * ({@code demo}) and the faces of the public board ({@code board}). It uses no other package of the portal
 * ({@code ArchitectureTest}).
 */
package cn.fuwukuaiche.base;
