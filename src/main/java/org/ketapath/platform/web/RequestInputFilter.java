package org.ketapath.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.ketapath.shared.TextRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The one place where a request's text is checked before any controller, page or API, sees it: every header
 * (through the security firewall's rules), every query and form parameter, and every name and string of a JSON
 * body. Text that is not valid UTF-8, or holds a control character or an unpaired surrogate ({@link
 * TextRules}), is refused with 400 naming the field: problem+json under {@code /api/}, the friendly error page
 * elsewhere (the error page reads the {@link Rejection}). Values are never logged or repeated.
 *
 * <p>Runs inside both security filter chains, right after the security headers are written and before anything
 * (CSRF, sign-in) reads a parameter.
 */
final class RequestInputFilter extends OncePerRequestFilter {

    /** Request attribute holding the {@link Rejection} for the error page. */
    static final String REJECTED = RequestInputFilter.class.getName() + ".rejected";

    static final String NOT_ALLOWED =
            "contains a character that is not allowed (control characters and broken Unicode are refused)";

    private static final JsonFactory JSON = new JsonFactory();

    /** Why a request was refused at the edge: a detail, and the fields at fault when they can be named. */
    record Rejection(HttpStatus status, String detail, List<FieldProblem> errors) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Rejection rejection = headers(request);
        if (rejection == null) {
            rejection = parameters(request);
        }
        HttpServletRequest checked = request;
        if (rejection == null && isJson(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            rejection = json(body);
            checked = new CachedBody(request, body);
        }
        if (rejection != null) {
            request.setAttribute(REJECTED, rejection);
            response.sendError(rejection.status().value());
            return;
        }
        chain.doFilter(checked, response);
    }

    private static @Nullable Rejection headers(HttpServletRequest request) {
        List<String> names;
        try {
            names = Collections.list(request.getHeaderNames());
        } catch (RequestRejectedException e) {
            return invalid(List.of(new FieldProblem("(header name)", NOT_ALLOWED)));
        }
        for (String name : names) {
            try {
                Collections.list(request.getHeaders(name));
            } catch (RequestRejectedException e) {
                return invalid(List.of(new FieldProblem(name, NOT_ALLOWED)));
            }
        }
        return null;
    }

    private static @Nullable Rejection parameters(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (InvalidParameterException e) {
            HttpStatus status = HttpStatus.resolve(e.getErrorCode());
            return new Rejection(
                    status != null && status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST,
                    "The request's parameters could not be read: they must be valid UTF-8 text, within the limits.",
                    List.of());
        } catch (RequestRejectedException e) {
            return invalid(List.of(new FieldProblem("(parameter name)", NOT_ALLOWED)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!TextRules.acceptable(parameter.getKey())) {
                problems.add(new FieldProblem("(parameter name)", NOT_ALLOWED));
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !TextRules.acceptable(value)) {
                    problems.add(new FieldProblem(parameter.getKey(), NOT_ALLOWED));
                    break;
                }
            }
        }
        return problems.isEmpty() ? null : invalid(problems);
    }

    /** Every property name and string value of the body; a body that is not JSON is left to the controller. */
    static @Nullable Rejection json(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        List<FieldProblem> problems = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && !TextRules.acceptable(parser.currentName())) {
                    problems.add(new FieldProblem(
                            pathOf(parser.streamReadContext().getParent(), "(property name)"), NOT_ALLOWED));
                } else if (token == JsonToken.VALUE_STRING && !TextRules.acceptable(parser.getString())) {
                    problems.add(new FieldProblem(pathOf(parser.streamReadContext(), null), NOT_ALLOWED));
                }
                if (problems.size() >= 20) {
                    break;
                }
            }
        } catch (JacksonException e) {
            // Not JSON, or beyond the parser's limits: the controller's own reading answers that.
        }
        return problems.isEmpty() ? null : invalid(problems);
    }

    /** A JSON path in the form the API's other errors use: {@code medications[0]}, {@code screens.phq-9.q1}. */
    private static String pathOf(@Nullable TokenStreamContext context, @Nullable String last) {
        List<String> parts = new ArrayList<>();
        if (last != null) {
            parts.add(last);
        }
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.currentName() != null) {
                parts.add(c.currentName());
            }
        }
        Collections.reverse(parts);
        String path = String.join(".", parts).replace(".[", "[");
        return path.isEmpty() ? "(body)" : path;
    }

    private static Rejection invalid(List<FieldProblem> errors) {
        return new Rejection(HttpStatus.BAD_REQUEST, "", errors);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || media.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The request with its body already read, so the controller reads the very bytes that were checked. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            String encoding = getCharacterEncoding();
            if (encoding != null && Charset.isSupported(encoding)) {
                charset = Charset.forName(encoding);
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
