package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

import java.util.List;

/**
 * Grids on a phone (390 px wide): the many columns of a desk screen would make the grid 900 px wide, with the status and
 * the actions off-screen. On a narrow window this shows a grid's phone columns (typically one card column with what
 * matters, and the actions) and hides its wide columns; a resize or a turned phone switches again. No sideways
 * scrolling on a phone.
 */
public final class PhoneColumns {

    /** Windows at most this wide (CSS px) get the phone columns. */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {
    }

    /**
     * @param wideOnly  columns shown on a desk screen only
     * @param phoneOnly columns shown on a phone only (a card column, an explicit action button)
     */
    public static <T> void install(Grid<T> grid, List<Grid.Column<T>> wideOnly, List<Grid.Column<T>> phoneOnly) {
        phoneOnly.forEach(c -> c.setVisible(false));
        Registration[] resize = new Registration[1];
        grid.addAttachListener(e -> {
            Page page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> apply(grid, wideOnly, phoneOnly, d.getWindowInnerWidth()));
            if (resize[0] != null) {
                resize[0].remove();
            }
            resize[0] = page.addBrowserWindowResizeListener(r -> apply(grid, wideOnly, phoneOnly, r.getWidth()));
        });
        grid.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    static boolean phone(int width) {
        return width > 0 && width <= PHONE_MAX_WIDTH;
    }

    private static <T> void apply(Grid<T> grid, List<Grid.Column<T>> wideOnly, List<Grid.Column<T>> phoneOnly, int width) {
        boolean phone = phone(width);
        wideOnly.forEach(c -> c.setVisible(!phone));
        phoneOnly.forEach(c -> c.setVisible(phone));
        grid.getElement().getClassList().set("phone-grid", phone);
    }
}
