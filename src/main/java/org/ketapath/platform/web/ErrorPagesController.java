package org.ketapath.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ketapath.platform.web.RequestInputFilter.Rejection;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the servlet container sends every error that no controller answered (unknown URLs, unsupported
 * methods, uncaught exceptions): a friendly page for people and problem+json (RFC 9457) for the API. Neither
 * carries exception messages or stack traces.
 */
@Controller
class ErrorPagesController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        // Requests the firewall refused never passed the header writer: every answer carries the headers.
        SecurityHeaders.apply(request, response);
        HttpStatus status = statusOf(request);
        String path = originalPath(request);
        Rejection rejection = request.getAttribute(RequestInputFilter.REJECTED) instanceof Rejection r ? r : null;
        if (ApiPaths.isApi(path) || prefersJson(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemMessages.detailFor(status));
            problem.setInstance(ApiPaths.safeInstance(path));
            if (rejection != null) {
                describe(problem, rejection);
            }
            if (request.getAttribute(FailureLog.REFERENCE) instanceof String reference) {
                problem.setProperty("reference", reference);
            }
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Map<String, Object> model = new HashMap<>(Map.of(
                "status", status.value(),
                "errorTitle", ProblemMessages.pageTitleFor(status),
                "errorMessage", ProblemMessages.pageMessageFor(status)));
        if (rejection != null) {
            model.put("errorMessage", rejection.errors().isEmpty() ? rejection.detail() : REJECTED_FIELDS);
            model.put("problems", rejection.errors());
        }
        return new ModelAndView("error/page", model, status);
    }

    private static final String REJECTED_FIELDS =
            "Some of what you sent cannot be accepted. Please go back, correct" + " these fields and try again:";

    /** Names the fields refused at the edge, as the API's other input errors do. */
    private static void describe(ProblemDetail problem, Rejection rejection) {
        problem.setTitle("Invalid request");
        problem.setDetail(
                rejection.errors().isEmpty()
                        ? rejection.detail()
                        : rejection.errors().stream()
                                        .map(e -> e.field() + " " + e.message())
                                        .collect(Collectors.joining("; "))
                                + ".");
        if (!rejection.errors().isEmpty()) {
            problem.setProperty("errors", rejection.errors());
        }
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            HttpStatus status = HttpStatus.resolve(value);
            if (status != null && status.isError()) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && path.startsWith(context) ? path.substring(context.length()) : path;
    }

    private static boolean prefersJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null
                && !accept.contains("text/html")
                && (accept.contains("application/json") || accept.contains("application/problem+json"));
    }
}
