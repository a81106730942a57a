package cn.fuwukuaiche.security.web;

import cn.fuwukuaiche.security.entity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * On a cluster a signed-in session can reach another node (its own node died; the WAR is distributable): the
 * container there knows the caller's name but not his roles (they come from the identity store at sign-in, which the
 * other node never ran). Every account has at least one role ({@code UserService}), so a caller with none, in a session
 * signed in on another node, is such a session: rather than show him 无权访问 on every page, it is ended and he signs
 * in again (one step; nothing he saved is lost). A page request goes to the login at once; a Vaadin request finds its
 * session gone and the page reloads to the login.
 *
 * <p>A session signed in on this node is never ended here: its roles are this node's own. Payara's
 * {@code isUserInRole} has been seen to answer no for every role on a request of a session signed in a moment before
 * on the same node (a fresh-clone CI: the leader signed in, saw his home page, and his next page was the login); the
 * sign-in therefore marks the session with this node's start ({@link #signedInHere}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RolelessSessionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RolelessSessionFilter.class.getName());
    /** This node's run: a new value at every start, so a session from another node (or an earlier run) differs. */
    static final String NODE_RUN = UUID.randomUUID().toString();
    static final String SIGNED_IN_ON = RolelessSessionFilter.class.getName() + ".signedInOn";

    /** Called at sign-in: the session's roles are known on this node. */
    public static void signedInHere(HttpSession session) {
        session.setAttribute(SIGNED_IN_ON, NODE_RUN);
    }

    /** The rule: end a session only when a caller arrives with no role in a session not signed in on this node run. */
    static boolean ends(boolean caller, Object signedInOn, boolean anyRole) {
        return caller && !NODE_RUN.equals(signedInOn) && !anyRole;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        Principal caller = req.getUserPrincipal();
        HttpSession session = caller == null ? null : req.getSession(false);
        Object signedInOn = session == null ? null : session.getAttribute(SIGNED_IN_ON);
        boolean anyRole = caller != null && Arrays.stream(Role.values()).anyMatch(r -> req.isUserInRole(r.name()));
        if (caller != null && !anyRole && NODE_RUN.equals(signedInOn)) {
            LOG.warning(() -> "the container answered no for every role of " + caller.getName() + ", signed in on this node ("
                    + req.getMethod() + " " + req.getRequestURI() + "): session kept");
        }
        if (ends(caller != null, signedInOn, anyRole)) {
            LOG.warning(() -> "signed-in session of " + caller.getName() + " arrived without its roles from another node ("
                    + req.getMethod() + " " + req.getRequestURI() + "): ended, sign in again");
            if (session != null) {
                session.invalidate();
            }
            try {
                req.logout();
            } catch (ServletException e) {
                // the session is gone already: nothing more to undo
            }
            if ("GET".equals(req.getMethod()) && req.getParameter("v-r") == null && !req.getRequestURI().startsWith("/api/")
                    && !req.getRequestURI().startsWith("/VAADIN/")) {
                res.sendRedirect(req.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
