/**
 * Accounts, roles (ADMIN, LEADER, SECRETARY, STAFF, AGENT) and their scope; Jakarta Security's form
 * mechanism and identity store with PBKDF2 hashes and lockout; the login, change-password and user
 * admin views. Services here are EJBs so {@code @RolesAllowed} is enforced.
 */
package cn.fuwukuaiche.security;
