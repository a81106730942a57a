package cn.fuwukuaiche.honour.control;

/**
 * What a kind of award does when its 公示 ends. One CDI bean per subject type (the flag, the posts and the
 * exemplars here; the stars module adds its own, e.g. "STAR" or "COMMENDATION"): {@link NoticeService}
 * finds it by {@link #type()} and calls it inside the notice's transaction.
 * <p>
 * Put an award to notice with {@code NoticeService.open(type, id, honourText, subjectName, reason)}.
 */
public interface NoticeSubject {

    /** The subject type stored on the notice, e.g. "RED_FLAG". At most 32 characters. */
    String type();

    /**
     * The notice ended with no upheld objection: confirm the award (e.g. an exemplar becomes confirmed). By default
     * nothing: most awards stand from the day they were made and the published result says so.
     */
    default void confirmed(long subjectId) {
    }

    /** An objection was upheld: withdraw the award; {@code reason} is the leader's decision reason. */
    void withdraw(long subjectId, String reason);

    /** The staff the award is about (none for a window's award), so nobody decides an objection against himself. */
    default java.util.List<Long> people(long subjectId) {
        return java.util.List.of();
    }
}
