package cn.fuwukuaiche.base.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kind the audit log shows for a record comes from its {@code @AuditedAs}, and no audited entity lacks one. */
class AuditedTest {

    @ParameterizedTest
    @CsvSource({
            "cn.fuwukuaiche.org.entity.Staff, 工作人员",
            "cn.fuwukuaiche.org.entity.ServiceWindow, 窗口",
            "cn.fuwukuaiche.security.entity.UserAccount, 用户",
            "cn.fuwukuaiche.honour.star.entity.StarSetting, 五星设置",
            "cn.fuwukuaiche.network.entity.ServiceCase, 代办件",
            "cn.fuwukuaiche.calendar.entity.CalendarDay, 工作日历日期",
    })
    void an_entity_is_named_by_its_annotation(String type, String kind) throws Exception {
        assertEquals(kind, Audited.kindOf(Class.forName(type)));
    }

    @Test
    void every_audited_entity_names_its_kind() throws Exception {
        List<String> missing = new ArrayList<>();
        Path root = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, AuditedTest.class.getClassLoader());
                if (!Audited.class.isAssignableFrom(c) || c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                    continue;
                }
                boolean ownKind = c.getMethod("auditType").getDeclaringClass() != Audited.class;
                boolean annotated = false;
                for (Class<?> k = c; k != null; k = k.getSuperclass()) {
                    annotated |= k.isAnnotationPresent(AuditedAs.class);
                }
                if (!ownKind && !annotated) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "Audited without @AuditedAs: " + missing);
    }
}
