package cn.fuwukuaiche.base.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Everything else that escapes a resource: a rule's refusal (400), a stale save (409), a refused call (403), JSON
 * the parser refuses (400, e.g. "too deeply nested"), the database being unavailable (503 with Retry-After), and
 * anything unexpected (500 with a reference; the stack trace goes to the log only).
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable t) {
        return ApiExceptions.of(t);
    }
}
