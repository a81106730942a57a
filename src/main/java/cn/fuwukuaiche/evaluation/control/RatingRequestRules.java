package cn.fuwukuaiche.evaluation.control;

import cn.fuwukuaiche.base.control.Input;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.base.rating.RatingLevel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a submitted rating field by field and says, in Chinese, what is wrong with each bad one, so a
 * hardware vendor integrating the API can fix all problems at once. Input is the decoded JSON object as a
 * map (strings, numbers, booleans, nulls; nested objects or arrays arrive as any other type). Plain Java.
 */
public final class RatingRequestRules {

    public static final Set<String> FIELDS = Set.of("clientId", "level", "staffNo", "overall", "efficiency", "competence",
            "attitude", "comment", "ratedAt");
    public static final int MAX_COMMENT = 500;
    /** Pads may buffer ratings while offline; older ones are refused rather than counted in the wrong month. */
    public static final Duration MAX_AGE = Duration.ofDays(30);
    /** Tolerance for pads whose clock runs a little fast. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");
    static final String LEVELS = Arrays.stream(RatingLevel.values()).map(l -> l.name() + "（" + l.label() + "）")
            .collect(Collectors.joining("、"));
    private static final Map<String, String> SCORE_NAMES = Map.of("overall", "整体满意度", "efficiency", "服务效率",
            "competence", "服务水平", "attitude", "服务态度");

    /** Either a request or the list of bad fields (never both). */
    public record Parsed(RatingRequest request, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private RatingRequestRules() {
    }

    public static Parsed parse(Map<String, ?> raw, LocalDateTime now) {
        List<FieldError> errors = new ArrayList<>();
        if (raw == null) {
            return new Parsed(null, List.of(new FieldError("body", "请求体必须是 JSON 对象")));
        }
        raw.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted().forEach(k ->
                errors.add(new FieldError(k, "不支持的字段“" + k + "”，可用字段：" + String.join("、", sortedFields()))));

        String clientId = null;
        Object c = raw.get("clientId");
        if (c == null || (c instanceof String s && s.isBlank())) {
            errors.add(new FieldError("clientId", "请提供客户端评价编号 clientId：同一编号重复提交视为同一条评价"));
        } else if (!(c instanceof String s)) {
            errors.add(new FieldError("clientId", "clientId 必须是字符串"));
        } else if (!CLIENT_ID.matcher(s).matches()) {
            errors.add(new FieldError("clientId", "clientId 须为 1–64 个字母、数字或 . _ : - 字符"));
        } else {
            clientId = s;
        }

        RatingLevel level = null;
        Object l = raw.get("level");
        if (l == null) {
            errors.add(new FieldError("level", "请提供评价等级 level，必须是 " + LEVELS + "之一"));
        } else {
            level = l instanceof String s ? levelOf(s) : null;
            if (level == null) {
                errors.add(new FieldError("level", "评价等级必须是 " + LEVELS + "之一"));
            }
        }

        String staffNo = null;
        Object st = raw.get("staffNo");
        if (st != null) {
            if (!(st instanceof String s) || s.isBlank() || s.strip().length() > 20) {
                errors.add(new FieldError("staffNo", "工号 staffNo 须为 1–20 个字符的字符串"));
            } else {
                staffNo = s.strip();
            }
        }

        Integer[] scores = new Integer[4];
        String[] names = {"overall", "efficiency", "competence", "attitude"};
        for (int i = 0; i < names.length; i++) {
            Object v = raw.get(names[i]);
            if (v == null) {
                continue;
            }
            Integer score = scoreOf(v);
            if (score == null) {
                errors.add(new FieldError(names[i], SCORE_NAMES.get(names[i]) + "（" + names[i] + "）须为 1–5 的整数"));
            } else {
                scores[i] = score;
            }
        }

        String comment = null;
        Object cm = raw.get("comment");
        if (cm != null) {
            if (!(cm instanceof String s)) {
                errors.add(new FieldError("comment", "意见 comment 必须是字符串"));
            } else if (s.strip().length() > MAX_COMMENT) {
                errors.add(new FieldError("comment", "意见 comment 最多 " + MAX_COMMENT + " 个字"));
            } else if (Input.hasControl(s, true)) {
                errors.add(new FieldError("comment", "意见 comment " + Input.MSG_CONTROL));
            } else if (!s.isBlank()) {
                comment = s.strip();
            }
        }

        LocalDateTime ratedAt = null;
        Object ra = raw.get("ratedAt");
        if (ra != null) {
            ratedAt = ra instanceof String s ? timeOf(s) : null;
            if (ratedAt == null) {
                errors.add(new FieldError("ratedAt", "评价时间 ratedAt 须为 ISO-8601 格式，如 2026-11-26T10:15:30+08:00"));
            } else if (ratedAt.isAfter(now.plus(MAX_AHEAD))) {
                errors.add(new FieldError("ratedAt", "评价时间 ratedAt 不能晚于当前时间"));
                ratedAt = null;
            } else if (ratedAt.isBefore(now.minus(MAX_AGE))) {
                errors.add(new FieldError("ratedAt", "评价时间 ratedAt 不能早于 " + MAX_AGE.toDays() + " 天前"));
                ratedAt = null;
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new RatingRequest(clientId, level, staffNo, scores[0], scores[1], scores[2], scores[3], comment, ratedAt),
                List.of());
    }

    private static List<String> sortedFields() {
        return List.of("clientId", "level", "staffNo", "overall", "efficiency", "competence", "attitude", "comment", "ratedAt");
    }

    static RatingLevel levelOf(String s) {
        for (RatingLevel l : RatingLevel.values()) {
            if (l.name().equals(s.strip())) {
                return l;
            }
        }
        return null;
    }

    private static Integer scoreOf(Object v) {
        BigDecimal d;
        if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            d = BigDecimal.valueOf(((Number) v).longValue());
        } else {
            return null;
        }
        try {
            int i = d.intValueExact();
            return i >= 1 && i <= 5 ? i : null;
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** With an offset: converted to the hall's time; without: taken as the hall's local time. */
    static LocalDateTime timeOf(String s) {
        try {
            return OffsetDateTime.parse(s.strip()).atZoneSameInstant(Times.ZONE).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
