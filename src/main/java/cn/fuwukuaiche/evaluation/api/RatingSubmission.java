package cn.fuwukuaiche.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request body of {@code POST /api/ratings}, for the OpenAPI document only: the resource reads the JSON
 * itself so that every bad field gets its own Chinese message.
 */
@Schema(name = "RatingSubmission", description = "一条好差评")
public class RatingSubmission {

    @Schema(required = true, maxLength = 64, pattern = "[A-Za-z0-9._:\\-]{1,64}", example = "pad-A01-20261126-000123",
            description = "客户端为这条评价生成的编号；同一密钥下重复提交同一编号视为同一条评价（幂等）")
    public String clientId;

    @Schema(required = true, enumeration = {"VERY_SATISFIED", "SATISFIED", "BASIC", "DISSATISFIED", "VERY_DISSATISFIED"},
            description = "评价等级：非常满意、满意、基本满意、不满意、非常不满意；后两项为差评，自动生成整改单")
    public String level;

    @Schema(maxLength = 20, example = "QS0012", description = "为其服务的工作人员工号，须为该窗口的在岗人员（可选）")
    public String staffNo;

    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5", description = "整体满意度 1–5（可选）")
    public Integer overall;

    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5", description = "服务效率 1–5（可选）")
    public Integer efficiency;

    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5", description = "服务水平 1–5（可选）")
    public Integer competence;

    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5", description = "服务态度 1–5（可选）")
    public Integer attitude;

    @Schema(maxLength = 500, description = "评价人的意见（可选，不公开）")
    public String comment;

    @Schema(format = "date-time", example = "2026-11-26T10:15:30+08:00",
            description = "评价时间，ISO-8601；不带时区时按北京时间；缺省为收到时间；不能晚于当前时间，不能早于 30 天前")
    public String ratedAt;
}
