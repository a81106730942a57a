package cn.fuwukuaiche.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one source of the portal's words: {@code vaadin-i18n/translations_zh_CN.properties}, with an
 * English bundle beside it. The portal speaks Chinese whatever the browser asks for; English exists
 * for developers and future use. A missing key shows as "!key" so it is noticed, never as a crash.
 */
@ApplicationScoped
public class Messages implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(locale, key, params);
    }

    /** A Chinese text for code without a UI at hand (services, exports). */
    public static String t(String key, Object... params) {
        return text(CHINESE, key, params);
    }

    private static String text(Locale locale, String key, Object... params) {
        Locale l = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : CHINESE;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, l, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
