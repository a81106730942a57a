package cn.fuwukuaiche.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/ratings against the shared demo server, as a hardware pad would call it, with the demo keys
 * {@code demo-pad-<窗口号>} (one per window, so tests do not share a rate limit) and {@code demo-pad-revoked}.
 */
class RatingsApiIT {

    static HttpResponse<String> post(String key, String body) throws IOException, InterruptedException {
        Server.awaitReady();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Server.baseUrl() + "/api/ratings")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("X-Device-Key", key);
        }
        return Server.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    @Test
    void a_rating_is_created_once_per_client_id_and_a_bad_one_opens_a_rectification() throws Exception {
        String clientId = "it-api-" + UUID.randomUUID();
        String body = "{\"clientId\":\"" + clientId + "\",\"level\":\"DISSATISFIED\",\"attitude\":2,\"comment\":\"接口测试\"}";
        HttpResponse<String> created = post("demo-pad-A02", body);
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"rectificationId\":"), created.body());
        assertTrue(created.headers().firstValue("Location").orElse("").contains("/api/ratings/" + id(created.body())));

        HttpResponse<String> repeat = post("demo-pad-A02", body);
        assertEquals(200, repeat.statusCode(), repeat.body());
        assertEquals(id(created.body()), id(repeat.body()));

        HttpResponse<String> tooSoon = post("demo-pad-A02", "{\"clientId\":\"" + clientId + "-2\",\"level\":\"SATISFIED\"}");
        assertEquals(429, tooSoon.statusCode(), tooSoon.body());
        assertTrue(tooSoon.body().contains("评价过于频繁"), tooSoon.body());
        assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void every_bad_field_is_answered_in_chinese_json() throws Exception {
        HttpResponse<String> r = post("demo-pad-A03", "{\"level\":\"GOOD\",\"overall\":9,\"comment\":[1],\"ratedAt\":\"昨天\"}");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String b = r.body();
        assertTrue(b.startsWith("{\"errors\":["), b);
        assertTrue(b.contains("{\"field\":\"clientId\",\"message\":\"请提供客户端评价编号 clientId"), b);
        assertTrue(b.contains("{\"field\":\"level\",\"message\":\"评价等级必须是 VERY_SATISFIED（非常满意）"), b);
        assertTrue(b.contains("{\"field\":\"overall\",\"message\":\"整体满意度（overall）须为 1–5 的整数\"}"), b);
        assertTrue(b.contains("{\"field\":\"comment\",\"message\":\"意见 comment 必须是字符串\"}"), b);
        assertTrue(b.contains("\"field\":\"ratedAt\""), b);

        HttpResponse<String> notJson = post("demo-pad-A03", "level=SATISFIED");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().startsWith("{\"errors\":[{\"field\":\"body\",\"message\":\"请求体不是有效的 JSON 对象\"}],"), notJson.body());
        assertTrue(notJson.body().matches(".*\"reference\":\"[A-Z0-9]{8}\".*"), notJson.body());

        HttpResponse<String> wrongStaff = post("demo-pad-A03", "{\"clientId\":\"it-staff-" + UUID.randomUUID()
                + "\",\"level\":\"SATISFIED\",\"staffNo\":\"NOBODY\"}");
        assertEquals(400, wrongStaff.statusCode());
        assertTrue(wrongStaff.body().contains("\"field\":\"staffNo\",\"message\":\"工号 NOBODY 不是 A03 窗口的在岗工作人员\""), wrongStaff.body());
    }

    @Test
    void a_missing_unknown_or_revoked_key_is_401_with_the_reason() throws Exception {
        String body = "{\"clientId\":\"it-key-1\",\"level\":\"SATISFIED\"}";
        HttpResponse<String> missing = post(null, body);
        assertEquals(401, missing.statusCode());
        assertTrue(missing.body().contains("缺少评价器密钥"), missing.body());
        HttpResponse<String> unknown = post("demo-pad-NOPE", body);
        assertEquals(401, unknown.statusCode());
        assertTrue(unknown.body().contains("评价器密钥无效"), unknown.body());
        HttpResponse<String> revoked = post("demo-pad-revoked", body);
        assertEquals(401, revoked.statusCode());
        assertTrue(revoked.body().contains("\"field\":\"X-Device-Key\",\"message\":\"此评价器密钥已于"), revoked.body());
        assertTrue(revoked.body().contains("停用，请联系管理员"), revoked.body());
    }

    @Test
    void the_api_is_documented_by_openapi() throws Exception {
        Server.awaitReady();
        HttpResponse<String> doc = Server.get("/openapi");
        assertEquals(200, doc.statusCode());
        String y = doc.body();
        assertTrue(y.contains("/api/ratings"), y);
        assertTrue(y.contains("提交一条好差评"), y);
        assertTrue(y.contains("X-Device-Key"), y);
        assertTrue(y.contains("RatingSubmission"), y);
        for (String code : new String[] {"\"201\"", "\"200\"", "\"400\"", "\"401\"", "\"429\""}) {
            assertTrue(y.contains(code), code);
        }
    }

    /** Every status under /api answers the error contract: JSON, a Chinese message, a reference, no internals. */
    @Test
    void every_error_under_api_is_chinese_json_with_a_reference_and_no_internals() throws Exception {
        Server.awaitReady();
        String base = Server.baseUrl();
        record Case(int status, HttpRequest request) {
        }
        String nested = "[".repeat(5000) + "]".repeat(5000);
        List<Case> cases = List.of(
                new Case(404, HttpRequest.newBuilder(URI.create(base + "/api/no-such-thing")).GET().build()),
                new Case(404, HttpRequest.newBuilder(URI.create(base + "/api/display/no-such-screen")).GET().build()),
                new Case(405, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).GET().build()),
                new Case(415, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).header("X-Device-Key", "demo-pad-A06")
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("level=SATISFIED")).build()),
                new Case(400, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).header("X-Device-Key", "demo-pad-A06")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(nested)).build()),
                new Case(413, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).header("X-Device-Key", "demo-pad-A06")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"comment\":\"" + "长".repeat(40_000) + "\"}")).build()),
                new Case(413, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).header("X-Device-Key", "demo-pad-A06")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                ("[" + "1,".repeat(200_000) + "1]").getBytes(java.nio.charset.StandardCharsets.UTF_8)))).build()),
                new Case(401, HttpRequest.newBuilder(URI.create(base + "/api/ratings")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build()));
        // HTTP/1.1 as pads speak it (the shared client would try an h2c upgrade, which a refused body cuts short)
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (Case c : cases) {
            HttpResponse<String> r = http.send(c.request(), HttpResponse.BodyHandlers.ofString());
            String what = c.request().method() + " " + c.request().uri() + " → " + r.statusCode() + " " + r.body();
            assertEquals(c.status(), r.statusCode(), what);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), what);
            assertTrue(r.body().matches("(?s)\\{\"errors\":\\[.*\"message\":\"[^\"]*\\p{IsHan}[^\"]*\",\"status\":" + c.status()
                    + ",\"reference\":\"[A-Z0-9]{8}\"}"), what);
            for (String internal : List.of("Exception", "SELECT", "Payara", "at org.", "at java.", "<html")) {
                assertFalse(r.body().contains(internal), internal + " in " + what);
                assertFalse(r.headers().map().toString().contains(internal), internal + " in the headers of " + what);
            }
        }
    }

    /**
     * Idempotency before limits: twenty parallel copies of one rating are one rating, every answer 200 or 201 — and
     * quietly: the copies wait for the first instead of racing it to the unique key, so the server logs no
     * EJBException and no EclipseLink stack trace for them (it did, one per lost copy).
     */
    @Test
    void twenty_parallel_submissions_of_one_client_id_store_one_rating_and_none_is_refused() throws Exception {
        Server.awaitReady();
        Path log = Path.of("target", "it-server.log");
        long logBefore = Files.exists(log) ? Files.size(log) : -1;
        String body = "{\"clientId\":\"it-parallel-" + UUID.randomUUID() + "\",\"level\":\"SATISFIED\"}";
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            all.add(Server.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(Server.baseUrl() + "/api/ratings")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("X-Device-Key", "demo-pad-A07")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get(2, TimeUnit.MINUTES);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
            created += r.statusCode() == 201 ? 1 : 0;
            ids.add(id(r.body()));
        }
        assertEquals(1, created, "one of them stored it");
        assertEquals(1, ids.size(), "all answered with the one stored rating: " + ids);
        if (logBefore >= 0) {
            byte[] bytes = Files.readAllBytes(log);
            String added = new String(bytes, (int) Math.min(logBefore, bytes.length), (int) Math.max(0, bytes.length - logBefore),
                    StandardCharsets.UTF_8);
            for (String noise : List.of("EJBException", "EclipseLink-4002", "Local Exception Stack")) {
                assertFalse(added.contains(noise), noise + " in target/it-server.log for identical ratings");
            }
        }
    }

    /**
     * Sixteen connections on one key never cost a rating: on a 平台接入 key (no per-key limits) all sixteen are stored;
     * on a pad's key the limits admit one and refuse the others with 429. Never a 5xx (ratings on one key used to fail
     * with version conflicts and deadlocks on the key's bookkeeping).
     */
    @Test
    void sixteen_parallel_ratings_on_one_key_are_stored_or_refused_never_failed() throws Exception {
        Server.awaitReady();
        for (String key : List.of("demo-platform-A01", "demo-pad-A04")) {
            List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String body = "{\"clientId\":\"it-same-key-" + UUID.randomUUID() + "\",\"level\":\"SATISFIED\"}";
                all.add(Server.HTTP.sendAsync(HttpRequest.newBuilder(URI.create(Server.baseUrl() + "/api/ratings")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json").header("X-Device-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            Set<String> ids = new HashSet<>();
            int created = 0;
            int refused = 0;
            for (CompletableFuture<HttpResponse<String>> f : all) {
                HttpResponse<String> r = f.get(2, TimeUnit.MINUTES);
                assertTrue(r.statusCode() == 201 || r.statusCode() == 429, key + ": " + r.statusCode() + " " + r.body());
                if (r.statusCode() == 201) {
                    created++;
                    ids.add(id(r.body()));
                } else {
                    refused++;
                    assertTrue(r.body().contains("评价过于频繁"), r.body());
                }
            }
            if (key.startsWith("demo-platform")) {
                assertEquals(16, created, "a platform key is not limited: every rating stored");
                assertEquals(16, ids.size());
            } else {
                assertEquals(1, created, "a pad's key: the limits admit one");
                assertEquals(15, refused);
            }
        }
    }
}
