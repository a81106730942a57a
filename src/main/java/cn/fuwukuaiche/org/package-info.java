/**
 * The hall's organisation (组织架构): the hall with its floors and zones, stationed units (进驻单位), service
 * windows (窗口), staff (工作人员), the Party general branch (中心党总支), its central and joint branches
 * (中心党支部 / 联合党支部) and Party groups. {@code entity} holds the JPA entities, {@code control} the
 * plain-Java rules ({@code OrgRules}), the roster import/export and the scoped services, {@code ui} the tree,
 * list/edit and import views. Other areas read windows, staff and branches through the entities and
 * {@code control.OrgDirectory}; they never delete them: people and windows are deactivated.
 * May use {@code base}, {@code security} and {@code audit}.
 */
package cn.fuwukuaiche.org;
