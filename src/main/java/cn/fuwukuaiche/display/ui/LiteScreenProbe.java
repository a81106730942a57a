package cn.fuwukuaiche.display.ui;

import cn.fuwukuaiche.display.control.DisplayContent;
import cn.fuwukuaiche.display.control.FeedJson;
import cn.fuwukuaiche.display.control.ScreenRegistry;
import cn.fuwukuaiche.display.control.ScreenSettings;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * EXPERIMENT for docs/benchmarks.md (removed in the next commit): the lightest Vaadin screen — one UI holding a place
 * label and one element whose property is the feed's JSON (the same String shared by all UIs), which a script would
 * render. Measured with DisplayBenchIT -Dbench.screen=/screen-lite/ against the thin page.
 */
@Route(value = "screen-lite", autoLayout = false)
@AnonymousAllowed
public class LiteScreenProbe extends Div implements HasUrlParameter<String>, ScreenRegistry.Client {

    private static volatile String[] last = {"", ""};
    private final DisplayContent content;
    private final ScreenRegistry registry;
    private final Span place = new Span();
    private final Div data = new Div();
    private String key;
    private UI ui;

    @Inject
    public LiteScreenProbe(DisplayContent content, ScreenRegistry registry) {
        this.content = content;
        this.registry = registry;
        setId("screen");
        place.setId("screen-place");
        add(place, data);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        key = parameter;
        show();
    }

    private void show() {
        Optional<ScreenSettings> s = content.screen(key);
        if (s.isEmpty()) {
            return;
        }
        place.setText(s.get().place());
        String json = FeedJson.write(content.feed(s.get()));
        String[] l = last;
        if (l[0].equals(json)) {
            json = l[1];
        } else {
            last = new String[] {json, json};
        }
        data.getElement().setProperty("feed", json);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        ui = e.getUI();
        registry.register(this);
        getElement().setAttribute("data-stream-open", "1");
    }

    @Override
    protected void onDetach(DetachEvent e) {
        registry.unregister(this);
    }

    @Override
    public CompletionStage<?> boardChanged() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        ui.accessSynchronously(this::show);
        done.complete(null);
        return done;
    }
}
