package org.jcpp.liaison.base.web;

import java.util.Map;

/**
 * The security headers every response carries, in one place: Spring Security writes them on the app's responses, and
 * the web server's own error pages (a request Tomcat refuses before the app sees it) carry the same.
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    /**
     * What the browser may load: only this app's own scripts, styles, images and connections. Vaadin's client needs
     * inline styles and its bootstrap script; no page may frame the app (clickjacking).
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                    + "frame-ancestors 'none'";

    public static final String REFERRER_POLICY = "same-origin";

    public static final String FRAME_OPTIONS = "DENY";

    public static final String CONTENT_TYPE_OPTIONS = "nosniff";

    /** What Spring Security writes by default: nothing of a response is kept by the browser or a proxy. */
    public static final String CACHE_CONTROL = "no-cache, no-store, max-age=0, must-revalidate";

    /** The headers by name, for a response that Spring Security does not see. */
    public static Map<String, String> all() {
        return Map.of(
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Frame-Options", FRAME_OPTIONS,
                "X-Content-Type-Options", CONTENT_TYPE_OPTIONS,
                "Referrer-Policy", REFERRER_POLICY,
                "Cache-Control", CACHE_CONTROL,
                "Pragma", "no-cache",
                "Expires", "0");
    }
}
