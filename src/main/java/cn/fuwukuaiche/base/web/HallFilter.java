package cn.fuwukuaiche.base.web;

import cn.fuwukuaiche.base.hall.HallCodes;
import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallDirectory;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The hall of a request's page (issue 23): {@code /h/{code}/rest} is the page {@code /rest} of the hall with that
 * code (forwarded, so every page, the pad, the screens and the API serve under it unchanged, and a Vaadin page's own
 * requests, relative to its address, stay under it too); any other address is the default hall's (the lowest id:
 * the old single-hall URLs). An unknown or malformed code is a 404 (the Chinese error page). The page's hall counts
 * for anonymous callers only: a signed-in account works for its own hall ({@code HallResolution}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class HallFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    transient Instance<HallDirectory> directories;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Optional<HallCodes.HallPath> hallPath = HallCodes.parse(path);
        if (hallPath.isPresent()) {
            String code = hallPath.get().code();
            Optional<Long> hall = HallCodes.valid(code) ? first(d -> d.hallOfCode(code)) : Optional.empty();
            if (hall.isEmpty()) {
                res.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            HallContext.setPage(hall.get());
            try {
                String query = req.getQueryString();
                req.getRequestDispatcher(hallPath.get().rest() + (query == null ? "" : "?" + query)).forward(req, res);
            } finally {
                HallContext.clearPage();
            }
            return;
        }
        HallContext.setPage(first(HallDirectory::defaultHall).orElse(null));
        try {
            chain.doFilter(req, res);
        } finally {
            HallContext.clearPage();
        }
    }

    private Optional<Long> first(java.util.function.Function<HallDirectory, Optional<Long>> ask) {
        for (HallDirectory d : directories) {
            Optional<Long> found = ask.apply(d);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
