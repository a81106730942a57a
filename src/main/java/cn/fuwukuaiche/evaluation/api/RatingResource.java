package cn.fuwukuaiche.evaluation.api;

import cn.fuwukuaiche.base.api.ApiErrors;
import cn.fuwukuaiche.base.api.ApiExceptions;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.DeviceKeyCheck;
import cn.fuwukuaiche.evaluation.control.FieldError;
import cn.fuwukuaiche.evaluation.control.RatingIntake;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException;
import cn.fuwukuaiche.evaluation.control.RatingRequestRules;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.StringReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/ratings}: hardware rating pads and other platforms submit 好差评 ratings for the window
 * their device key is bound to. Idempotent by the client's {@code clientId}; every bad field is answered in
 * Chinese as {@code {"errors":[{"field":…,"message":…}]}}.
 */
@Path("ratings")
@ApplicationScoped // holds no request state: one instance, not a new bean and proxy target for every rating
public class RatingResource {

    public static final String KEY_HEADER = "X-Device-Key";

    /**
     * Looked up once: {@code Json.createReader} and {@code Json.createObjectBuilder} look the provider up through the
     * ServiceLoader on every call, which searched every jar of the WAR twice per rating (docs/benchmarks.md).
     */
    static final JsonProvider JSON = JsonProvider.provider();

    /**
     * The submissions being stored now, by key and clientId. An identical submission that arrives meanwhile waits for
     * the first to commit and is then answered the stored rating (200) by the idempotency look-up, instead of racing it
     * to the unique key: that race cost a rolled-back transaction, an EJBException and EclipseLink's stack trace in the
     * log for every lost copy. (Two servers behind one balancer can still race; the retry below answers that one.)
     */
    private static final ConcurrentHashMap<String, CompletableFuture<Void>> IN_FLIGHT = new ConcurrentHashMap<>();

    @Inject
    RatingIntake intake;

    @Inject
    DeviceKeyCheck keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public Response create(@HeaderParam(KEY_HEADER) String deviceKey, String body) {
        try {
            // the key first: an unauthenticated caller learns nothing about the body rules
            DeviceKeyCheck.KeyInfo key = keys.check(deviceKey);
            Map<String, Object> raw;
            try {
                raw = decode(body);
            } catch (RuntimeException e) {
                // JsonException, or Parsson's plain RuntimeException "Input is too deeply nested"
                return errors(Response.Status.BAD_REQUEST, List.of(new FieldError("body", "请求体不是有效的 JSON 对象")));
            }
            RatingRequestRules.Parsed parsed = RatingRequestRules.parse(raw, Times.now());
            if (!parsed.ok()) {
                return errors(Response.Status.BAD_REQUEST, parsed.errors());
            }
            RatingIntake.Submission s = null;
            String submission = key.id() + "/" + parsed.request().clientId();
            CompletableFuture<Void> mine = awaitTurn(submission);
            try {
                for (int attempt = 1; s == null; attempt++) {
                    try {
                        s = intake.submit(key, parsed.request(), RatingChannel.PAD);
                    } catch (EJBException e) {
                        // identical submissions raced (on two servers): the unique (key, clientId) stopped this one; the
                        // next attempt finds and answers the stored one. A database outage is not a race: 503.
                        if (attempt >= 3 || ApiExceptions.databaseUnavailable(e)) {
                            throw e;
                        }
                    }
                }
            } finally {
                if (mine != null) {
                    IN_FLIGHT.remove(submission, mine);
                    mine.complete(null);
                }
            }
            JsonObjectBuilder b = JSON.createObjectBuilder().add("id", s.ratingId()).add("clientId", parsed.request().clientId())
                    .add("level", s.level());
            if (s.rectificationId() != null) {
                b.add("rectificationId", s.rectificationId());
            }
            String json = b.build().toString();
            return s.created()
                    ? Response.created(URI.create("ratings/" + s.ratingId())).entity(json).type(MediaType.APPLICATION_JSON + ";charset=UTF-8").build()
                    : Response.ok(json, MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
        } catch (RatingRefusedException e) {
            Response.Status status = switch (e.kind()) {
                case UNKNOWN_KEY, REVOKED_KEY -> Response.Status.UNAUTHORIZED;
                case INVALID -> Response.Status.BAD_REQUEST;
                case TOO_MANY -> Response.Status.TOO_MANY_REQUESTS;
            };
            Response r = errors(status, e.errors());
            if (e.retryAfter() != null) {
                return Response.fromResponse(r).header("Retry-After", e.retryAfter().getSeconds()).build();
            }
            return r;
        }
    }

    static Map<String, Object> decode(String body) {
        if (body == null || body.isBlank()) {
            throw new JsonException("empty");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonValue v = reader.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new JsonException("not an object");
            }
            Map<String, Object> m = new LinkedHashMap<>();
            ((JsonObject) v).forEach((k, value) -> m.put(k, plain(value)));
            return m;
        }
    }

    private static Object plain(JsonValue v) {
        return switch (v.getValueType()) {
            case STRING -> ((JsonString) v).getString();
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            default -> v; // objects and arrays: the rules report the field's type as wrong
        };
    }

    private static Response errors(Response.Status status, List<FieldError> errors) {
        return ApiErrors.response(status.getStatusCode(), errors.stream().map(e -> new ApiErrors.Item(e.field(), e.message())).toList());
    }

    /**
     * Waits (at most 30 s) while an identical submission is being stored, then registers this one; null when it waited
     * in vain (it then goes ahead and, should it race, is answered by the retry).
     */
    private CompletableFuture<Void> awaitTurn(String submission) {
        CompletableFuture<Void> mine = new CompletableFuture<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        CompletableFuture<Void> other;
        while ((other = IN_FLIGHT.putIfAbsent(submission, mine)) != null) {
            try {
                other.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                // never completed exceptionally
            }
        }
        return mine;
    }
}
