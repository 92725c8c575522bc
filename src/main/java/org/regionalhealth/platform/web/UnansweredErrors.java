package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before a controller is chosen (no advice sees them): unknown paths, a method or content type no
 * handler takes, a broken or oversized multipart body. Each becomes its 4xx with a Chinese detail through
 * {@link ErrorPages}, instead of Spring's defaults (a broken multipart body used to answer 500).
 */
class UnansweredErrors implements HandlerExceptionResolver {

    private final LayoutModel layout;

    UnansweredErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        int status;
        String code;
        String detail;
        if (e instanceof NoResourceFoundException) {
            status = 404;
            code = "NOT_FOUND";
            detail = ErrorResponses.detail(404);
        } else if (e instanceof HttpRequestMethodNotSupportedException) {
            status = 405;
            code = "METHOD_NOT_ALLOWED";
            detail = "不支持的请求方法：" + ErrorResponses.shorten(request.getMethod(), 10);
        } else if (e instanceof HttpMediaTypeNotSupportedException) {
            status = 415;
            code = "UNSUPPORTED_MEDIA_TYPE";
            detail = "不支持的内容类型，请按接口说明发送（如 application/json 或 multipart/form-data）";
        } else if (e instanceof HttpMediaTypeNotAcceptableException) {
            status = 406;
            code = "NOT_ACCEPTABLE";
            detail = ErrorResponses.detail(406);
        } else if (e instanceof MaxUploadSizeExceededException) {
            status = 413;
            code = "PAYLOAD_TOO_LARGE";
            detail = "上传的文件过大";
        } else if (e instanceof MultipartException) {
            status = 400;
            code = "MALFORMED_MULTIPART";
            detail = "上传的表单数据不完整或格式有误，请重新上传";
        } else {
            return null;
        }
        if (e instanceof HttpRequestMethodNotSupportedException methods && methods.getSupportedHttpMethods() != null) {
            response.setHeader(
                    "Allow",
                    String.join(
                            ", ",
                            methods.getSupportedHttpMethods().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        // answered here rather than through sendError: after a broken multipart body the error dispatch has nothing
        // left to read and Tomcat closes the connection with an empty answer
        if (!ErrorResponses.wantsPage(request)) {
            try {
                ErrorResponses.writeProblem(
                        response,
                        status,
                        code,
                        detail,
                        request.getRequestURI()
                                .substring(request.getContextPath().length()));
                return new ModelAndView();
            } catch (IOException io) {
                return null;
            }
        }
        var page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        page.addObject("message", detail);
        page.addObject("code", code);
        layout.fill(page::addObject);
        return page;
    }
}
