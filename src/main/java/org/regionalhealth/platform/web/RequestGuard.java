package org.regionalhealth.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query strings and form fields, before any controller (issue 15): a query string longer than {@value #MAX_QUERY}
 * characters answers 414, a parameter with a control character or longer than {@link InputHardening#MAX_STRING}
 * answers 400 — problem+json or the Chinese error page, via {@link ErrorPages}. Multipart bodies are left to the
 * multipart resolver (their parse errors are answered by {@link UnansweredErrors}).
 */
class RequestGuard extends OncePerRequestFilter {

    static final int MAX_QUERY = 4096;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            reject(request, response, 414, "URI_TOO_LONG", "请求地址过长（查询参数最多 " + MAX_QUERY + " 个字符）");
            return;
        }
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/")) {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                String problem = InputHardening.problemWith(parameter.getKey());
                for (String value : parameter.getValue()) {
                    if (problem == null && value != null) {
                        problem = InputHardening.problemWith(value);
                    }
                }
                if (problem != null) {
                    reject(
                            request,
                            response,
                            400,
                            "INVALID_PARAMETER",
                            "参数 " + ErrorResponses.shorten(parameter.getKey(), 40) + " " + problem);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void reject(
            HttpServletRequest request, HttpServletResponse response, int status, String code, String detail)
            throws IOException {
        request.setAttribute(ErrorResponses.CODE, code);
        request.setAttribute(ErrorResponses.DETAIL, detail);
        response.sendError(status);
    }
}
