package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The portal's print pages in one style: the 荣誉证书 / 奖状 (the 七一 commendation's and the contests'), and the
 * print rules they share with the 表彰名单. Browser print, A4 landscape, no page margins, CJK serif fonts.
 * In print the certificate is cut at one sheet: Chromium otherwise adds an empty second sheet for the app's
 * full-height body.
 */
public final class PrintSheets {

    /** Element id of a certificate; tests and the print rules find it by this id. */
    public static final String CERTIFICATE_ID = "certificate";
    /** Class of a sheet that may run over several pages (a list): no forced height in print. */
    public static final String LIST_SHEET_CLASS = "print-list-sheet";
    private static final String RED = "#b5121b";
    private static final String SERIF = "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, serif";

    private PrintSheets() {
    }

    /**
     * A certificate: heading (荣 誉 证 书), addressee (…同志：), body text, the honour in large red letters (with
     * {@code honourId} for tests), the closing line (特发此证，以资鼓励。) and the issuer with the date (lines
     * separated by \n).
     */
    public static Div certificate(String heading, String addressee, String body, String honourId, String honour,
                                  String closing, String issuerAndDate) {
        Div page = new Div();
        page.setId(CERTIFICATE_ID);
        page.getStyle().set("width", "277mm").set("height", "186mm").set("margin", "8mm auto").set("box-sizing", "border-box")
                .set("border", "6mm double " + RED).set("padding", "14mm 24mm").set("font-family", SERIF)
                .set("text-align", "center").set("color", "#222").set("background", "#fffdf5");
        Div title = new Div(heading);
        title.getStyle().set("font-size", "44pt").set("color", RED).set("letter-spacing", "0.35em").set("margin-bottom", "8mm");
        Paragraph to = new Paragraph(addressee);
        to.getStyle().set("font-size", "20pt").set("text-align", "left");
        Paragraph text = keepLastPhrase(body);
        text.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
        Div big = new Div(honour);
        big.setId(honourId);
        big.getStyle().set("font-size", "34pt").set("font-weight", "bold").set("color", RED).set("margin", "5mm 0");
        Paragraph tail = new Paragraph(closing);
        tail.getStyle().set("font-size", "20pt").set("text-align", "left").set("text-indent", "2em");
        Paragraph sign = new Paragraph(issuerAndDate);
        sign.getStyle().set("font-size", "16pt").set("text-align", "right").set("white-space", "pre-line").set("margin-top", "6mm");
        page.add(title, to, text, big, tail, sign);
        return page;
    }

    /**
     * The body with its last short phrase (after the last "，", e.g. 荣获) kept on one line: Chinese text may break between
     * any two characters, and a certificate that reads "荣" at a line's end and "获" on the next looks careless.
     */
    static Paragraph keepLastPhrase(String body) {
        Paragraph p = new Paragraph();
        int cut = body == null ? -1 : body.lastIndexOf('，');
        if (cut < 0 || body.length() - cut - 1 > 8 || cut == body.length() - 1) {
            p.setText(body);
            return p;
        }
        Span keep = new Span(body.substring(cut + 1));
        keep.getStyle().set("white-space", "nowrap");
        keep.addClassName("keep-together");
        p.add(new Text(body.substring(0, cut + 1)), keep);
        return p;
    }

    /** A list sheet (e.g. 表彰名单): same paper, font and red rule at the top, grows over as many pages as it needs. */
    public static Div listSheet(String id) {
        Div page = new Div();
        page.setId(id);
        page.addClassName(LIST_SHEET_CLASS);
        page.getStyle().set("width", "277mm").set("min-height", "190mm").set("margin", "10mm auto").set("box-sizing", "border-box")
                .set("padding", "14mm 18mm").set("font-family", SERIF).set("color", "#222")
                .set("background", "#fffdf5").set("border-top", "4mm solid " + RED);
        return page;
    }

    /** Element id of a receipt (A5 portrait, one sheet); tests and the print rules find it by this id. */
    public static final String RECEIPT_ID = "receipt";

    /**
     * A receipt sheet (the 代办 回执): A5 portrait, the same serif font and red rule at the top as the list sheets; the
     * caller fills it. In print it is cut at one sheet, like a certificate.
     */
    public static Div receipt() {
        Div page = new Div();
        page.setId(RECEIPT_ID);
        page.getStyle().set("width", "148mm").set("height", "206mm").set("margin", "6mm auto").set("box-sizing", "border-box")
                .set("padding", "9mm 11mm").set("font-family", SERIF).set("color", "#222").set("background", "#fff")
                .set("border-top", "3mm solid " + RED).set("overflow", "hidden").set("font-size", "11pt");
        return page;
    }

    /** Adds the print rules for a receipt: A5 portrait, no margins, no buttons, one sheet. */
    public static void a5Portrait(Component view) {
        view.getElement().executeJs("const s = document.createElement('style'); s.textContent = '@media print { .no-print { display: none } "
                + "@page { size: A5 portrait; margin: 0 } "
                + "html, body { margin: 0 !important; padding: 0 !important; min-height: 0 !important; height: 208mm !important; "
                + "max-height: 208mm !important; overflow: hidden !important } "
                + "#" + RECEIPT_ID + " { margin: 0 auto !important; break-inside: avoid } }'; document.head.appendChild(s);");
    }

    /** The 打印 button: opens the browser's print dialog, and is itself not printed. */
    public static Button printButton(Component view, String label) {
        Button print = new Button(label, e -> view.getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        print.setId("print");
        print.getStyle().set("margin", "1em");
        return print;
    }

    /** Adds the print rules to the page once the view is shown: A4 landscape, no margins, no buttons. */
    public static void a4Landscape(Component view) {
        view.getElement().executeJs("const s = document.createElement('style'); s.textContent = '@media print { .no-print { display: none } "
                + "@page { size: A4 landscape; margin: 0 } "
                + "html, body { margin: 0 !important; padding: 0 !important; min-height: 0 !important } "
                + "." + LIST_SHEET_CLASS + " { margin: 0 auto !important; min-height: 0 !important } "
                + "html:has(#" + CERTIFICATE_ID + "), html:has(#" + CERTIFICATE_ID + ") body { height: 200mm !important; "
                + "max-height: 200mm !important; overflow: hidden !important } "
                + "#" + CERTIFICATE_ID + " { break-inside: avoid; overflow: hidden } }'; document.head.appendChild(s);");
    }
}
