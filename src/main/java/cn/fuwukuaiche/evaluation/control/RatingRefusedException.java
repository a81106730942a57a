package cn.fuwukuaiche.evaluation.control;

import jakarta.ejb.ApplicationException;

import java.time.Duration;
import java.util.List;

/**
 * A rating submission was refused: the pad page shows the message, the API turns {@link #kind()} into its
 * HTTP status (401, 400 or 429) and {@link #errors()} into its JSON body. Nothing is stored.
 */
@ApplicationException(rollback = true)
public class RatingRefusedException extends RuntimeException {

    public enum Kind {
        /** No key, or one nobody issued. */
        UNKNOWN_KEY,
        /** A key the administrator revoked. */
        REVOKED_KEY,
        /** Bad fields. */
        INVALID,
        /** Too many ratings from this key. */
        TOO_MANY
    }

    private final Kind kind;
    private final transient List<FieldError> errors;
    private final Duration retryAfter;

    public RatingRefusedException(Kind kind, List<FieldError> errors, Duration retryAfter) {
        super(errors.isEmpty() ? kind.name() : errors.get(0).message());
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public RatingRefusedException(Kind kind, String field, String message) {
        this(kind, List.of(new FieldError(field, message)), null);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** For TOO_MANY: how long to wait. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
