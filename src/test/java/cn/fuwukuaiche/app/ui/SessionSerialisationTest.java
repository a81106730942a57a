package cn.fuwukuaiche.app.ui;

import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.ui.FriendlyErrorHandler;
import cn.fuwukuaiche.security.entity.Role;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.security.enterprise.CallerPrincipal;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WAR is {@code <distributable/>}: on a cluster the container may copy a session to another node, so what the
 * portal puts into a signed-in session must survive Java serialisation. That is: the caller (Jakarta Security keeps a
 * {@link CallerPrincipal} and the role names), the page the access control stored for after the login (a String),
 * and the Vaadin session with the attributes {@link UiSetup} sets (Chinese locale, {@link FriendlyErrorHandler}).
 * The views of an open UI are not replicated in practice (nginx keeps a person on his node; after a node's death he
 * signs in again, docs/deploy.md); the source check below fails when code starts putting something else into a
 * session, or adds a session- or UI-scoped bean.
 */
class SessionSerialisationTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/fuwukuaiche");

    @Test
    void a_signed_in_sessions_attributes_survive_serialisation() throws Exception {
        HashMap<String, Object> session = new HashMap<>();
        session.put("caller", new CallerPrincipal("leader"));
        session.put("groups", new LinkedHashSet<>(List.of(Role.Names.LEADER, Role.Names.ADMIN)));
        session.put(NavigationAccessControl.SESSION_STORED_REDIRECT, "honour/posts");

        @SuppressWarnings("unchecked")
        HashMap<String, Object> copy = (HashMap<String, Object>) roundTrip(session);
        assertEquals("leader", ((CallerPrincipal) copy.get("caller")).getName());
        assertEquals(Set.of("LEADER", "ADMIN"), copy.get("groups"));
        assertEquals("honour/posts", copy.get(NavigationAccessControl.SESSION_STORED_REDIRECT));
    }

    @Test
    void the_vaadin_session_with_what_the_portal_sets_survives_serialisation() throws Exception {
        LockedSession vaadin = new LockedSession();
        Lock lock = vaadin.getLockInstance();
        lock.lock();
        try {
            // what UiSetup's session-init listener sets on every Vaadin session
            vaadin.setLocale(Messages.CHINESE);
            vaadin.setErrorHandler(new FriendlyErrorHandler());
        } finally {
            lock.unlock();
        }
        assertTrue(Serializable.class.isAssignableFrom(FriendlyErrorHandler.class));
        VaadinSession copy = (VaadinSession) roundTrip(vaadin);
        copy.getLockInstance().lock();
        try {
            assertEquals(Messages.CHINESE, copy.getLocale());
            assertInstanceOf(FriendlyErrorHandler.class, copy.getErrorHandler());
        } finally {
            copy.getLockInstance().unlock();
        }
    }

    /**
     * Everything the portal's code puts into a session is listed here (today: nothing but what Vaadin and Jakarta
     * Security put there themselves), and no bean lives in a session or UI scope.
     */
    @Test
    void the_portal_puts_nothing_else_into_a_session() throws IOException {
        Pattern sessionWrite = Pattern.compile("(getSession\\(\\)|VaadinSession\\.getCurrent\\(\\)|WrappedSession\\b[^;]*)\\s*\\.setAttribute\\(");
        Pattern scoped = Pattern.compile("@(SessionScoped|VaadinSessionScoped|UIScoped|NormalUIScoped|RouteScoped|NormalRouteScoped)\\b");
        List<String> found;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            found = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    String text = Files.readString(p);
                    Matcher w = sessionWrite.matcher(text);
                    Matcher s = scoped.matcher(text);
                    return Stream.concat(w.find() ? Stream.of(p + ": writes a session attribute") : Stream.empty(),
                            s.find() ? Stream.of(p + ": " + s.group() + " bean") : Stream.empty());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), found, "add what it stores to the serialisation tests above (and keep it Serializable)");
    }

    /** A Vaadin session outside a server: its lock (which the servlet container would provide) is its own. */
    static final class LockedSession extends VaadinSession {
        private transient Lock lock;

        LockedSession() {
            super(null);
        }

        @Override
        public synchronized Lock getLockInstance() {
            if (lock == null) {  // also after deserialisation, where the container would call refreshTransients
                lock = new ReentrantLock();
            }
            return lock;
        }
    }

    private static Object roundTrip(Object o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
