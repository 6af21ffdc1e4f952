package org.jcpp.liaison.accounts.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The sign-in and sign-out forms' posts, as the security filters recognise them. */
final class SignInForms {

    static final RequestMatcher LOGIN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    static final RequestMatcher LOGIN_OR_LOGOUT_POST = new OrRequestMatcher(
            LOGIN_POST, PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"));

    private SignInForms() {}
}
