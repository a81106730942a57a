package cn.fuwukuaiche.base.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The 创先争优 activities the hall shows publicly: those a secretary or the leader marked for the display screens.
 * Implemented by partylife's activities ({@code ActivityBoardProvider}); read by the display screens and their JSON
 * feed. Public data only: a title, the series, the kind, the day, the branch, how many took part and one photo — never
 * a participant's name, phone or ID number.
 */
public interface ActivityBoard {

    /** Activities marked for the screens, held in the last {@code days} days, the latest first, at most {@code limit}. */
    List<ShownActivity> shown(int days, int limit);

    /** The first photo of an activity that is marked for the screens (JPEG, PNG or WebP bytes). */
    Optional<byte[]> photo(long activityId);

    /**
     * @param photoId the first photo's id (changes when the photo does), or null without a photo
     * @param people  how many took part (a count, no names)
     */
    record ShownActivity(long activityId, String title, String series, String kind, LocalDate date, String branchName,
                         int people, Long photoId) {
    }
}
