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
import java.util.logging.Logger;

/**
 * On a cluster a signed-in session can reach another node (its own node died; the WAR is distributable): the
 * container there knows the caller's name but not his roles (they come from the identity store at sign-in, which the
 * other node never ran). Every account has at least one role ({@code UserService}), so a caller with none is such a
 * session: rather than show him 无权访问 on every page, it is ended and he signs in again (one step; nothing he saved
 * is lost). A page request goes to the login at once; a Vaadin request finds its session gone and the page reloads
 * to the login.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RolelessSessionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(RolelessSessionFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        Principal caller = req.getUserPrincipal();
        if (caller != null && Arrays.stream(Role.values()).noneMatch(r -> req.isUserInRole(r.name()))) {
            LOG.info(() -> "signed-in session of " + caller.getName() + " arrived without its roles (from another node?): ended, sign in again");
            HttpSession session = req.getSession(false);
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
