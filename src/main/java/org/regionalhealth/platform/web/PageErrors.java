package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.regionalhealth.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors on pages: a readable message in the layout, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(PlatformException.class)
    String platform(PlatformException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", e.getMessage());
        model.addAttribute("code", e.code());
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("message", "您无权访问该页面");
        model.addAttribute("code", "ACCESS_DENIED");
        return "error";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", "地址中的参数格式有误：" + e.getName());
        model.addAttribute("code", "VALIDATION_FAILED");
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected page error", e);
        response.setStatus(500);
        model.addAttribute("status", 500);
        model.addAttribute("message", "系统内部错误，已记录，请稍后重试");
        model.addAttribute("code", "INTERNAL_ERROR");
        return "error";
    }
}
