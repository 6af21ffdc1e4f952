package org.jcpp.liaison.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A sign-in form posted without the token of its session (a page left open until the session ended, or a form posted
 * by another site) goes back to the sign-in page, which asks to sign in again; any other request without its token is
 * refused (403).
 */
class SignInFormExpired implements AccessDeniedHandler {

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (SignInForms.LOGIN_POST.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        } else {
            otherwise.handle(request, response, denied);
        }
    }
}
