package cn.fuwukuaiche.partylife.activity.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Photos are judged by their bytes, not their names; the limit is a setting (here 1,000 bytes). */
class PhotoRulesTest {

    private static byte[] bytes(String spec, int size) {
        byte[] head = spec.startsWith("hex:") ? HexFormat.of().parseHex(spec.substring(4)) : spec.getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = new byte[Math.max(size, head.length)];
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    @ParameterizedTest(name = "{0} ({1} bytes, {2} already) → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # first bytes                    | size | already | expected
            hex:ffd8ffe0                      | 500  | 0       | image/jpeg
            hex:89504e470d0a1a0a              | 500  | 0       | image/png
            RIFF\u0000\u0000\u0000\u0000WEBPVP8 | 500  | 0       | image/webp
            # a PDF, a GIF, a zip and a Windows program named photo.jpg are not accepted photos
            %PDF-1.7                          | 500  | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            GIF89a                            | 500  | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            hex:504b0304                      | 500  | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            MZ                                | 500  | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            # a PNG cut after four bytes, and RIFF that is a WAV
            hex:89504e47                      | 4    | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            RIFF\u0000\u0000\u0000\u0000WAVE    | 500  | 0       | 只能上传 JPG、PNG 或 WebP 图片（文件内容不是图片）
            hex:ffd8ffe0                      | 1000 | 0       | image/jpeg
            hex:ffd8ffe0                      | 1001 | 0       | 照片不能超过 0.0 MB
            hex:ffd8ffe0                      | 500  | 8       | image/jpeg
            hex:ffd8ffe0                      | 500  | 9       | 每次活动最多 9 张照片
            """)
    void a_photo_is_accepted_only_when_its_bytes_are_an_image(String head, int size, int already, String expected) {
        byte[] b = bytes(head.translateEscapes(), size);
        String got = PhotoRules.problem(b, 1000, already).orElseGet(() -> PhotoRules.imageType(b).orElseThrow());
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0} bytes → {1} MB")
    @CsvSource({"5242880, 5", "2097152, 2", "1572864, 1.5"})
    void the_limit_is_named_in_megabytes(long bytes, String mb) {
        assertEquals(mb, PhotoRules.megabytes(bytes));
    }

    @ParameterizedTest(name = "empty → {0}")
    @CsvSource("照片是空文件")
    void an_empty_file_is_refused(String expected) {
        assertEquals(expected, PhotoRules.problem(new byte[0], 1000, 0).orElseThrow());
    }
}
