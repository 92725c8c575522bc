package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.NavigationItem;
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

    private final LayoutModel layout;

    PageErrors(CurrentUsers users, List<NavigationItem> navigation) {
        this.layout = new LayoutModel(users, navigation);
    }

    @ExceptionHandler(PlatformException.class)
    String platform(PlatformException e, Model model, HttpServletResponse response) {
        return render(model, response, e.status().value(), e.getMessage(), e.code());
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(AccessDeniedException e, Model model, HttpServletResponse response) {
        return render(model, response, 403, "您无权访问该页面", "ACCESS_DENIED");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return render(model, response, 400, "地址中的参数格式有误：" + e.getName(), "VALIDATION_FAILED");
    }

    /** A value the database refused (too long, a NUL character, out of range): the user's mistake, not ours. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String integrity(
            org.springframework.dao.DataIntegrityViolationException e, Model model, HttpServletResponse response) {
        String bad = ApiProblems.badData(e);
        if (bad != null) {
            return render(model, response, 400, "提交的内容有误：" + bad + "，请修改后重试", "INVALID_VALUE");
        }
        return render(model, response, 409, "数据冲突：记录已存在或被引用", "CONFLICT");
    }

    @ExceptionHandler({
        org.springframework.web.multipart.MultipartException.class,
        org.springframework.http.converter.HttpMessageNotReadableException.class,
        org.springframework.web.bind.MissingServletRequestParameterException.class,
        org.springframework.web.multipart.support.MissingServletRequestPartException.class
    })
    String malformed(Exception e, Model model, HttpServletResponse response) {
        return render(model, response, 400, "提交的内容不完整或格式有误，请检查后重试", "MALFORMED_REQUEST");
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected page error", e);
        return render(model, response, 500, "系统内部错误，已记录，请稍后重试", "INTERNAL_ERROR");
    }

    private String render(Model model, HttpServletResponse response, int status, String message, String code) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", ErrorResponses.shorten(message, ErrorResponses.MAX_DETAIL));
        model.addAttribute("code", code);
        // an error page keeps the navigation, so the user can go on from where they were
        layout.fill(model::addAttribute);
        return "error";
    }
}
