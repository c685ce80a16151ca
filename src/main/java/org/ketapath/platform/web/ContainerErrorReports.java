package org.ketapath.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat rejects before any servlet sees them (a malformed URI, a request line over the size limit or
 * with a character RFC 3986 does not allow) get the same answers as the rest: problem+json under {@code /api/},
 * a small plain page elsewhere, both with the security headers; never Tomcat's own report.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot's own customizer, which adds the stock valve
    }

    /** Writes the error response for requests that never reached Spring MVC. */
    public static final class ProblemErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            boolean api = ApiPaths.isApi(requestPath(request));
            try {
                SecurityHeaders.apply(request, response);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType(api ? "application/problem+json" : "text/html");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problemJson(status) : page(status));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response is unusable; nothing more can be sent.
            }
        }

        /**
         * The path asked for. Tomcat parses it before the valve runs, except when it refuses the request line
         * itself (a target over the header size limit, a character RFC 3986 does not allow): then the path is read
         * from the start of the request line still in the connection's input buffer.
         */
        static @Nullable String requestPath(Request request) {
            String parsed = request.getRequestURI();
            if (parsed != null) {
                return parsed;
            }
            if (request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler input
                    && input.getByteBuffer() != null) {
                return targetOf(input.getByteBuffer());
            }
            return null;
        }

        /** The path of the request line at the start of the buffer ({@code GET /api/v1/x?y HTTP/1.1}), if any. */
        static @Nullable String targetOf(ByteBuffer buffer) {
            int end = Math.min(buffer.limit(), 512);
            int i = 0;
            while (i < end && (buffer.get(i) == '\r' || buffer.get(i) == '\n')) {
                i++;
            }
            while (i < end && buffer.get(i) >= 'A' && buffer.get(i) <= 'Z') {
                i++;
            }
            if (i >= end || buffer.get(i) != ' ') {
                return null;
            }
            StringBuilder path = new StringBuilder();
            for (i++; i < end; i++) {
                byte b = buffer.get(i);
                if (b == ' ' || b == '?' || b == '#' || b < 0x21 || b > 0x7e) {
                    break;
                }
                path.append((char) b);
            }
            return path.isEmpty() || path.charAt(0) != '/' ? null : path.toString();
        }

        private static String problemJson(HttpStatus status) {
            return "{\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                    + ProblemMessages.detailFor(status) + "\"}";
        }

        private static String page(HttpStatus status) {
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + ProblemMessages.pageTitleFor(status)
                    + " | KetaPath</title></head><body><main><h1>"
                    + ProblemMessages.pageTitleFor(status) + "</h1><p>" + ProblemMessages.pageMessageFor(status)
                    + "</p><p><a href=\"/\">Go to the home page</a></p></main></body></html>";
        }
    }
}
