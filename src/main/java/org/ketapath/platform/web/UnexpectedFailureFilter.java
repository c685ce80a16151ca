package org.ketapath.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The last resort for a failure no controller answered (a page controller, a template, the session store): it is
 * logged by {@link FailureLog} (types and stack frames, no message that could quote what was sent) instead of by
 * the servlet container, which logs the message, and the error page answers 500.
 */
@Component
class UnexpectedFailureFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedFailureFilter.class);

    @Override
    public int getOrder() {
        // Inside the observation filter (so the 500 is measured), outside the session store (its save can fail).
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            request.setAttribute(FailureLog.REFERENCE, FailureLog.error(log, "Unexpected failure in request", e));
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
