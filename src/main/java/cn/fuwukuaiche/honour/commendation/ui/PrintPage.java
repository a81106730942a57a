package cn.fuwukuaiche.honour.commendation.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

/**
 * What the print pages share with the contest certificate: a print button that does not print, A4 landscape, no
 * page margins; in print the certificate is 190 mm high and the page holding it is cut at one sheet (Chromium
 * otherwise adds an empty second sheet for the app's full-height body).
 */
final class PrintPage {

    static final String ISSUER = Messages.t("commendation.issuer");

    private PrintPage() {
    }

    static Button printButton(Component page) {
        Button print = new Button(Messages.t("commendation.printButton"), e -> page.getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("print");
        print.getStyle().set("margin", "1em");
        return print;
    }

    static void a4Landscape(Component page) {
        page.getElement().executeJs("const s = document.createElement('style'); s.textContent = '@media print { .no-print { display: none } "
                + "@page { size: A4 landscape; margin: 0 } "
                + "#certificate { margin: 4mm auto !important; height: 190mm !important } "
                + "#commendation-sheet { margin: 0 auto !important; min-height: 0 !important } "
                + "html, body { margin: 0 !important; padding: 0 !important; min-height: 0 !important } "
                + "html:has(#certificate), html:has(#certificate) body { height: 200mm !important; max-height: 200mm !important; overflow: hidden !important } "
                + "#certificate { break-inside: avoid; overflow: hidden } }'; document.head.appendChild(s);");
    }
}
