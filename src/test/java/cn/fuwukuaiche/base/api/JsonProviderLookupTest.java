package cn.fuwukuaiche.base.api;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REST code answers every request without looking up the JSON provider: the static {@code jakarta.json.Json}
 * facade runs {@code JsonProvider.provider()} (a ServiceLoader search of every jar in the WAR) on every call, and in
 * the rating intake it was about a fifth of the server's CPU per rating (docs/benchmarks.md, "好差评接收"). Code below
 * an {@code api} package keeps a {@code JsonProvider} in a static field instead. Reads the main sources.
 */
class JsonProviderLookupTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/fuwukuaiche");
    private static final Pattern STATIC_FACADE = Pattern.compile("(?<![.\\w])Json\\.create\\w*\\(");

    @Test
    void api_code_looks_the_json_provider_up_once() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/api/"))
                    .filter(p -> {
                        try {
                            return STATIC_FACADE.matcher(Files.readString(p, StandardCharsets.UTF_8)).find();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(p -> SOURCES.relativize(p).toString()).sorted().toList();
        }
        assertEquals(List.of(), offenders, "Json.create…() per request; use a static JsonProvider (JsonProvider.provider() once)");
    }
}
