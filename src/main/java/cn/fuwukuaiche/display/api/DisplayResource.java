package cn.fuwukuaiche.display.api;

import cn.fuwukuaiche.base.api.ApiErrors;
import cn.fuwukuaiche.display.control.DisplayContent;
import cn.fuwukuaiche.display.control.ETags;
import cn.fuwukuaiche.display.control.FeedJson;
import cn.fuwukuaiche.display.control.ScreenSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.Optional;

/**
 * {@code GET /api/display/{key}}: a screen's content as JSON for other vendors' LED and TV systems, the same
 * as the screen page shows (public data only, names as the screen is configured). ETag caching: a client
 * that sends the last ETag in {@code If-None-Match} gets 304 until something changes. Photos are separate
 * URLs ({@code /api/display/{key}/photos/{id}}). {@code /api/display/{key}/events} tells of changes (server-sent
 * events); the screen page listens to it.
 */
@Path("display")
@RequestScoped
public class DisplayResource {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DisplayContent content;

    @Inject
    ScreenStreams streams;

    @GET
    @Path("{key}")
    @Produces(JSON)
    public Response feed(@PathParam("key") String key,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Optional<ScreenSettings> screen = content.screen(key);
        if (screen.isEmpty()) {
            return notFound();
        }
        content.seen(screen.get());
        String body = FeedJson.write(content.feedNow(screen.get()));
        String etag = ETags.of(body);
        CacheControl cc = new CacheControl();
        cc.setNoCache(true); // revalidate every time; the ETag makes that cheap
        EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
        if (ETags.matches(ifNoneMatch, etag)) {
            return Response.notModified(tag).cacheControl(cc).build();
        }
        return Response.ok(body, JSON).tag(tag).cacheControl(cc).build();
    }

    /**
     * The screen's event stream (server-sent events): a {@code board} event after each public change has committed;
     * the page then fetches the feed again. An unknown or revoked key gets the feed's 404.
     */
    @GET
    @Path("{key}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("key") String key, @Context SseEventSink sink, @Context Sse sse) {
        if (content.screen(key).isEmpty()) {
            throw new WebApplicationException(notFound());
        }
        streams.open(sink, sse);
    }

    @GET
    @Path("{key}/photos/{id}")
    @Produces("image/jpeg")
    public Response photo(@PathParam("key") String key, @PathParam("id") long id) {
        if (content.screen(key).isEmpty()) {
            return notFound();
        }
        return content.photo(id).map(bytes -> {
            CacheControl cc = new CacheControl();
            cc.setMaxAge(300);
            String type = bytes.length > 3 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' ? "image/png" : "image/jpeg";
            return Response.ok(bytes, type).cacheControl(cc).build();
        }).orElseGet(() -> ApiErrors.response(Response.Status.NOT_FOUND, "id", "没有这张照片，或该示范岗已不在岗"));
    }

    @GET
    @Path("{key}/activity-photos/{id}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    public Response activityPhoto(@PathParam("key") String key, @PathParam("id") long id) {
        if (content.screen(key).isEmpty()) {
            return notFound();
        }
        return content.activityPhoto(id).map(bytes -> {
            CacheControl cc = new CacheControl();
            cc.setMaxAge(300);
            String type = bytes.length > 3 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' ? "image/png"
                    : bytes.length > 11 && bytes[8] == 'W' && bytes[9] == 'E' ? "image/webp" : "image/jpeg";
            return Response.ok(bytes, type).cacheControl(cc).build();
        }).orElseGet(() -> ApiErrors.response(Response.Status.NOT_FOUND, "id", "没有这张照片，或该活动已不在大屏展示"));
    }

    private static Response notFound() {
        return ApiErrors.response(Response.Status.NOT_FOUND, "key", "大屏密钥无效或已停用");
    }
}
