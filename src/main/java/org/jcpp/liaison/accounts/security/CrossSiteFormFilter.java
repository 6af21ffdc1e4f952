package org.jcpp.liaison.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form posted to the sign-in or sign-out address, or to a survey's public page, from another site or origin (the browser says where a
 * request comes from in {@code Sec-Fetch-Site}), before the CSRF token is even read: no foreign page can sign a
 * browser in as someone else, or out. Browsers that do not send the header are covered by the CSRF token alone.
 */
class CrossSiteFormFilter extends OncePerRequestFilter {

    /**
     * A survey's public form, which has no CSRF token (no session): another site's page must not post answers from
     * its visitors' browsers (ballot stuffing from many addresses).
     */
    private static final org.springframework.security.web.util.matcher.RequestMatcher SURVEY_POST =
            org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                    .matcher(org.springframework.http.HttpMethod.POST, "/s/*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            // answered here: an error dispatch would run the chain again and send the browser to the sign-in page
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: this form was sent from another site.");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SignInForms.LOGIN_OR_LOGOUT_POST.matches(request) && !SURVEY_POST.matches(request);
    }
}
