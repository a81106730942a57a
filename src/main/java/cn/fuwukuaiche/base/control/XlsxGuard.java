package cn.fuwukuaiche.base.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an uploaded .xlsx BEFORE an Excel reader opens it, so that no file can exhaust the heap: an .xlsx is a zip
 * of XML parts, and a 1.5 MB file can hold a shared-strings part that inflates to 1.5 GB (one huge shared string),
 * which any reader would have to build in memory. Every part is inflated here as a stream (nothing kept) and counted:
 * the file is refused when a part inflates beyond {@link #MAX_PART_BYTES}, all parts together beyond
 * {@link #MAX_TOTAL_BYTES}, or when it has too many parts. Cell lengths and row counts are the readers' own limits
 * ({@link #MAX_CELL_CHARS}).
 */
public final class XlsxGuard {

    /** The largest upload an import accepts. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
    /** A sheet or the shared strings of 5,000 rows stay far below this. */
    public static final long MAX_PART_BYTES = 20L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    public static final int MAX_PARTS = 1000;
    /** No cell of an import needs more (a duty description is at most 1,000). */
    public static final int MAX_CELL_CHARS = 2000;

    public static final String MSG_TOO_BIG = "Excel 文件不能超过 10 MB";
    public static final String MSG_BOMB = "Excel 文件解压后过大（可能含异常内容），请用下载的模板重新填写后上传";
    public static final String MSG_NOT_XLSX = "文件不是 Excel（.xlsx）格式，请用下载的模板填写后上传";
    /** For readers without a template of their own. */
    public static final String MSG_UNREADABLE = "无法读取该文件，请上传 .xlsx 格式的 Excel 表格";

    private XlsxGuard() {
    }

    /** Empty when the file may be handed to a reader; else the Chinese reason. */
    public static Optional<String> problem(byte[] xlsx) {
        if (xlsx == null || xlsx.length < 4) {
            return Optional.of(MSG_NOT_XLSX);
        }
        if (xlsx.length > MAX_FILE_BYTES) {
            return Optional.of(MSG_TOO_BIG);
        }
        // ZipFile reads the central directory (ZipInputStream stumbles over the data descriptors Excel writers use),
        // so the file goes to a temporary file of at most 10 MB, deleted at once
        Path tmp = null;
        try {
            tmp = Files.createTempFile("fwkc-xlsx-", ".zip");
            Files.write(tmp, xlsx);
            try (ZipFile zip = new ZipFile(tmp.toFile())) {
                if (zip.size() == 0) {
                    return Optional.of(MSG_NOT_XLSX);
                }
                if (zip.size() > MAX_PARTS) {
                    return Optional.of(MSG_BOMB);
                }
                long total = 0;
                byte[] buf = new byte[64 * 1024];
                for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    long part = 0;
                    try (InputStream in = zip.getInputStream(e)) {
                        for (int n; (n = in.read(buf)) > 0; ) {
                            part += n;
                            total += n;
                            if (part > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) {
                                return Optional.of(MSG_BOMB);
                            }
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(MSG_NOT_XLSX);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans it up
                }
            }
        }
    }

    /**
     * Reads at most {@link #MAX_FILE_BYTES} from {@code in} and checks them; a {@link BusinessException} with the reason
     * when the file is too big or refused. For readers that take a stream.
     */
    public static InputStream checked(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            problem(bytes).ifPresent(m -> {
                throw new BusinessException(MSG_NOT_XLSX.equals(m) ? MSG_UNREADABLE : m);
            });
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new BusinessException(MSG_UNREADABLE);
        }
    }
}
