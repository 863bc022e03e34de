package org.caunoi.hub.platform.problem;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.caunoi.hub.platform.web.Times;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Words any failure as RFC 9457 problem details in the caller's language: the title from its
 * status, the detail and each field's message from the bundles. Only what the caller can act on
 * leaves the hub: never an exception's own text, a class name, SQL or a stack trace.
 */
@Component
public class ProblemDetails {

    private final MessageSource messages;

    ProblemDetails(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem details for a failure; a status 500 means the failure was not the caller's. */
    public ProblemDetail of(Throwable failure, Locale locale) {
        return switch (failure) {
            case Problem problem -> typed(build(problem.status(), problem.detailKey(), problem.detailArguments(),
                    problem.errors(), problem.properties(), locale), problem.problemType());
            case MethodArgumentNotValidException invalid -> invalid(fieldProblems(invalid.getBindingResult()), locale);
            case HandlerMethodValidationException invalid -> invalid(parameterProblems(invalid), locale);
            case MethodArgumentTypeMismatchException mismatch -> invalid(
                    List.of(typeMismatch(mismatch.getName(), mismatch.getRequiredType())), locale);
            case MissingServletRequestParameterException missing -> build(HttpStatus.BAD_REQUEST,
                    "platform.problem.missing-parameter", new Object[] {missing.getParameterName()},
                    List.of(FieldProblem.of(missing.getParameterName(), "NotBlank")), Map.of(), locale);
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable, locale);
            // A form field the form has no place for, such as a row far past the form's rows: forged or stale, not a fault here.
            case InvalidPropertyException unknownField -> build(HttpStatus.BAD_REQUEST, "platform.problem.unknown-form-field",
                    new Object[] {unknownField.getPropertyName()}, List.of(), Map.of(), locale);
            case AccessDeniedException denied -> forStatus(HttpStatus.FORBIDDEN, locale);
            case AuthenticationException unauthenticated -> forStatus(HttpStatus.UNAUTHORIZED, locale);
            case MaxUploadSizeExceededException tooLarge -> forStatus(HttpStatus.CONTENT_TOO_LARGE, locale);
            case ErrorResponse response -> forStatus(response.getStatusCode(), locale);
            default -> forStatus(databaseUnavailable(failure) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR,
                    locale);
        };
    }

    /**
     * Whether the failure is the database not answering (no connection within the pool's timeout, or a
     * connection the server ended): 503, for the caller to try again later, rather than a fault of the hub.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P: the server shut down or is starting.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** A problem known only by its status, worded by the bundles' sentence for that status. */
    public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
        String key = "platform.problem.detail." + known(status.value(), locale);
        return build(status, key, new Object[0], List.of(), Map.of(), locale);
    }

    /** A problem the hub words itself: its status, and the bundle key of its explanation with arguments. */
    public ProblemDetail of(HttpStatusCode status, String detailKey, Object[] arguments, Locale locale) {
        return build(status, detailKey, arguments, List.of(), Map.of(), locale);
    }

    /** The same problem as a plain map, for writers outside Spring MVC (the security filters). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        map.put("title", problem.getTitle());
        map.put("status", problem.getStatus());
        map.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            map.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            map.putAll(problem.getProperties());
        }
        return map;
    }

    /** Whether the request is a machine client's, answered with problem details rather than a page. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private ProblemDetail invalid(List<FieldProblem> errors, Locale locale) {
        return build(HttpStatus.BAD_REQUEST, "platform.problem.invalid-input", new Object[] {errors.size()}, errors,
                Map.of(), locale);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException unreadable, Locale locale) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return build(HttpStatus.CONTENT_TOO_LARGE, "platform.problem.body-too-large",
                        new Object[] {tooLarge.limitInMegabytes()}, List.of(), Map.of(), locale);
            }
        }
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = jsonPath(json.getPath());
            if (String.valueOf(json.getOriginalMessage()).endsWith(JsonInputChecks.CONTROL_CHARACTERS)) {
                return build(HttpStatus.BAD_REQUEST, "platform.problem.control-characters", new Object[] {field},
                        List.of(FieldProblem.of(field, "platform.problem.control-characters-field")), Map.of(), locale);
            }
            Class<?> target = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            return build(HttpStatus.BAD_REQUEST, "platform.problem.unreadable-field", new Object[] {field},
                    List.of(typeMismatch(field, target)), Map.of(), locale);
        }
        return build(HttpStatus.BAD_REQUEST, "platform.problem.unreadable-body", new Object[0], List.of(), Map.of(), locale);
    }

    /** A value of the wrong form, worded for its type where the bundles say more (a date: which form to write). */
    private static FieldProblem typeMismatch(String field, @Nullable Class<?> type) {
        String[] codes = type == null ? new String[] {"typeMismatch"}
                : new String[] {"typeMismatch." + type.getName(), "typeMismatch"};
        return new FieldProblem(field, new DefaultMessageSourceResolvable(codes));
    }

    private ProblemDetail build(HttpStatusCode status, String detailKey, Object[] arguments, List<FieldProblem> errors,
            Map<String, Object> properties, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("platform.problem.title." + known(status.value(), locale), null, locale));
        problem.setDetail(messages.getMessage(detailKey, days(arguments, locale), locale));
        properties.forEach(problem::setProperty);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream().map(error -> Map.of("field", error.field(),
                    "message", messages.getMessage(days(error.message(), locale), locale))).toList());
        }
        return problem;
    }

    /** Days among the arguments (a deadline, kept as ISO text or a date) written as the reader's screens write them. */
    private static Object[] days(Object[] arguments, Locale locale) {
        return Arrays.stream(arguments).map(argument -> switch (argument) {
            case LocalDate day -> Times.date(day, locale);
            case String text -> Times.isoDate(text, locale);
            case null, default -> argument;
        }).toArray();
    }

    private static MessageSourceResolvable days(MessageSourceResolvable message, Locale locale) {
        Object[] arguments = message.getArguments();
        String[] codes = message.getCodes();
        if (arguments == null || codes == null) {
            return message;
        }
        Object[] worded = days(arguments, locale);
        // Left as it is unless a day was rewritten: a validator's message keeps how it renders its default text.
        return Arrays.equals(worded, arguments) ? message
                : new DefaultMessageSourceResolvable(codes, worded, message.getDefaultMessage());
    }

    private static ProblemDetail typed(ProblemDetail problem, @Nullable URI type) {
        if (type != null) {
            problem.setType(type);
        }
        return problem;
    }

    /** The status itself when the bundles word it, else 400 or 500 by its class. */
    private int known(int status, Locale locale) {
        boolean worded = messages.getMessage("platform.problem.title." + status, null, null, locale) != null;
        return worded ? status : status >= 500 ? 500 : 400;
    }

    private static List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> problems = new ArrayList<>();
        result.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(), error)));
        result.getGlobalErrors().forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error)));
        return problems;
    }

    private static List<FieldProblem> parameterProblems(HandlerMethodValidationException invalid) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            String name = parameterName(result);
            if (result instanceof ParameterErrors errors) {
                errors.getFieldErrors().forEach(error -> problems.add(new FieldProblem(error.getField(), error)));
            }
            else {
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    problems.add(new FieldProblem(name, error));
                }
            }
        }
        return problems;
    }

    private static String parameterName(ParameterValidationResult result) {
        var parameter = result.getMethodParameter();
        for (var annotation : parameter.getParameterAnnotations()) {
            String named = switch (annotation) {
                case org.springframework.web.bind.annotation.RequestParam param -> param.name().isEmpty() ? param.value() : param.name();
                case org.springframework.web.bind.annotation.PathVariable variable -> variable.name().isEmpty() ? variable.value() : variable.name();
                default -> "";
            };
            if (!named.isEmpty()) {
                return named;
            }
        }
        return String.valueOf(parameter.getParameterName());
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
