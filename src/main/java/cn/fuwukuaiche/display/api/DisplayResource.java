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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * {@code GET /api/display/{key}}: a screen's content as JSON for other vendors' LED and TV systems, the same
 * as the screen page shows (public data only, names as the screen is configured). ETag caching: a client
 * that sends the last ETag in {@code If-None-Match} gets 304 until something changes. Photos are separate
 * URLs ({@code /api/display/{key}/photos/{id}}).
 */
@Path("display")
@RequestScoped
@Tag(name = "大屏", description = "大屏内容（流动红旗、两岗、五星、行业标兵、公示、满意率与排名、三级网络、竞赛获奖）")
public class DisplayResource {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DisplayContent content;

    @GET
    @Path("{key}")
    @Produces(JSON)
    @Operation(summary = "大屏内容",
            description = "以管理员发放的大屏密钥读取该大屏的全部内容，与大屏页面 /screen/{key} 显示的一致：只含公开信息，"
                    + "姓名按大屏设置显示（全名或“姓 + 同志”），照片为单独的地址。未部署的板块为空列表，boards 列出已有的数据来源。"
                    + "带 ETag：请求头 If-None-Match 与当前内容一致时返回 304。建议每 30–60 秒轮询一次。")
    @APIResponse(responseCode = "200", description = "大屏内容", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "feed", value = "{\"screen\":{\"name\":\"一楼大厅大屏\",\"place\":\"一楼大厅\",\"theme\":\"RED\","
                    + "\"nameDisplay\":\"FULL\",\"secondsPerPanel\":15,\"panels\":[{\"id\":\"FLAG\",\"title\":\"流动红旗\"}]},"
                    + "\"brand\":\"服务快车\",\"motto\":\"热情、诚信、规范高效、廉洁、便民\",\"boards\":[\"honours\",\"stars\",\"contests\"],"
                    + "\"flag\":{\"month\":\"2026年10月\",\"windowCode\":\"A05\",\"windowName\":\"户籍业务\",\"unitName\":\"县公安局\","
                    + "\"streakMonths\":2,\"totalMonths\":3},\"modelPosts\":[{\"id\":7,\"kind\":\"党员示范岗\",\"name\":\"张伟\","
                    + "\"politicalStatus\":\"中共党员\",\"windowName\":\"户籍业务\",\"duties\":\"户口迁移、身份证办理\",\"pledge\":\"一次告知、限时办结\","
                    + "\"photoUrl\":\"/api/display/demo-screen-hall/photos/7\",\"until\":\"2026年12月31日\"}],\"stars\":[],\"exemplars\":[],"
                    + "\"notices\":[],\"satisfaction\":{\"month\":\"2026-11\",\"ratings\":812,\"percent\":98.6,\"trend\":[],"
                    + "\"ranking\":[{\"rank\":1,\"tied\":false,\"window\":\"A01 综合受理\",\"satisfactionPercent\":100.0}]},"
                    + "\"network\":{\"year\":2026,\"accepted\":120,\"handled\":101,\"onTimePercent\":97.0,\"levels\":[]},\"contests\":[]}")))
    @APIResponse(responseCode = "304", description = "内容未变（If-None-Match 与 ETag 一致）")
    @APIResponse(responseCode = "404", description = "密钥无效或大屏已停用")
    public Response feed(@Parameter(description = "大屏密钥（管理员在“大屏管理”中发放）") @PathParam("key") String key,
                         @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "上次响应的 ETag")
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Optional<ScreenSettings> screen = content.screen(key);
        if (screen.isEmpty()) {
            return notFound();
        }
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

    @GET
    @Path("{key}/photos/{id}")
    @Produces("image/jpeg")
    @Operation(summary = "两岗照片", description = "大屏内容中 modelPosts[].photoUrl 指向这里；只提供当前在岗的示范岗照片。")
    @APIResponse(responseCode = "200", description = "照片（JPEG 或 PNG）")
    @APIResponse(responseCode = "404", description = "密钥无效、大屏已停用或没有这张照片")
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

    private static Response notFound() {
        return ApiErrors.response(Response.Status.NOT_FOUND, "key", "大屏密钥无效或已停用");
    }
}
