package org.ketapath.platform.web;

import org.springframework.http.HttpStatus;

/** Plain words for error statuses; the same words whoever asks, so they never carry request data. */
final class ProblemMessages {

    private ProblemMessages() {}

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No resource exists at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not support that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "The request body must be JSON (Content-Type: application/json).";
            case NOT_ACCEPTABLE -> "This resource is available as JSON only.";
            case BAD_REQUEST -> "The request could not be understood.";
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "Access is denied.";
            case TOO_MANY_REQUESTS -> "Too many requests; try again later.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. Nothing you sent was kept in a half-written state; please try again."
                        : status.getReasonPhrase() + ".";
        };
    }

    static String pageTitleFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN, UNAUTHORIZED -> "You cannot open this page";
            case METHOD_NOT_ALLOWED, BAD_REQUEST -> "That request did not work";
            default -> status.is5xxServerError() ? "Something went wrong" : "That request did not work";
        };
    }

    static String pageMessageFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND ->
                "We could not find the page you asked for. It may have moved, or the address may have" + " a typo.";
            case FORBIDDEN, UNAUTHORIZED -> "You may need to sign in, or this page belongs to another account.";
            default ->
                status.is5xxServerError()
                        ? "Something went wrong on our side. Please try again in a moment."
                        : "We could not handle that request. Please go back and try again.";
        };
    }
}
