package cn.fuwukuaiche.partylife.report.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a typed figure's evidence file may be (a scan or photo of the ledger page, a PDF): JPG, PNG or PDF of at most
 * 5 MB, its name's ending and its first bytes agreeing (a renamed file is refused). Table test {@code AttachmentRulesTest}.
 */
public final class AttachmentRules {

    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final String MSG_EMPTY = "附件为空，请重新选择文件";
    public static final String MSG_TOO_BIG = "附件须为 5 MB 以内的文件";
    public static final String MSG_TYPE = "附件只能是 JPG、PNG 图片或 PDF 扫描件";
    /** What the upload offers: the browser's filter (a courtesy; the server checks again). */
    public static final String[] ACCEPTED = {"image/jpeg", "image/png", "application/pdf", ".jpg", ".jpeg", ".png", ".pdf"};

    private AttachmentRules() {
    }

    /** The problem with a file, in Chinese, or empty when it may be attached. */
    public static Optional<String> problem(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of(MSG_EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Optional.of(MSG_TOO_BIG);
        }
        String type = contentType(fileName);
        if (type == null || !type.equals(sniff(content))) {
            return Optional.of(MSG_TYPE);
        }
        return Optional.empty();
    }

    /** The content type a file name's ending stands for (jpg/jpeg, png, pdf), or null. */
    public static String contentType(String fileName) {
        String n = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        return null;
    }

    /** The content type the first bytes show (JPEG FF D8 FF, PNG 89 50 4E 47, PDF "%PDF"), or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "application/pdf";
        }
        return null;
    }
}
