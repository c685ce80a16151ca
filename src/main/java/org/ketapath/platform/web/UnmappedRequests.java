package org.ketapath.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller serves, so that an unknown address answers 404 to everyone instead of
 * asking for a sign-in first. Any doubt (a path served for another method, a lookup failure) counts as served,
 * so the rule fails closed.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ApplicationContext context;
    private volatile Collection<RequestMappingInfoHandlerMapping> mappings;

    UnmappedRequests(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (RequestMappingInfoHandlerMapping mapping : mappings()) {
                if (mapping.getHandler(request) != null) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private Collection<RequestMappingInfoHandlerMapping> mappings() {
        Collection<RequestMappingInfoHandlerMapping> found = mappings;
        if (found == null) {
            found = context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
                    .values();
            mappings = found;
        }
        return found;
    }
}
