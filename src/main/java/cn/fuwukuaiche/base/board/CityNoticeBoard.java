package cn.fuwukuaiche.base.board;

import java.time.LocalDate;
import java.util.List;

/**
 * City-wide notices (上级主管's 通知) the screens of a hall show. Implemented by the supervision area; public text only.
 */
public interface CityNoticeBoard {

    /**
     * The notices shown today on the screens of {@code hallId}: published by an office that supervises it, not
     * withdrawn, today within their days. A null hall (a screen that does not yet know its hall) gets those of every
     * office that supervises the portal's first hall.
     */
    List<CityNotice> current(Long hallId, LocalDate today);

    record CityNotice(long id, String office, String title, String body, LocalDate from, LocalDate until) {
    }
}
