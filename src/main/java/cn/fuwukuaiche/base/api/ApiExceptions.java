package cn.fuwukuaiche.base.api;

import cn.fuwukuaiche.base.control.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Which answer of the error contract an exception gets; shared by the two mappers. */
public final class ApiExceptions {

    private static final Logger LOG = Logger.getLogger(ApiExceptions.class.getName());

    private ApiExceptions() {
    }

    public static Response of(Throwable t) {
        WebApplicationException wae = find(t, WebApplicationException.class);
        if (wae != null) {
            return ofWeb(wae);
        }
        BusinessException be = find(t, BusinessException.class);
        if (be != null) {
            return ApiErrors.response(400, List.of(new ApiErrors.Item(be.field(), be.getMessage())));
        }
        if (find(t, OptimisticLockException.class) != null) {
            return ApiErrors.response(409, ApiErrors.messageFor(409));
        }
        if (find(t, EJBAccessException.class) != null || find(t, SecurityException.class) != null) {
            return ApiErrors.response(403, ApiErrors.messageFor(403));
        }
        if (databaseUnavailable(t)) {
            String ref = ApiErrors.reference();
            LOG.log(Level.WARNING, String.format(Locale.ROOT, "API 503 编号 %s：数据库不可用（%s）", ref, rootMessage(t)));
            return Response.status(503).header(HttpHeaders.RETRY_AFTER, ApiErrors.RETRY_AFTER_UNAVAILABLE)
                    .entity(ApiErrors.body(503, ref, List.of(new ApiErrors.Item(null, "服务暂时不可用（数据库维护中），请 "
                            + ApiErrors.RETRY_AFTER_UNAVAILABLE + " 秒后重试")))).type(ApiErrors.JSON).build();
        }
        if (find(t, JsonException.class) != null || nestedTooDeep(t)) {
            return ApiErrors.response(400, List.of(new ApiErrors.Item("body", "请求体不是有效的 JSON（格式错误或嵌套过深）")));
        }
        String ref = ApiErrors.reference();
        LOG.log(Level.SEVERE, "API 500 编号 " + ref, t);
        return Response.status(500).entity(ApiErrors.body(500, ref, List.of())).type(ApiErrors.JSON).build();
    }

    static Response ofWeb(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status < 400) {
            return original; // a redirect or 304 thrown on purpose
        }
        if (original != null && original.hasEntity() && original.getMediaType() != null
                && original.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)) {
            return original; // already in the contract's form (e.g. the body limit's 413)
        }
        if (status >= 500 && databaseUnavailable(e)) {
            return of(new IllegalStateException(e.getCause()));
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "API " + status, e);
        }
        Response r = ApiErrors.response(status, ApiErrors.messageFor(status));
        Response.ResponseBuilder b = Response.fromResponse(r);
        if (original != null) {
            for (String h : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
                String v = original.getHeaderString(h);
                if (v != null) {
                    b.header(h, v);
                }
            }
        }
        return b.build();
    }

    /**
     * True when the cause is the database being unreachable rather than a bug: a refused or broken connection, the
     * pool unable to give one, or an SQL state of class 08 (connection exception). EclipseLink and Payara's pool
     * wrap these in their own exceptions, whose messages are matched as a last resort.
     */
    public static boolean databaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException || c instanceof ConnectException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            if (c instanceof SQLException s && s.getErrorCode() == 90067) {
                return true; // H2: connection is broken
            }
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            if (name.startsWith("jakarta.resource.") || name.contains("PoolingException")
                    || msg.contains("Error in allocating a connection") || msg.contains("Connection is broken")
                    || msg.contains("Communications link failure") || msg.contains("Connection refused")) {
                return true;
            }
        }
        return false;
    }

    /** Parsson refuses deep nesting with a plain RuntimeException. */
    private static boolean nestedTooDeep(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (String.valueOf(c.getMessage()).contains("too deeply nested")) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }
}
