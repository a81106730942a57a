package cn.fuwukuaiche.org.control;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhotosTest {

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void jpeg_and_png_pass_others_are_refused_by_their_bytes() throws IOException {
        assertTrue(Photos.problem(image("jpg", 10, 10)).isEmpty());
        assertTrue(Photos.problem(image("png", 10, 10)).isEmpty());
        assertEquals(Photos.MSG_TYPE, Photos.problem(image("gif", 10, 10)).orElseThrow());
        assertEquals(Photos.MSG_TYPE, Photos.problem("<svg/>".getBytes()).orElseThrow());
        assertEquals(Photos.MSG_SIZE, Photos.problem(new byte[Photos.MAX_BYTES + 1]).orElseThrow());
    }

    @Test
    void the_thumbnail_is_a_jpeg_at_most_160_px() throws IOException {
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(Photos.thumbnail(image("png", 800, 1200))));
        assertEquals(107, t.getWidth());
        assertEquals(160, t.getHeight());
        assertEquals("image/jpeg", Photos.contentType(Photos.thumbnail(image("jpg", 50, 40))).orElseThrow());
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(Photos.thumbnail(image("jpg", 50, 40))));
        assertEquals(50, small.getWidth(), "a small photo is not enlarged");
    }

    @Test
    void a_broken_image_is_refused() {
        byte[] fake = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5};
        assertThrows(IllegalArgumentException.class, () -> Photos.thumbnail(fake));
    }
}
