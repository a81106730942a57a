package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;

/**
 * An upload kept in memory, limited ON THE SERVER to {@code maxBytes}: the browser's {@code setMaxFileSize} is a
 * courtesy that anyone posting straight to the upload URL skips. A request that declares more (Content-Length, or
 * the part's size) is refused before a byte is read; one that does not declare its size is counted while it is read
 * and cut off at the limit. A refused upload answers HTTP 413, nothing reaches the callback, and {@code refused}
 * runs (in the UI, under its lock) so the page can say why. The request and file limits are also handed to Vaadin's
 * multipart parser ({@link #getRequestSizeMax()}, {@link #getFileSizeMax()}), which then refuses early as well.
 */
public final class LimitedUpload implements UploadHandler {

    private static final Logger LOG = Logger.getLogger(LimitedUpload.class.getName());
    /** Room for the multipart headers around the file. */
    private static final long OVERHEAD = 64 * 1024;
    private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();

    private final long maxBytes;
    private final InMemoryUploadCallback callback;
    private final Runnable refused;

    private LimitedUpload(long maxBytes, InMemoryUploadCallback callback, Runnable refused) {
        this.maxBytes = maxBytes;
        this.callback = callback;
        this.refused = refused;
    }

    /** Like {@code UploadHandler.inMemory(callback)}, at most {@code maxBytes}; {@code refused} runs in the UI when refused. */
    public static LimitedUpload inMemory(long maxBytes, InMemoryUploadCallback callback, Runnable refused) {
        return new LimitedUpload(maxBytes, callback, refused);
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        long declared = event.getFileSize();
        long requestLength = event.getRequest().getContentLengthLong();
        if (declared > maxBytes || requestLength > maxBytes + OVERHEAD) {
            refuse(event, Math.max(declared, requestLength));
            return;
        }
        byte[] bytes = readAtMost(event.getInputStream(), maxBytes);
        if (bytes == null) {
            refuse(event, -1);
            return;
        }
        UploadMetadata meta = new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length);
        // as Vaadin's own in-memory handler does: the callback runs in the UI, under its lock
        event.getUI().access(() -> {
            try {
                callback.complete(meta, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** All bytes, or null as soon as there are more than {@code max}. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private void refuse(UploadEvent event, long size) {
        REFUSED.set(Boolean.TRUE);
        LOG.info(() -> "upload refused: over " + maxBytes + " bytes" + (size > 0 ? " (declared " + size + ")" : " (counted while read)")
                + ", file " + event.getFileName());
        if (refused != null && event.getUI() != null) {
            event.getUI().access(refused::run);
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        if (Boolean.TRUE.equals(REFUSED.get())) {
            REFUSED.remove();
            response.setStatus(413);
            return;
        }
        UploadHandler.super.responseHandled(success, response);
    }
}
