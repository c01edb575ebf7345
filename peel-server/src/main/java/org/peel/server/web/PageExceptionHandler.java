package org.peel.server.web;

import java.util.ArrayList;
import java.util.List;

import org.peel.server.access.Teams;
import org.peel.server.platform.DatabaseConnectionLost;
import org.peel.server.platform.ErrorReport;
import org.peel.server.platform.JustificationRequiredException;
import org.peel.server.platform.Justifications;
import org.peel.server.platform.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors on the officers' pages ({@link OfficerPage} controllers, in any module) become plain pages that say what
 * happened and what to do, never internals. (The API answers its own errors with problem details.)
 */
@ControllerAdvice(annotations = OfficerPage.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final LayoutModel layout;

    PageExceptionHandler(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        return page("error/404", HttpStatus.NOT_FOUND, response);
    }

    /** A record number in the address that is not a number names no record; a bad query or form value is bad input. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView unreadable(MethodArgumentTypeMismatchException exception, HttpServletResponse response) {
        return exception.getParameter().hasParameterAnnotation(PathVariable.class)
                ? page("error/404", HttpStatus.NOT_FOUND, response)
                : page("error/4xx", HttpStatus.BAD_REQUEST, response);
    }

    /**
     * A form Peel cannot bind (a row index such as {@code names[99999]}, past {@link FormBinding#MAX_ROWS}) or a
     * request the pages do not take (a missing parameter, a method or media type they do not answer): the request's
     * fault, so a 4xx page that changes nothing, never the unexpected-error page.
     */
    @ExceptionHandler({InvalidPropertyException.class, ErrorResponseException.class,
            ServletRequestBindingException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeException.class, MissingServletRequestPartException.class})
    ModelAndView badRequest(Exception exception, HttpServletResponse response) {
        HttpStatus status = exception instanceof ErrorResponse known
                ? HttpStatus.resolve(known.getStatusCode().value()) : HttpStatus.BAD_REQUEST;
        return page("error/4xx", status == null ? HttpStatus.BAD_REQUEST : status, response);
    }

    /**
     * The force's policy asks for a reason before this: a page that asks for it and sends the same request again
     * with it (the same address, and a form's own fields), so the officer loses nothing they typed.
     */
    @ExceptionHandler(JustificationRequiredException.class)
    ModelAndView reasonRequired(JustificationRequiredException exception, HttpServletRequest request,
                                HttpServletResponse response) {
        ModelAndView page = page("error/reason", HttpStatus.PRECONDITION_REQUIRED, response);
        page.addObject("operation", exception.operation());
        page.addObject("replay", Replay.of(request));
        return page;
    }

    /** The request to send again once the reason is given: its method, path and form fields (never the token). */
    record Replay(String method, String path, List<Field> fields) {

        record Field(String name, String value) {
        }

        static Replay of(HttpServletRequest request) {
            boolean post = "POST".equals(request.getMethod());
            List<Field> fields = new ArrayList<>();
            request.getParameterMap().forEach((name, values) -> {
                if (!name.equals("_csrf") && !name.equals(Justifications.FORM_FIELD)) {
                    for (String value : values) {
                        fields.add(new Field(name, value));
                    }
                }
            });
            return new Replay(post ? "post" : "get", request.getRequestURI(), fields);
        }
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException exception, HttpServletResponse response) {
        ModelAndView page = page("error/403", HttpStatus.FORBIDDEN, response);
        if (exception instanceof org.peel.server.platform.RestrictedRecordException restricted) {
            page.addObject("restrictedOwner", restricted.owner());
        }
        return page;
    }

    /**
     * The database cannot be reached: nothing was saved. Says so in the officer's words; the signed-in user is named
     * from the session alone, since looking up their display name would need the database too.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class})
    ModelAndView databaseUnavailable(Exception exception, HttpServletResponse response) {
        log.warn("The database cannot be reached while showing a page: {}", exception.getClass().getSimpleName());
        response.setHeader("Retry-After", "30");
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        page.addObject("user", userFromSession());
        page.addObject("may", layout.may());
        page.addObject("requestId", layout.requestId(response));
        page.addObject("demo", layout.demo());
        page.addObject("reasons", layout.reasons());
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception exception, HttpServletResponse response) {
        if (DatabaseConnectionLost.causedBy(exception)) {
            return databaseUnavailable(exception, response);
        }
        log.error("Unexpected error showing a page: {}", ErrorReport.of(exception));
        return page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR, response);
    }

    /** An error page must show even when the account lookup fails; then the user is named from the session. */
    private LayoutModel.SignedInUser userForErrorPage() {
        try {
            return layout.user();
        } catch (RuntimeException lookupFailed) {
            log.warn("Could not look up the signed-in user for an error page: {}", lookupFailed.getClass().getSimpleName());
            return userFromSession();
        }
    }

    private static LayoutModel.SignedInUser userFromSession() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || !signedIn.isAuthenticated() || signedIn instanceof AnonymousAuthenticationToken ? null
                : new LayoutModel.SignedInUser(signedIn.getName(), signedIn.getName(), Teams.of(signedIn).orElse(null));
    }

    // Exception handlers do not get the @ModelAttribute values, so the layout's are added here.
    private ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("user", userForErrorPage());
        page.addObject("may", layout.may());
        page.addObject("requestId", layout.requestId(response));
        page.addObject("demo", layout.demo());
        page.addObject("loading", layout.loading());
        page.addObject("reasons", layout.reasons());
        page.addObject("pageTime", layout.pageTime());
        return page;
    }
}
