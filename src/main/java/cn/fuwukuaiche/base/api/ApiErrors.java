package cn.fuwukuaiche.base.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one error contract of {@code /api}: whatever the status, the body is JSON
 * <pre>{"errors":[{"field":"level","message":"…"}],"message":"…","status":400,"reference":"E7K2M9QX"}</pre>
 * with a Chinese message and a reference number that is also in the server log (with the stack trace for a 500),
 * so a vendor's support call can be matched to the log line. Never a stack trace, SQL, class or server name.
 */
public final class ApiErrors {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    /** Looked up once (each {@code Json.create…} call searches the WAR's jars for the provider). */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    public static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    /** How long a client should wait while the database is unavailable. */
    public static final int RETRY_AFTER_UNAVAILABLE = 30;

    private ApiErrors() {
    }

    /** One refused field, or {@code field == null} for the request as a whole. */
    public record Item(String field, String message) {
    }

    /** A fresh reference number: 8 characters without look-alikes (0/O, 1/I). */
    public static String reference() {
        char[] c = new char[8];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** The Chinese message for a status when nothing more specific is known. */
    public static String messageFor(int status) {
        return switch (status) {
            case 400 -> "请求有误，请检查后重试";
            case 401 -> "未认证：缺少密钥或密钥无效";
            case 403 -> "无权访问";
            case 404 -> "请求的资源不存在";
            case 405 -> "不支持该请求方法";
            case 406 -> "无法提供所要求的响应格式，请接受 application/json";
            case 409 -> "数据冲突：已被他人修改，请刷新后重试";
            case 413 -> "请求体过大";
            case 415 -> "不支持的请求体格式，请使用 Content-Type: application/json";
            case 429 -> "请求过于频繁，请稍后再试";
            case 503 -> "服务暂时不可用，请稍后重试";
            default -> status >= 500 ? "服务器处理请求时出错，请稍后重试" : "请求有误，请检查后重试";
        };
    }

    public static Response response(int status, String message) {
        return response(status, List.of(new Item(null, message)));
    }

    public static Response response(Response.StatusType status, String field, String message) {
        return response(status.getStatusCode(), List.of(new Item(field, message)));
    }

    /** The JSON answer; logged with its reference (INFO for a client's mistake, WARNING for 5xx). */
    public static Response response(int status, List<Item> items) {
        String ref = reference();
        String message = items.isEmpty() ? messageFor(status) : items.get(0).message();
        LOG.log(status >= 500 ? Level.WARNING : Level.INFO, () -> String.format(Locale.ROOT, "API %d 编号 %s：%s", status, ref, message));
        return Response.status(status).entity(body(status, ref, items)).type(JSON).build();
    }

    public static String body(int status, String reference, List<Item> items) {
        JsonArrayBuilder list = JSON_PROVIDER.createArrayBuilder();
        List<Item> all = items.isEmpty() ? List.of(new Item(null, messageFor(status))) : items;
        for (Item e : all) {
            JsonObjectBuilder o = JSON_PROVIDER.createObjectBuilder();
            if (e.field() == null) {
                o.addNull("field");
            } else {
                o.add("field", e.field());
            }
            list.add(o.add("message", e.message()));
        }
        // 5xx: the reference belongs in the sentence a vendor's log or screen shows
        String message = all.get(0).message() + (status >= 500 ? "（编号 " + reference + "）" : "");
        return JSON_PROVIDER.createObjectBuilder().add("errors", list).add("message", message).add("status", status)
                .add("reference", reference).build().toString();
    }
}
