package cn.fuwukuaiche.display.api;

import cn.fuwukuaiche.display.control.ScreenRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The screens' open event streams ({@code /api/display/<key>/events}): each is a {@link ScreenRegistry.Client}, so
 * {@code BoardPush} sends it a {@code board} event after a public change has committed. This is all a screen holds on
 * the server: the stream's connection, a sink and this small object (no session, no component tree). Every
 * {@value #KEEP_ALIVE_SECONDS} s each stream gets a comment line, which keeps proxies from closing it and finds the
 * streams whose page has gone (the write fails; they leave the registry).
 */
@ApplicationScoped
public class ScreenStreams {

    static final int KEEP_ALIVE_SECONDS = 25;
    static final long RECONNECT_MILLIS = 3000;
    private static final Logger LOG = Logger.getLogger(ScreenStreams.class.getName());

    @Inject
    ScreenRegistry registry;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean keepingAlive = new AtomicBoolean();

    /** A stream has opened: says hello (so the browser sees it open at once) and registers it. */
    void open(SseEventSink sink, Sse sse) {
        Stream s = new Stream(sink, sse);
        registry.register(s);
        s.send(sse.newEventBuilder().name("hello").data("open").reconnectDelay(RECONNECT_MILLIS).build())
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        registry.unregister(s);
                    }
                });
        if (keepingAlive.compareAndSet(false, true)) {
            scheduler.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void keepAlive() {
        try {
            for (ScreenRegistry.Client c : registry.clients()) {
                if (c instanceof Stream s) {
                    s.send(s.sse.newEventBuilder().comment("keep-alive").build()).whenComplete((ok, e) -> {
                        if (e != null) {
                            registry.unregister(s);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "display: keep-alive of the screens' streams failed", e);
        }
    }

    /** One screen's open stream. */
    static final class Stream implements ScreenRegistry.Client {
        private final SseEventSink sink;
        private final Sse sse;

        Stream(SseEventSink sink, Sse sse) {
            this.sink = sink;
            this.sse = sse;
        }

        @Override
        public CompletionStage<?> boardChanged() {
            return send(sse.newEventBuilder().name("board").data("changed").build());
        }

        CompletionStage<?> send(OutboundSseEvent event) {
            if (sink.isClosed()) {
                return CompletableFuture.failedFuture(new IllegalStateException("closed"));
            }
            try {
                return sink.send(event);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }
}
