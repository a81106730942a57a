package cn.fuwukuaiche.base.hall;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The hall boundary has no gaps (issue 23): every entity is either hall-owned — its table has {@code hall_id} and it
 * is multitenant in META-INF/eclipselink-orm.xml — or named here as deliberately not; every native SQL statement on a
 * hall-owned table names {@code hall_id} (EclipseLink does not filter native SQL); every CDI bean with its own entity
 * manager carries {@link HallBound} (EJBs have {@link HallBoundary} from ejb-jar.xml). Reads the sources.
 */
class HallBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Not hall-owned, each for a reason given in docs/architecture.md ("The hall as the boundary"). */
    static final Set<String> NOT_HALL_OWNED = Set.of(
            "cn.fuwukuaiche.org.entity.Hall",                // the boundary itself
            "cn.fuwukuaiche.security.entity.UserAccount",    // usernames unique across halls; app_user.hall_id, checked by UserService
            "cn.fuwukuaiche.audit.entity.AuditEntry",        // lines of no hall too (failed logins); AuditQuery filters by hall_id
            "cn.fuwukuaiche.calendar.entity.CalendarYear",   // the national work calendar
            "cn.fuwukuaiche.calendar.entity.CalendarDay",
            "cn.fuwukuaiche.supervision.entity.SupervisorOffice", // above the halls: it names the halls it supervises
            "cn.fuwukuaiche.supervision.entity.CityNotice");      // an office's notice, shown on the screens of its halls

    @Test
    void every_entity_is_hall_owned_in_eclipselink_orm_or_deliberately_not() {
        Map<String, String> tables = entityTables();
        Set<String> hallTables = hallOwnedTables();
        Set<String> expected = new TreeSet<>();
        Set<String> undecided = new TreeSet<>();
        tables.forEach((cls, table) -> {
            if (hallTables.contains(table)) {
                expected.add(cls);
            } else if (!NOT_HALL_OWNED.contains(cls)) {
                undecided.add(cls + " (" + table + ")");
            }
        });
        assertEquals(Set.of(), undecided, "an entity whose table has no hall_id: give it one (a migration) or name it in NOT_HALL_OWNED");
        assertEquals(expected, multitenantInOrmXml(), "META-INF/eclipselink-orm.xml must list exactly the hall-owned entities");
        for (String cls : NOT_HALL_OWNED) {
            assertTrue(tables.containsKey(cls), "no longer an entity: " + cls);
        }
    }

    @Test
    void every_native_sql_on_a_hall_owned_table_names_hall_id() {
        Set<String> hallTables = hallOwnedTables();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        Pattern reads = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+(\\w+)");
        List<String> missing = new ArrayList<>();
        for (Path p : javaFiles()) {
            String code = read(p);
            if (crossHall(code)) {
                continue;
            }
            for (String statement : code.split(";")) {
                StringBuilder sql = new StringBuilder();
                Matcher m = literal.matcher(statement);
                while (m.find()) {
                    sql.append(m.group(1));
                }
                Matcher r = reads.matcher(sql);
                while (r.find()) {
                    if (hallTables.contains(r.group(1)) && !sql.toString().contains("hall_id")) {
                        missing.add(MAIN.relativize(p) + ": " + sql.toString().strip());
                        break;
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "native SQL on a hall-owned table must name hall_id (and bind HallSql.hall(em))");
    }

    @Test
    void every_cdi_bean_with_an_entity_manager_is_hall_bound() {
        List<String> unbound = new ArrayList<>();
        Map<String, String> sources = new TreeMap<>();
        for (Path p : javaFiles()) {
            sources.put(MAIN.relativize(p).toString(), read(p));
        }
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String code = e.getValue();
            if (!code.contains("@PersistenceContext") || e.getKey().endsWith("HallBoundary.java")) {
                continue;
            }
            // an abstract class holding the entity manager is no bean: each class extending it is checked instead
            Matcher abstractClass = Pattern.compile("\\babstract\\s+class\\s+(\\w+)").matcher(code);
            List<String> beans = abstractClass.find()
                    ? sources.entrySet().stream().filter(s -> s.getValue().matches("(?s).*\\bextends\\s+" + abstractClass.group(1) + "\\b.*"))
                            .map(Map.Entry::getKey).toList()
                    : List.of(e.getKey());
            for (String bean : beans) {
                String beanCode = sources.get(bean);
                if (!beanCode.matches("(?s).*@(Stateless|Singleton|Stateful)\\b.*") && !beanCode.contains("@HallBound")
                        && !crossHall(beanCode)) {
                    unbound.add(bean);
                }
            }
        }
        assertEquals(List.of(), unbound, "a CDI bean with its own EntityManager needs @HallBound");
    }

    @Test
    void only_the_supervisors_comparison_reads_across_halls() {
        List<String> wrong = new ArrayList<>();
        for (Path p : javaFiles()) {
            String code = read(p);
            if (crossHall(code) && !p.endsWith("CrossHallReads.java")
                    && !(code.contains("ComparedHalls") && code.matches("(?s).*implements Hall(Ratings|Flags|Stars|Contests|Network)\\b.*"))) {
                wrong.add(MAIN.relativize(p).toString());
            }
        }
        assertEquals(List.of(), wrong, "@CrossHallReads is for the providers of the supervisor's faces (base.hall.Hall*), which take ComparedHalls");
    }

    private static boolean crossHall(String code) {
        return code.contains("@CrossHallReads(");
    }

    /** Tables with a hall_id column: added by a migration or created with one. */
    static Set<String> hallOwnedTables() {
        Set<String> tables = new TreeSet<>();
        Pattern added = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN hall_id BIGINT (?:DEFAULT \\d+ )?NOT NULL");
        Pattern created = Pattern.compile("(?is)CREATE TABLE (\\w+)\\s*\\(([^;]*?)\\);");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.toList()) {
                String sql = read(f);
                Matcher a = added.matcher(sql);
                while (a.find()) {
                    tables.add(a.group(1).toLowerCase());
                }
                Matcher c = created.matcher(sql);
                while (c.find()) {
                    if (c.group(2).matches("(?is).*\\bhall_id\\s+BIGINT\\s+NOT NULL.*")) {
                        tables.add(c.group(1).toLowerCase());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Entity class → table. */
    static Map<String, String> entityTables() {
        Map<String, String> out = new TreeMap<>();
        Pattern table = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");
        for (Path p : javaFiles()) {
            String code = read(p);
            if (!code.matches("(?s).*^@Entity\\b.*") && !Pattern.compile("^@Entity\\b", Pattern.MULTILINE).matcher(code).find()) {
                continue;
            }
            Matcher t = table.matcher(code);
            String cls = MAIN.relativize(p).toString().replace(".java", "").replace('/', '.').replace('\\', '.');
            String simple = cls.substring(cls.lastIndexOf('.') + 1);
            out.put(cls, t.find() ? t.group(1).toLowerCase() : simple.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toLowerCase());
        }
        return out;
    }

    static Set<String> multitenantInOrmXml() {
        String xml = read(Path.of("src/main/resources/META-INF/eclipselink-orm.xml"));
        Pattern entity = Pattern.compile("(?s)<entity class=\"([\\w.]+)\">\\s*<multitenant type=\"SINGLE_TABLE\">\\s*"
                + "<tenant-discriminator-column name=\"hall_id\" context-property=\"fwkc.hall\" discriminator-type=\"INTEGER\"/>");
        Set<String> out = new TreeSet<>();
        Matcher m = entity.matcher(xml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who gets a transaction of his own: (inside an EJB, in a transaction, opted out) → own transaction. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "false, false, false, true",   // a page's or a managed task's read: its own
            "true,  false, false, false",  // inside an EJB under NOT_SUPPORTED (the rating intake): none, as before
            "false, true,  false, false",  // in a transaction: joins it
            "true,  true,  false, false",
            "false, false, true,  false",  // the device-key check, on every rating: none
    })
    void a_reader_outside_every_ejb_and_transaction_gets_its_own(boolean insideEjb, boolean inTransaction, boolean optedOut,
                                                                  boolean own) {
        assertEquals(own, HallBoundary.ownTransaction(insideEjb, inTransaction, optedOut));
    }

    @jakarta.ejb.Stateless
    static class AnEjb {
    }

    static class ContainersSubclassOfAnEjb extends AnEjb {
    }

    @HallBound
    static class ACdiReader {
    }

    static class WeldsSubclassOfACdiReader extends ACdiReader {
    }

    @Test
    void ejbs_and_their_subclasses_are_told_from_cdi_readers() {
        assertTrue(HallBoundary.isEjb(AnEjb.class));
        assertTrue(HallBoundary.isEjb(ContainersSubclassOfAnEjb.class));
        assertEquals(false, HallBoundary.isEjb(ACdiReader.class));
        assertEquals(false, HallBoundary.isEjb(WeldsSubclassOfACdiReader.class));
        assertTrue(HallBoundary.isEjb(HallTransaction.class));
    }
}
