package cn.fuwukuaiche.base.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The portal's one JAX-RS application: every area's resources ({@code <area>.api}) are served below
 * {@code /api}, beside Vaadin at {@code /}; MicroProfile OpenAPI documents them at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "服务快车 API", version = "1.0",
        description = "县政务服务中心 服务快车 门户的接口：好差评评价器等。所有文字信息均为中文。"))
public class ApiApplication extends Application {
}
