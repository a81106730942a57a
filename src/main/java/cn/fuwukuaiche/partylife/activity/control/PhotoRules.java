package cn.fuwukuaiche.partylife.activity.control;

import java.util.Optional;

/**
 * Evidence photos: only real images, judged by their first bytes (a renamed .exe or a PDF called photo.jpg is
 * refused), JPEG, PNG or WebP, at most the configured size ({@code app.partylife.activity.photo-max-bytes}, 5 MB by
 * default), at most {@link #MAX_PHOTOS} an activity. Plain Java ({@code PhotoRulesTest}).
 */
public final class PhotoRules {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_PHOTOS = 9;
    public static final String MSG_NOT_IMAGE = "只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）";
    public static final String MSG_EMPTY = "照片是空文件";

    private PhotoRules() {
    }

    /** The content type the bytes show, or empty when they are not a JPEG, PNG or WebP image. */
    public static Optional<String> imageType(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** Why the photo is refused, or empty when it may be stored. */
    public static Optional<String> problem(byte[] content, long maxBytes, int photosAlready) {
        if (content == null || content.length == 0) {
            return Optional.of(MSG_EMPTY);
        }
        if (content.length > maxBytes) {
            return Optional.of("照片不能超过 " + megabytes(maxBytes) + " MB");
        }
        if (imageType(content).isEmpty()) {
            return Optional.of(MSG_NOT_IMAGE);
        }
        if (photosAlready >= MAX_PHOTOS) {
            return Optional.of("每次活动最多 " + MAX_PHOTOS + " 张照片");
        }
        return Optional.empty();
    }

    static String megabytes(long bytes) {
        long whole = bytes / (1024 * 1024);
        return whole * 1024 * 1024 == bytes ? String.valueOf(whole) : String.format("%.1f", bytes / 1024.0 / 1024.0);
    }

    private static boolean starts(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
