/**
 * 通知 (issue 20): notifications to one account, the bell with its unread count in the header (updated by server
 * push), the list with read/unread, and the optional daily digest by e-mail. Notifications are written by observers
 * of the areas' events ({@code SheetReturned}, {@code SheetSubmitted}, {@code AppealDecided}, {@code ObjectionFiled},
 * {@code CaseHandedUp}, {@code AccountLocked}) in the same
 * transaction; the push follows after commit.
 */
package cn.fuwukuaiche.inbox;
