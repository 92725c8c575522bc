package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The one shape of every error the platform answers outside a controller (issue 15): RFC 9457
 * {@code application/problem+json} with a stable {@code code} and a Chinese {@code detail} for API clients, a
 * readable Chinese page for browsers. Details never repeat more than a short prefix of the input.
 */
final class ErrorResponses {

    /** Request attributes a filter or resolver sets before {@code sendError}, read by {@link ErrorPages}. */
    static final String CODE = ErrorResponses.class.getName() + ".code";

    static final String DETAIL = ErrorResponses.class.getName() + ".detail";

    /** The longest detail or field message sent back; longer ones are cut with an ellipsis. */
    static final int MAX_DETAIL = 200;

    private ErrorResponses() {}

    /** An API path (machine clients, docs/adr/0005) or a client that does not ask for HTML gets problem+json. */
    static boolean wantsPage(String path, String accept) {
        if (path != null
                && (path.startsWith("/api/")
                        || path.startsWith("/cds-services")
                        || path.startsWith("/fhir/")
                        || path.startsWith("/v3/api-docs")
                        || path.startsWith("/actuator"))) {
            return false;
        }
        return accept != null && accept.contains("text/html");
    }

    static boolean wantsPage(HttpServletRequest request) {
        return wantsPage(
                request.getRequestURI().substring(request.getContextPath().length()), request.getHeader("Accept"));
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "AUTH_REQUIRED";
            case 403 -> "ACCESS_DENIED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            default -> status >= 500 ? "INTERNAL_ERROR" : "REQUEST_FAILED";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "请求格式有误，请检查后重试";
            case 401 -> "需要登录或有效的身份认证";
            case 403 -> "无权访问该资源";
            case 404 -> "页面或资源不存在，请检查地址";
            case 405 -> "不支持的请求方法";
            case 406 -> "无法按要求的格式返回";
            case 413 -> "请求内容过大";
            case 414 -> "请求地址过长";
            case 415 -> "不支持的内容类型";
            case 429 -> "请求过于频繁，请稍后再试";
            default -> status >= 500 ? "系统内部错误，已记录，请稍后重试" : "请求未能完成";
        };
    }

    static String title(int status) {
        var known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /** {@code text} cut to {@code max} characters, control characters replaced: safe to send back. */
    static String shorten(String text, int max) {
        if (text == null) {
            return null;
        }
        String cut = text.length() > max ? text.substring(0, max) + "…" : text;
        StringBuilder clean = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            clean.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
        }
        return clean.toString();
    }

    static String problemJson(int status, String code, String detail, String instance) {
        StringBuilder json = new StringBuilder(256)
                .append("{\"type\":\"https://regionalhealth.org/problems/")
                .append(code.toLowerCase().replace('_', '-'))
                .append("\",\"title\":");
        quote(json, title(status)).append(",\"status\":").append(status).append(",\"detail\":");
        quote(json, shorten(detail, MAX_DETAIL));
        if (instance != null) {
            json.append(",\"instance\":");
            quote(json, shorten(instance, MAX_DETAIL));
        }
        json.append(",\"code\":");
        return quote(json, code).append('}').toString();
    }

    static void writeProblem(HttpServletResponse response, int status, String code, String detail, String instance)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter().write(problemJson(status, code, detail, instance));
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '<' || c == '>' || c == '&') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
