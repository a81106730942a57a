package cn.fuwukuaiche.base.board;

import java.time.Instant;

/**
 * Fired (with {@code jakarta.enterprise.event.Event<BoardChanged>}) inside the transaction that changes
 * anything public: an award, a designation, a revocation, a notice, published contest results.
 * Observers that push to screens use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param source the module and what changed, for the log, e.g. "honour.flag.awarded"
 * @param at     when it happened
 */
public record BoardChanged(String source, Instant at) {

    public static BoardChanged of(String source) {
        return new BoardChanged(source, Instant.now());
    }
}
