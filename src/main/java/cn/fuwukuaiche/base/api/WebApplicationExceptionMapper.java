package cn.fuwukuaiche.base.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 404 (no such path), 405 (wrong method), 406, 413, 415 (not JSON) and every other status JAX-RS raises itself:
 * the error contract's JSON instead of Payara's English HTML. The Allow and Retry-After headers are kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        return ApiExceptions.of(e);
    }
}
