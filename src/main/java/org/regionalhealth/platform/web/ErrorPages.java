package org.regionalhealth.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.NavigationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The container's error path: every error no controller answered — unknown paths, 405/415 before a handler, broken
 * multipart bodies, Spring Security's 403 (the page CSRF check included), filter errors — as problem+json for API
 * clients and the Chinese error page for browsers (replaces Spring Boot's JSON and whitelabel answers).
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final LayoutModel layout;

    ErrorPages(CurrentUsers users, List<NavigationItem> navigation) {
        this.layout = new LayoutModel(users, navigation);
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s ? s : response.getStatus();
        String code = (String) request.getAttribute(ErrorResponses.CODE);
        String detail = (String) request.getAttribute(ErrorResponses.DETAIL);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (code == null && exception != null) {
            Throwable cause = exception;
            while (cause.getCause() != null && !(cause instanceof MultipartException)) {
                cause = cause.getCause();
            }
            if (cause instanceof MaxUploadSizeExceededException) {
                status = 413;
            } else if (cause instanceof MultipartException) {
                status = 400;
                code = "MALFORMED_MULTIPART";
                detail = "上传的表单数据不完整或格式有误，请重新上传";
            } else if (status >= 500) {
                log.error(
                        "Unhandled error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), exception);
            }
        }
        if (code == null
                && status == 403
                && request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            code = "CSRF_REJECTED";
            detail = "页面已过期或无法确认请求来自本系统，请刷新页面后重试";
        }
        code = code == null ? ErrorResponses.code(status) : code;
        detail = detail == null ? ErrorResponses.detail(status) : detail;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String original = path == null
                ? null
                : path.substring(
                        Math.min(path.length(), request.getContextPath().length()));
        if (!ErrorResponses.wantsPage(original, request.getHeader("Accept"))) {
            ErrorResponses.writeProblem(response, status, code, detail, original);
            return null;
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", ErrorResponses.shorten(detail, ErrorResponses.MAX_DETAIL));
        model.addAttribute("code", code);
        layout.fill(model::addAttribute);
        return "error";
    }
}
