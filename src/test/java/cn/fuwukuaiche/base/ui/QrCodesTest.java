package cn.fuwukuaiche.base.ui;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The receipt's QR code, drawn as SVG squares, decodes back to the address it was made from. */
class QrCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/lookup?no=DB202612060001", "https://fwkc.example.gov.cn/lookup?no=DB202701020123",
            "http://127.0.0.1:18380/lookup"})
    void the_svg_decodes_to_the_address(String url) throws Exception {
        String svg = QrCodes.svg(url);
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int w = Integer.parseInt(box.group(1));
        int h = Integer.parseInt(box.group(2));
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(svg);
        while (run.find()) {
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int len = Integer.parseInt(run.group(3));
            for (int x = x0; x < x0 + len; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        pixels[(y * scale + dy) * w * scale + x * scale + dx] = 0xFF000000;
                    }
                }
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * scale, h * scale, pixels)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
        assertTrue(QrCodes.svgDataUrl(url).startsWith("data:image/svg+xml;base64,"));
    }
}
