package cn.fuwukuaiche.base.web;

import cn.fuwukuaiche.base.api.ApiErrors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page for everything Vaadin and JAX-RS do not answer themselves (a missing static file, a
 * forbidden path such as /WEB-INF/…, an exception in a filter), registered in web.xml for every status: instead of
 * Payara's English report with its name, version and stack trace, a short Chinese page with a reference number (or,
 * below /api, the error contract's JSON). The exception (or, for any status but 404, the status) and the reference
 * go to the server log.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/fwkc-error";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // reached directly: there is nothing here
        String uri = String.valueOf(req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        Throwable t = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String ref = ApiErrors.reference();
        if (t != null || status >= 500) {
            LOG.log(Level.SEVERE, "错误页 " + status + " 编号 " + ref + "：" + req.getMethod() + " " + uri, t);
        } else if (status == 404) {
            LOG.fine(() -> "错误页 " + status + " 编号 " + ref + "：" + req.getMethod() + " " + uri);
        } else { // 400, 401, 405 … show the same 请求有误: the log says which, found by the number the user reads out
            LOG.info(() -> "错误页 " + status + " 编号 " + ref + "：" + req.getMethod() + " " + uri
                    + (req.getUserPrincipal() == null ? "" : "（" + req.getUserPrincipal().getName() + "）"));
        }
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        if (uri.startsWith(req.getContextPath() + "/api/")) {
            resp.setContentType(ApiErrors.JSON);
            resp.getWriter().write(ApiErrors.body(status, ref, List.of(new ApiErrors.Item(null, ApiErrors.messageFor(status)))));
            return;
        }
        String message = switch (status) {
            case 404 -> "您要访问的页面不存在";
            case 403 -> "您没有权限访问此页面";
            case 400 -> "请求有误";
            case 503 -> "服务暂时不可用，请稍后重试";
            default -> status >= 500 ? "系统处理时出现问题，已记录（编号 " + ref + "）。请稍后重试，如仍有问题请联系管理员。" : "请求有误";
        };
        resp.setContentType("text/html;charset=UTF-8");
        resp.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>服务快车</title></head>"
                + "<body style=\"font-family:sans-serif;margin:3em\"><h1>" + message + "</h1><p>编号 " + ref
                + "</p><p><a href=\"" + req.getContextPath() + "/\">返回首页</a></p></body></html>");
    }
}
