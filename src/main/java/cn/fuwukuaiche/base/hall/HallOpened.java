package cn.fuwukuaiche.base.hall;

/**
 * A new hall has its row and its skeleton, in a transaction that works for it (fired by the super admin's
 * {@code HallAdminService.createHall} inside {@link HallScope}): each area observes it and writes what the hall needs
 * before its ADMIN takes over — the settings rows the migrations wrote for the first hall (好差评, network, stars,
 * meeting kinds and their cadence). An observer that fails rolls the whole opening back.
 */
public record HallOpened(long hallId, String code, String by) {
}
