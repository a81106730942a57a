package cn.fuwukuaiche.org.control;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Staff photos: JPEG or PNG only (judged by the file's first bytes, not its name), at most 2 MB, a real
 * image; the thumbnail is a JPEG at most {@value #THUMB} px on its longer side. Plain Java (java.awt/ImageIO).
 */
public final class Photos {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int THUMB = 160;
    public static final String MSG_TYPE = "照片只能是 JPG 或 PNG 格式";
    public static final String MSG_SIZE = "照片不能超过 2 MB";
    public static final String MSG_BROKEN = "无法识别该图片，请换一张 JPG 或 PNG 照片";

    private Photos() {
    }

    /** "image/jpeg", "image/png", or empty when the bytes are neither. */
    public static Optional<String> contentType(byte[] data) {
        if (data != null && data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (data != null && data.length > 8 && (data[0] & 0xFF) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    public static Optional<String> problem(byte[] data) {
        if (data == null || data.length == 0) {
            return Optional.of("请选择照片");
        }
        if (data.length > MAX_BYTES) {
            return Optional.of(MSG_SIZE);
        }
        if (contentType(data).isEmpty()) {
            return Optional.of(MSG_TYPE);
        }
        return Optional.empty();
    }

    /** The thumbnail as JPEG bytes; a transparent PNG is laid on white. Throws IllegalArgumentException if unreadable. */
    public static byte[] thumbnail(byte[] data) {
        try {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(data));
            if (src == null || src.getWidth() < 1 || src.getHeight() < 1) {
                throw new IllegalArgumentException(MSG_BROKEN);
            }
            double scale = Math.min(1.0, (double) THUMB / Math.max(src.getWidth(), src.getHeight()));
            int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.drawImage(src, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(out, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException(MSG_BROKEN, e);
        }
    }
}
