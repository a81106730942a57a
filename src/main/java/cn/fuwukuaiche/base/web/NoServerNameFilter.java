package cn.fuwukuaiche.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Payara answers every response with {@code Server: Payara Micro #badassfish}; a response that already carries a
 * Server header keeps its own, so this filter names the portal instead and nobody learns the server product from a
 * header. (Error bodies are handled by the error contract and {@link ErrorPageServlet}.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NoServerNameFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        res.setHeader("Server", "fwkc");
        chain.doFilter(req, res);
    }
}
