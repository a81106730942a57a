package cn.fuwukuaiche.app;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code webapp/WEB-INF/glassfish-web.xml} leaves library jars out of Payara's annotation and CDI scan at deployment
 * (a shorter start, docs/benchmarks.md "启动"). A jar left out must need no scan: no CDI {@code beans.xml}, no servlet
 * container initializer, no web fragment, and no Vaadin jar (Vaadin's initializers find its routes, error views and
 * lookup services by scanning). Matches each pattern as Payara does ({@code WEB-INF/lib/<pattern>(-.*)?.jar}, {@code *}
 * and {@code ?} wildcards) against the jars on the test class path, which hold the WAR's runtime jars.
 */
class ScanningExclusionsTest {

    private static final Pattern EXCLUDE = Pattern.compile("<scanning-exclude>\\s*([^<\\s]+)\\s*</scanning-exclude>");

    @Test
    void excluded_jars_need_no_scan() throws IOException {
        String xml = Files.readString(Path.of("webapp/WEB-INF/glassfish-web.xml"));
        List<Pattern> patterns = new ArrayList<>();
        Matcher m = EXCLUDE.matcher(xml);
        while (m.find()) {
            // Payara's Application.WildcardToRegex
            String value = m.group(1).replaceAll("(\\?|\\*)", ".$1").replaceFirst("\\.jar$", "");
            patterns.add(Pattern.compile(String.format("^%s/%s(-.*)?\\.jar$", "WEB-INF/lib", value)));
        }
        assertTrue(patterns.size() > 10, "scanning-exclude entries read: " + patterns);
        List<String> excluded = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            File f = new File(entry);
            if (!f.getName().endsWith(".jar")) {
                continue;
            }
            String name = "WEB-INF/lib/" + f.getName();
            if (patterns.stream().noneMatch(p -> p.matcher(name).matches())) {
                continue;
            }
            excluded.add(f.getName());
            try (ZipFile zip = new ZipFile(f)) {
                for (String needsScan : List.of("META-INF/beans.xml", "META-INF/services/jakarta.servlet.ServletContainerInitializer",
                        "META-INF/web-fragment.xml")) {
                    if (zip.getEntry(needsScan) != null) {
                        wrong.add(f.getName() + " has " + needsScan);
                    }
                }
                if (zip.stream().anyMatch(e -> e.getName().startsWith("com/vaadin/"))) {
                    wrong.add(f.getName() + " holds com.vaadin classes");
                }
            }
        }
        assertTrue(excluded.stream().anyMatch(n -> n.startsWith("mysql-connector-j")), "patterns match the jars: " + excluded);
        assertEquals(List.of(), wrong, "jars left out of the scan that need it");
    }
}
