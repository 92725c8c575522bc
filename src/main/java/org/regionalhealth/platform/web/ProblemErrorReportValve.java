package org.regionalhealth.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error report for what never reaches the application — a request line or headers over 8 KB, a URL
 * Tomcat cannot decode: problem+json (or a short Chinese page for browsers) instead of Tomcat's English HTML with
 * its version. Installed as the host's error report valve by {@link WebConfiguration}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String code = status == 400 && throwable == null ? "MALFORMED_REQUEST" : ErrorResponses.code(status);
        String detail = status == 400 ? "请求格式有误或请求地址、请求头过长（合计最多 8 KB）" : ErrorResponses.detail(status);
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String accept = request.getHeader("Accept");
            if (accept != null && accept.contains("text/html")) {
                response.setContentType("text/html;charset=UTF-8");
                response.getReporter()
                        .write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>出错了</title>"
                                + "</head><body><h1>出错了</h1><p>" + detail + "</p><p><a href=\"/\">返回首页</a></p>"
                                + "</body></html>");
            } else {
                response.setContentType("application/problem+json");
                response.getReporter().write(ErrorResponses.problemJson(status, code, detail, null));
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone: nothing more to say
        }
    }
}
