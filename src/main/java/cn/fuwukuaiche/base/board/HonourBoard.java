package cn.fuwukuaiche.base.board;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The honours the hall shows publicly (流动红旗, 两岗, 行业标兵, 公示; the stars are {@link StarBoard}). Implemented by the honour module;
 * read by the display screens and their JSON feed. Public data only (see the package description).
 */
public interface HonourBoard {

    /** The window that holds the 流动红旗 now (the latest awarded, not revoked month), if any. */
    Optional<FlagHolder> currentFlag();

    /** Designations in force today: 党员示范岗 and 巾帼建功岗. */
    List<ModelPost> modelPosts();

    /** Confirmed 行业标兵. */
    List<Exemplar> exemplars();

    /** Notices (公示) currently open, and results (公示结果) published in the last few days. */
    List<PublicNotice> notices();

    /**
     * @param month        the month the flag was awarded for
     * @param streakMonths how many months running this window has held it, counting this one (连续 N 个月)
     */
    record FlagHolder(YearMonth month, long windowId, String windowCode, String windowName, String unitName,
                      int streakMonths, int totalMonths) {
    }

    /**
     * @param kind   "党员示范岗" or "巾帼建功岗"
     * @param photo  the staff member's thumbnail (JPEG/PNG bytes) or null
     * @param pledge the approved 亮承诺 text, or null while none is approved
     */
    record ModelPost(long designationId, String kind, long staffId, String personName, byte[] photo,
                     String politicalStatus, String windowName, String duties, String pledge,
                     LocalDate from, LocalDate until) {
    }

    /** @param subjectName a person's full name or a window's name; deeds: the public statement of deeds */
    record Exemplar(long exemplarId, String subjectName, String windowName, String title, String deeds) {
    }

    /**
     * @param honour  e.g. "流动红旗（2026年10月）"
     * @param subject the person or window
     * @param result  null while the notice is open; "无异议，予以确认" or the outcome once published
     */
    record PublicNotice(long noticeId, String honour, String subject, String reason, LocalDate from,
                        LocalDate until, String result) {
    }
}
