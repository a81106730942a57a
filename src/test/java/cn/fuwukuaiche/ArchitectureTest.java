package cn.fuwukuaiche;

import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers (docs/architecture.md): each top-level package under {@code cn.fuwukuaiche} may use only the
 * layers below it, so no two areas import each other and {@code base}, the bottom layer, imports no area. An area
 * that needs another's data asks a face (an interface in a lower package, implemented in the owning area) instead of
 * querying the other area's tables. Reads the main sources, so a failure names the file and what it uses.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/fuwukuaiche");

    /** Layer of each top-level package: a package may use packages on a lower layer only (not its own layer's). */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("base", 0),
            Map.entry("audit", 1),
            Map.entry("security", 2),
            Map.entry("calendar", 3),
            Map.entry("org", 3),
            Map.entry("network", 4),
            Map.entry("evaluation", 5),
            Map.entry("contest", 5),
            Map.entry("honour", 6),
            Map.entry("display", 7),
            Map.entry("partylife", 7),
            Map.entry("inbox", 7),
            Map.entry("supervision", 7),
            Map.entry("app", 8));

    /**
     * Queries that still name another area's entity or table ("file: Name"). Empty, and it only shrinks: a new one
     * fails the test, and so does an entry that no longer occurs. The way out: a method of the owning area's directory
     * or read class ({@code OrgDirectory}, {@code OrgRows}, {@code AccountDirectory}, {@code StaffAccounts},
     * {@code StaffFigures}, {@code CaseFigures}) when the owner lies below, a face when it lies above; the caller
     * joins the results by id in Java.
     */
    static final Set<String> KNOWN_CROSS_AREA_QUERIES = Set.of();

    private static Map<String, Source> sources;

    record Source(Path path, String area, String code, List<String> literals) {
        String name() {
            return SOURCES.relativize(path).toString();
        }
    }

    @BeforeAll
    static void read() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                List<String> literals = new ArrayList<>();
                String code = JavaText.strip(text, literals);
                Source s = new Source(p, SOURCES.relativize(p).getName(0).toString(), code, literals);
                sources.put(s.name(), s);
            }
        }
        assertTrue(sources.size() > 100, "found only " + sources.size() + " sources under " + SOURCES.toAbsolutePath());
    }

    @Test
    void every_top_level_package_has_a_layer() {
        Set<String> unknown = new TreeSet<>();
        sources.values().forEach(s -> {
            if (!LAYERS.containsKey(s.area())) {
                unknown.add(s.area());
            }
        });
        assertEquals(Set.of(), unknown, "give each new top-level package a layer in ArchitectureTest.LAYERS and docs/architecture.md");
    }

    @Test
    void packages_use_only_the_layers_below_them() {
        Pattern reference = Pattern.compile("\\bcn\\.fuwukuaiche\\.(\\w+)");
        List<String> upward = new ArrayList<>();
        for (Source s : sources.values()) {
            Integer layer = LAYERS.get(s.area());
            Matcher m = reference.matcher(s.code());
            Set<String> seen = new TreeSet<>();
            while (m.find()) {
                String used = m.group(1);
                if (used.equals(s.area()) || !seen.add(used)) {
                    continue;
                }
                Integer usedLayer = LAYERS.get(used);
                if (layer == null || usedLayer == null || usedLayer >= layer) {
                    upward.add(s.name() + " (" + s.area() + ", layer " + layer + ") uses cn.fuwukuaiche." + used
                            + " (layer " + usedLayer + ")");
                }
            }
        }
        assertEquals(List.of(), upward, "a package may use only lower layers; invert the dependency with a face or an event");
    }

    @Test
    void production_code_uses_no_demo_package() {
        Pattern demo = Pattern.compile("\\bcn\\.fuwukuaiche\\.(?!base\\.demo\\.)([\\w.]*\\.demo)\\.");
        List<String> wrong = new ArrayList<>();
        for (Source s : sources.values()) {
            if (s.name().contains("/demo/")) {
                continue;
            }
            Matcher m = demo.matcher(s.code());
            while (m.find()) {
                wrong.add(s.name() + " uses cn.fuwukuaiche." + m.group(1));
            }
        }
        assertEquals(List.of(), wrong, "the demo county's seeders are for the demo loader only");
    }

    @Test
    void no_query_names_another_areas_entity_or_table() {
        Map<String, String> owners = owners();
        assertTrue(owners.containsKey("Rating") && owners.containsKey("service_window"), "entities not found: " + owners);
        // the name a query reads: after from/join/update/into, and the further entities of a "from A a, B b" list
        Pattern read = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(\\w+)|,\\s*([A-Z]\\w*)\\s+[a-z]\\w*\\b(?!\\s*\\()");
        Pattern query = Pattern.compile("(?i)\\b(select|update|delete|insert)\\b|^\\s*(from|join)\\b|\\s(from|join)\\s");
        Set<String> found = new TreeSet<>();
        for (Source s : sources.values()) {
            if (s.name().contains("/demo/")) {
                continue; // the demo county is built from every area at once, on the first start only
            }
            for (String literal : s.literals()) {
                if (!query.matcher(literal).find()) {
                    continue;
                }
                Matcher m = read.matcher(literal);
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    String owner = owners.get(name);
                    if (owner != null && !owner.equals(s.area())) {
                        found.add(s.name() + ": " + name);
                    }
                }
            }
        }
        Set<String> added = new TreeSet<>(found);
        added.removeAll(KNOWN_CROSS_AREA_QUERIES);
        Set<String> gone = new TreeSet<>(KNOWN_CROSS_AREA_QUERIES);
        gone.removeAll(found);
        assertEquals(Set.of(), added, "a query reads another area's entity or table: ask a face the owning area implements");
        assertEquals(Set.of(), gone, "no longer found: remove from ArchitectureTest.KNOWN_CROSS_AREA_QUERIES");
    }

    /** Entity names (JPQL) and table names (SQL) → the area that owns them. */
    static Map<String, String> owners() {
        Pattern entity = Pattern.compile("@Entity\\b(?:\\(name\\s*=\\s*\"(\\w+)\"\\))?");
        Pattern table = Pattern.compile("@(?:Table|CollectionTable|JoinTable)\\(name\\s*=\\s*\"(\\w+)\"");
        Map<String, String> owners = new LinkedHashMap<>();
        for (Source s : sources.values()) {
            String text = read(s.path());
            Matcher e = entity.matcher(text);
            if (!e.find()) {
                continue;
            }
            String simple = s.path().getFileName().toString().replace(".java", "");
            owners.put(e.group(1) != null ? e.group(1) : simple, s.area());
            Matcher t = table.matcher(text);
            boolean named = false;
            while (t.find()) {
                owners.put(t.group(1).toLowerCase(), s.area());
                named = true;
            }
            if (!named) {
                owners.put(simple.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toLowerCase(), s.area());
            }
        }
        return owners;
    }

    @Test
    void roles_allowed_name_roles_that_exist() throws Exception {
        Set<String> roles = new TreeSet<>();
        Arrays.stream(Role.values()).forEach(r -> roles.add(r.name()));
        Path classes = Path.of("target/classes");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                List<AnnotatedElement> elements = new ArrayList<>(List.of(c));
                elements.addAll(List.of(c.getDeclaredMethods()));
                for (AnnotatedElement el : elements) {
                    RolesAllowed ra = el.getAnnotation(RolesAllowed.class);
                    if (ra != null) {
                        Arrays.stream(ra.value()).filter(v -> !roles.contains(v)).forEach(v -> wrong.add(el + ": " + v));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "@RolesAllowed names a role that does not exist");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java source without comments; string literals and text blocks collected apart (and blanked in the code). */
    static final class JavaText {

        private JavaText() {
        }

        static String strip(String src, List<String> literals) {
            StringBuilder code = new StringBuilder(src.length());
            int i = 0;
            int n = src.length();
            while (i < n) {
                char c = src.charAt(i);
                if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                    while (i < n && src.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                    int end = src.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                    code.append(' ');
                } else if (src.startsWith("\"\"\"", i)) {
                    int end = src.indexOf("\"\"\"", i + 3);
                    while (end > 0 && src.charAt(end - 1) == '\\') {
                        end = src.indexOf("\"\"\"", end + 1);
                    }
                    end = end < 0 ? n : end;
                    literals.add(src.substring(i + 3, end));
                    code.append("\"\"");
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int j = i + 1;
                    StringBuilder lit = new StringBuilder();
                    while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                        if (src.charAt(j) == '\\' && j + 1 < n) {
                            lit.append(src.charAt(j)).append(src.charAt(j + 1));
                            j += 2;
                        } else {
                            lit.append(src.charAt(j++));
                        }
                    }
                    if (c == '"') {
                        literals.add(lit.toString());
                    }
                    code.append(c).append(c);
                    i = j + 1;
                } else {
                    code.append(c);
                    i++;
                }
            }
            return code.toString();
        }
    }
}
