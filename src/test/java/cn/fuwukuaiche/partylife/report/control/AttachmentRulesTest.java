package cn.fuwukuaiche.partylife.report.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttachmentRulesTest {

    static byte[] content(String kind, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        byte[] head = switch (kind) {
            case "JPEG" -> new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
            case "PNG" -> new byte[] {(byte) 0x89, 'P', 'N', 'G'};
            case "PDF" -> "%PDF".getBytes();
            case "ZIP" -> new byte[] {'P', 'K', 3, 4};
            default -> new byte[0];
        };
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        return b;
    }

    @ParameterizedTest(name = "{0} ({1}, {2} bytes) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            台账.jpg        | JPEG | 1000    | -
            台账.JPEG       | JPEG | 1000    | -
            scan.png        | PNG  | 1000    | -
            清单.pdf        | PDF  | 5242880 | -
            清单.pdf        | PDF  | 5242881 | 附件须为 5 MB 以内的文件
            清单.pdf        | PDF  | 0       | 附件为空，请重新选择文件
            统计.xlsx       | ZIP  | 1000    | 附件只能是 JPG、PNG 图片或 PDF 扫描件
            改了名.pdf      | ZIP  | 1000    | 附件只能是 JPG、PNG 图片或 PDF 扫描件
            photo.png       | JPEG | 1000    | 附件只能是 JPG、PNG 图片或 PDF 扫描件
            无后缀          | PDF  | 1000    | 附件只能是 JPG、PNG 图片或 PDF 扫描件
            a.txt           | TEXT | 1000    | 附件只能是 JPG、PNG 图片或 PDF 扫描件
            """)
    void aFileIsAcceptedOnlyWhenItsNameAndBytesAgree(String name, String kind, int size, String problem) {
        assertEquals(problem, AttachmentRules.problem(name, content(kind, size)).orElse(null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a.jpg  | image/jpeg
            a.jpeg | image/jpeg
            A.PNG  | image/png
            b.pdf  | application/pdf
            c.doc  | -
            -      | -
            """)
    void downloadsAreServedAsTheNameSays(String name, String type) {
        assertEquals(type, AttachmentRules.contentType(name));
    }
}
