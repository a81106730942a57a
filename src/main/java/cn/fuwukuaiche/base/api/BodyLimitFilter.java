package cn.fuwukuaiche.base.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body under {@code /api} may be larger than {@link #MAX_BYTES}: a declared Content-Length above it is
 * answered 413 before anything is read, and a chunked body is counted while it is read and cut off at the limit
 * (also 413). A rating is well under 1 KB.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (ctx.getLength() > MAX_BYTES) {
            ctx.abortWith(tooLarge());
            return;
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), MAX_BYTES));
        }
    }

    static Response tooLarge() {
        return ApiErrors.response(413, "请求体过大：最多 " + (MAX_BYTES / 1024) + " KB");
    }

    /** Counts what is read and stops at the limit. */
    static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
