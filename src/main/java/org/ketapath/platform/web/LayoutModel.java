package org.ketapath.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page needs: the current path (to mark the current navigation link) and {@code fmt}, the US date,
 * time and rating formats ({@link UsFormats}).
 */
@ControllerAdvice
class LayoutModel {

    private final UsFormats formats;

    LayoutModel(UsFormats formats) {
        this.formats = formats;
    }

    @ModelAttribute("fmt")
    UsFormats formats() {
        return formats;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getServletPath();
    }
}
