package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every word the code asks for exists in Chinese and English; no key is shown raw to a user. */
class TranslationsTest {

    private static final Pattern KEY_USE = Pattern.compile("(?:getTranslation|Messages\\.t|title = )\\(?\"([a-zA-Z][\\w.]+)\"");

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void both_bundles_have_the_same_keys() throws IOException {
        assertEquals(new TreeSet<>(load("translations_zh_CN.properties").stringPropertyNames()),
                new TreeSet<>(load("translations_en.properties").stringPropertyNames()));
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> known = load("translations_zh_CN.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(f));
                while (m.find()) {
                    if (m.group(1).contains(".") && !known.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void the_portal_speaks_chinese_whatever_the_browser_asks() {
        Messages m = new Messages();
        assertEquals("服务快车", m.getTranslation("app.brand", Locale.GERMAN));
        assertEquals("Service Express", m.getTranslation("app.brand", Locale.ENGLISH));
        assertTrue(m.getTranslation("login.error.message", Locale.CHINA, 5, 15).contains("5 次"));
        assertEquals("!no.such.key", m.getTranslation("no.such.key", Locale.CHINA));
    }

    @Test
    void a_quote_in_a_pattern_with_values_is_doubled_so_it_shows() throws IOException {
        // MessageFormat swallows a single ' in a pattern that has {0}: "leader's {0}" would show "leaders {0}"
        Pattern single = Pattern.compile("(?<!')'(?!')");
        Set<String> bad = new TreeSet<>();
        for (String file : List.of("translations_zh_CN.properties", "translations_en.properties")) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String v = p.getProperty(key);
                if (v.matches("(?s).*\\{\\d.*") && single.matcher(v).find()) {
                    bad.add(file + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), bad);
    }

    /** Lines of UI code that may keep Chinese: Vaadin's @PageTitle takes a constant; log and audit lines are records, not UI. */
    private static final Pattern ALLOWED_CHINESE = Pattern.compile("@PageTitle\\(|LOG\\.|audit\\.event\\(");
    private static final Pattern CHINESE_LITERAL = Pattern.compile("\"[^\"\\n]*[\\u4e00-\\u9fff][^\"\\n]*\"");

    @Test
    void ui_code_takes_its_words_from_the_bundle() throws IOException {
        Set<String> inline = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/")).toList()) {
                String[] lines = Files.readString(f).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String code = lines[i].strip();
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")
                            || ALLOWED_CHINESE.matcher(code).find()) {
                        continue;
                    }
                    int comment = code.indexOf("// ");
                    Matcher m = CHINESE_LITERAL.matcher(comment < 0 ? code : code.substring(0, comment));
                    if (m.find()) {
                        inline.add(f.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertEquals(Set.of(), inline, "Chinese words belong in vaadin-i18n/translations_zh_CN.properties");
    }
}
