package cn.fuwukuaiche.evaluation.control;

/** One refused field of a rating submission, with the Chinese message the caller shows or logs. */
public record FieldError(String field, String message) {
}
