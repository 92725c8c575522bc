package org.regionalhealth.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.regionalhealth.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as RFC 9457 {@code application/problem+json}: a stable {@code code}, a Chinese {@code detail}
 * and, for validation, {@code errors} naming each bad field. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    record FieldProblem(String field, String message) {}

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e, HttpServletRequest request) {
        var errors = new ArrayList<FieldProblem>();
        e.fieldErrors().forEach((field, message) -> errors.add(new FieldProblem(field, message)));
        return problem(e.status(), e.code(), e.getMessage(), errors, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), String.valueOf(error.getDefaultMessage())))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求内容有误，请检查标出的字段", errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(),
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violations(ConstraintViolationException e, HttpServletRequest request) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "请求参数有误", errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return jackson(e.getCause(), request);
    }

    /**
     * A body Jackson refused, or a {@code JsonNode} field read with the wrong type inside a controller: 400 naming
     * the field, with a Chinese message that never repeats the value (issue 15).
     */
    @ExceptionHandler(tools.jackson.core.JacksonException.class)
    ResponseEntity<ProblemDetail> jackson(Throwable e, HttpServletRequest request) {
        tools.jackson.core.JacksonException jackson = null;
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j) {
                jackson = j;
                if (j instanceof InputHardening.RejectedInput || j instanceof InputHardening.TreeRejection) {
                    break;
                }
            }
        }
        if (jackson == null) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "请求体不是合法的 JSON", List.of(), request);
        }
        String field = fieldPath(jackson);
        String message;
        if (jackson instanceof InputHardening.RejectedInput || jackson instanceof InputHardening.TreeRejection) {
            message = jackson.getOriginalMessage();
        } else if (jackson instanceof tools.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null
                && isInteger(mismatch.getTargetType())) {
            message = "须为整数";
        } else if (jackson instanceof tools.jackson.databind.exc.JsonNodeException) {
            message = "字段类型不符";
        } else if (jackson instanceof tools.jackson.databind.DatabindException) {
            message = "类型或格式不符";
        } else {
            message = "不是合法的 JSON";
        }
        String detail = field.isEmpty() ? "请求体" + message : "字段 " + ErrorResponses.shorten(field, 80) + " " + message;
        return problem(
                HttpStatus.BAD_REQUEST,
                field.isEmpty() ? "MALFORMED_REQUEST" : "VALIDATION_FAILED",
                detail,
                field.isEmpty() ? List.of() : List.of(new FieldProblem(field, message)),
                request);
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class
                || type == Integer.class
                || type == long.class
                || type == Long.class
                || type == short.class
                || type == Short.class
                || type == java.math.BigInteger.class;
    }

    private static String fieldPath(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "上传的文件过大", List.of(), request);
    }

    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(Exception e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART", "上传的表单数据不完整或格式有误，请重新上传", List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED",
                "参数格式有误：" + e.getName(),
                List.of(new FieldProblem(e.getName(), "格式不正确")),
                request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED",
                "缺少参数：" + e.getParameterName(),
                List.of(new FieldProblem(e.getParameterName(), "必填")),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "不支持的内容类型", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持的请求方法", List.of(), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "资源不存在", List.of(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, "ACCESS_DENIED", "无权访问该资源", List.of(), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.warn(
                "Integrity violation on {}: {}",
                request.getRequestURI(),
                ErrorResponses.shorten(e.getMostSpecificCause().getMessage(), 300));
        var bad = badData(e);
        if (bad != null) {
            return problem(HttpStatus.BAD_REQUEST, "INVALID_VALUE", bad, List.of(), request);
        }
        return problem(HttpStatus.CONFLICT, "CONFLICT", "数据冲突：记录已存在或被引用", List.of(), request);
    }

    /**
     * The Chinese reason when the database refused a value itself (SQLSTATE class 22: too long, out of range, a NUL
     * character, not a number), or null for a real conflict (class 23). Shared with the page errors.
     */
    static String badData(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return switch (sql.getSQLState()) {
                    case "22001" -> "内容超过允许的长度";
                    case "22003" -> "数值超出允许范围";
                    case "22021", "22P05" -> "含有不允许的控制字符";
                    case "22P02", "22007", "22008" -> "数值或日期格式有误";
                    default -> sql.getSQLState().startsWith("22") ? "数据格式有误" : null;
                };
            }
        }
        return null;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，已记录，请稍后重试", List.of(), request);
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatusCode status, String code, String detail, List<FieldProblem> errors, HttpServletRequest request) {
        // never echo more than a short prefix of what the client sent (a 1 MB value came back in full)
        var problem =
                ProblemDetail.forStatusAndDetail(status, ErrorResponses.shorten(detail, ErrorResponses.MAX_DETAIL));
        problem.setType(URI.create(
                "https://regionalhealth.org/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .limit(100)
                            .map(error -> new FieldProblem(
                                    ErrorResponses.shorten(error.field(), 100),
                                    ErrorResponses.shorten(error.message(), ErrorResponses.MAX_DETAIL)))
                            .toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
