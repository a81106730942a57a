package cn.fuwukuaiche.evaluation.control.assessment;

import java.util.Locale;
import java.util.Optional;

/**
 * What evidence (佐证材料) a sheet accepts: PDF, JPG or PNG, at most 5 MB. The browser is told the same, but
 * a file is only believed after its first bytes match its name, so a renamed executable is refused.
 */
public final class AssessmentEvidencePolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final String[] ACCEPTED = {"application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png"};

    private AssessmentEvidencePolicy() {
    }

    /** The content type to store (from the name and the bytes), or a Chinese reason for refusal. */
    public static Result check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            return refuse("文件名不能为空");
        }
        if (fileName.length() > 200) {
            return refuse("文件名过长（最多 200 个字符）");
        }
        if (content == null || content.length == 0) {
            return refuse("文件是空的");
        }
        if (content.length > MAX_BYTES) {
            return refuse("文件超过 5 MB（" + String.format(Locale.ROOT, "%.1f", content.length / 1024.0 / 1024.0) + " MB）");
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        String type;
        boolean magic;
        if (lower.endsWith(".pdf")) {
            type = "application/pdf";
            magic = starts(content, 0x25, 0x50, 0x44, 0x46); // %PDF
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            type = "image/jpeg";
            magic = starts(content, 0xFF, 0xD8, 0xFF);
        } else if (lower.endsWith(".png")) {
            type = "image/png";
            magic = starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
        } else {
            return refuse("只接受 PDF、JPG 或 PNG 文件");
        }
        if (!magic) {
            return refuse("文件内容与扩展名不符，请上传真实的 PDF、JPG 或 PNG 文件");
        }
        return new Result(type, null);
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Result refuse(String why) {
        return new Result(null, why);
    }

    /** @param contentType the type to store when accepted; @param why the refusal otherwise */
    public record Result(String contentType, String why) {
        public Optional<String> refusal() {
            return Optional.ofNullable(why);
        }
    }
}
