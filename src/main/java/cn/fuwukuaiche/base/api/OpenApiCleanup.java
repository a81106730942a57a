package cn.fuwukuaiche.base.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.util.Map;
import java.util.TreeMap;

/**
 * The document at {@code /openapi} is the hand-written {@code META-INF/openapi.yaml} (annotation scanning is off:
 * {@code mp.openapi.scan.disable=true}, because Payara's generated schemas carried {@code maxProperties: 0},
 * examples as strings and optional path parameters). Payara 6.2025.10 still adds its own root key
 * {@code endpoints:}, which OpenAPI 3.0 does not allow (later Payara versions call it {@code x-endpoints}); this
 * filter (registered as {@code mp.openapi.filter}) empties it, and its serializer leaves empty maps out. It also
 * drops a trailing slash from the server URLs, so server + path ({@code /api/...}) is one URL without "//".
 */
public class OpenApiCleanup implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation without the key: nothing to remove
        }
        if (openAPI.getServers() != null) {
            for (Server s : openAPI.getServers()) {
                String url = s.getUrl();
                if (url != null && url.endsWith("/")) {
                    s.setUrl(url.substring(0, url.length() - 1));
                }
                s.setDescription("本服务器");
            }
        }
    }
}
