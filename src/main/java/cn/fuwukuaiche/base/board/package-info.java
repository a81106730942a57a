/**
 * The public board: what the hall shows to everyone (display screens, their JSON feed, public pages).
 * <p>
 * Modules that own public honours and results implement the provider interfaces here
 * ({@link HonourBoard} and {@link StarBoard} in honour, {@link ContestBoard} in contest, {@link ActivityBoard} and
 * {@link MeetingBoard} in partylife) as CDI beans; the display module reads
 * them through {@code Instance<...>} so a missing module just leaves a panel empty. Every record carries
 * public data only: never a phone, an ID number, a rating comment or an internal score breakdown. Names are
 * full names; the screen decides how to show them (full name, or surname + 同志).
 * <p>
 * A module that changes anything shown here fires {@link BoardChanged}; observers that push to screens
 * observe it {@code during = TransactionPhase.AFTER_SUCCESS}, so nothing uncommitted reaches a screen.
 */
package cn.fuwukuaiche.base.board;
