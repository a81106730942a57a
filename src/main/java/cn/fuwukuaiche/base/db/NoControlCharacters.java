package cn.fuwukuaiche.base.db;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last line of the input normaliser, for every entity (a default entity listener in {@code META-INF/orm.xml}):
 * no text column may hold a control character (NUL, ESC, DEL …); tabs and line breaks pass here, since single-line
 * fields refuse them in their forms, imports and services ({@link Input}). Whatever path a value took, a NUL in a
 * name or comment is refused with a Chinese message instead of being stored.
 */
public class NoControlCharacters {

    private static final Map<Class<?>, List<Field>> TEXT_FIELDS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        for (Field f : textFields(entity.getClass())) {
            Object v;
            try {
                v = f.get(entity);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (v instanceof String s && Input.hasControl(s, true)) {
                throw new BusinessException(f.getName(), "输入内容" + Input.MSG_CONTROL);
            }
        }
    }

    private static List<Field> textFields(Class<?> type) {
        return TEXT_FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == String.class && !Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                        try {
                            f.setAccessible(true);
                            fields.add(f);
                        } catch (RuntimeException e) {
                            // not accessible: skip
                        }
                    }
                }
            }
            return List.copyOf(fields);
        });
    }
}
