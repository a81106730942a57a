package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.NativeButton;

/**
 * 适老化 large-type switch (GB/T 37668): toggles the class {@code large-type} on {@code <html>} and keeps the choice
 * in the browser's localStorage, so every public page and the pad open in large type once it is switched on.
 * Everything happens in the browser (no server round trip); the CSS is in the theme ({@code html.large-type}), and
 * {@link AppShell} applies the stored choice before the first paint.
 */
public class LargeTypeToggle extends NativeButton {

    /** The localStorage key; also read by the inline script in {@link AppShell}. */
    public static final String STORAGE_KEY = "fwkc.largeType";
    static final String CLASS = "large-type";

    /** Applies the stored choice to {@code <html>}; run in the page head, before the first paint. */
    static final String APPLY_STORED = "try{if(localStorage.getItem('" + STORAGE_KEY + "')==='1')"
            + "document.documentElement.classList.add('" + CLASS + "')}catch(e){}";

    public LargeTypeToggle() {
        super();
        setText(getTranslation("a11y.largeType"));
        setId("large-type-toggle");
        addClassName("large-type-toggle");
        getElement().setAttribute("type", "button");
        getElement().setAttribute("title", getTranslation("a11y.largeType.title"));
        getElement().setAttribute("aria-pressed", "false");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const b = this, root = document.documentElement, key = $0, cls = $1;
                try { if (localStorage.getItem(key) === '1') root.classList.add(cls); } catch (e) {}
                b.setAttribute('aria-pressed', String(root.classList.contains(cls)));
                if (!b.__largeType) {
                  b.__largeType = true;
                  b.addEventListener('click', () => {
                    const on = !root.classList.contains(cls);
                    root.classList.toggle(cls, on);
                    try { localStorage.setItem(key, on ? '1' : '0'); } catch (e) {}
                    document.querySelectorAll('.large-type-toggle').forEach(t => t.setAttribute('aria-pressed', String(on)));
                  });
                }""", STORAGE_KEY, CLASS);
    }
}
