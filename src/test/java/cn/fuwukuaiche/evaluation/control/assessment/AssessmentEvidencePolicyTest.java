package cn.fuwukuaiche.evaluation.control.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Evidence files: PDF/JPG/PNG only, at most 5 MB, and the bytes must match the name. */
class AssessmentEvidencePolicyTest {

    static final String PDF = "255044462d312e340a";          // %PDF-1.4\n
    static final String JPG = "ffd8ffe000104a464946";        // JPEG/JFIF
    static final String PNG = "89504e470d0a1a0a0000000d";    // PNG signature

    @ParameterizedTest(name = "{0} ({1}, {2} bytes) → {3}")
    @CsvSource(delimiter = '|', value = {
            // file name        | first bytes (hex) | size    | stored type or refusal
            "表扬信.pdf          | " + PDF + "       | 2048    | application/pdf",
            "照片.JPG            | " + JPG + "       | 100000  | image/jpeg",
            "卫生检查.jpeg       | " + JPG + "       | 10      | image/jpeg",
            "截图.png            | " + PNG + "       | 5242880 | image/png",
            "截图.png            | " + PNG + "       | 5242881 | 文件超过 5 MB（5.0 MB）",
            "报告.docx           | 504b0304          | 1000    | 只接受 PDF、JPG 或 PNG 文件",
            "病毒.pdf            | 4d5a9000          | 1000    | 文件内容与扩展名不符，请上传真实的 PDF、JPG 或 PNG 文件",
            "照片.png            | " + JPG + "       | 1000    | 文件内容与扩展名不符，请上传真实的 PDF、JPG 或 PNG 文件",
            "空.pdf              | ''                | 0       | 文件是空的",
            "''                  | " + PDF + "       | 100     | 文件名不能为空",
    })
    void accepts_only_real_pdf_jpg_png_up_to_5_mb(String name, String hex, int size, String expected) {
        byte[] content = new byte[size];
        byte[] head = HexFormat.of().parseHex(hex);
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        AssessmentEvidencePolicy.Result r = AssessmentEvidencePolicy.check(name, content);
        assertEquals(expected, r.refusal().orElse(r.contentType()));
    }

    @ParameterizedTest
    @CsvSource({"a.pdf"})
    void a_file_name_longer_than_200_characters_is_refused(String suffix) {
        String name = "很".repeat(200) + suffix;
        assertEquals("文件名过长（最多 200 个字符）", AssessmentEvidencePolicy.check(name,
                "%PDF".getBytes(StandardCharsets.US_ASCII)).why());
    }
}
