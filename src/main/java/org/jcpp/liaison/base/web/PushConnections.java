package org.jcpp.liaison.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.atmosphere.cpr.AtmosphereFramework;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What each open page's push connection (a WebSocket, {@code @Push} on {@code Application}) holds on the server, kept
 * to what it uses. The app's push is one-way ({@code WEBSOCKET_XHR}: the browser sends its messages as ordinary
 * requests), so the connection only carries the server's few pushed messages (the notification bell); left as the
 * libraries set them up, each open page held about 120 KB of heap in buffers it never fills, about a quarter of what a
 * page held (docs/benchmarks.md, "What an open page holds"):
 *
 * <ul>
 *   <li>no {@code permessage-deflate}: compressing the bell's few short messages is not worth a compressor per open
 *       page (its buffers on the heap and zlib's state outside it). The browser offers it in the handshake's
 *       {@code Sec-WebSocket-Extensions}; this filter hides that header from every WebSocket upgrade (the push's is
 *       the app's only one), so the server accepts the connection without it;
 *   <li>Atmosphere's read buffers for a message read from a stream (16 KB of bytes and 16,384 characters, as Vaadin
 *       sets them) start at 1 KB: with Tomcat's WebSocket a message arrives whole, so they are not used, and they
 *       grow when they would be;
 *   <li>Tomcat's buffers for a message from the browser start at 1 KB ({@code application.properties}:
 *       {@code org.apache.tomcat.websocket.textBufferSize}, {@code binaryBufferSize}, the default limit of a
 *       WebSocket's messages): Atmosphere raises the push connection's limit to 16 KB when it opens, and Tomcat makes
 *       its buffer that size at the first message of that kind from the browser, which the one-way push never sends.
 * </ul>
 */
@Component
class PushConnections extends OncePerRequestFilter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PushConnections.class);

    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    /** Atmosphere's size for its read buffers ({@code ApplicationConfig.WEBSOCKET_BUFFER_SIZE}). */
    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    static final String INITIAL_BUFFER_BYTES = "1024";

    private final ServletContext servletContext;

    private volatile boolean running;

    PushConnections(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    /**
     * Vaadin starts Atmosphere with the servlet context and keeps it there; Atmosphere reads the buffer size for each
     * new connection. Set once the servlet context is up and before the web server takes its first request (the
     * phase before the one that starts it), so it holds for every page.
     */
    @Override
    public void start() {
        boolean found = false;
        for (var names = servletContext.getAttributeNames(); names.hasMoreElements(); ) {
            if (servletContext.getAttribute(names.nextElement()) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ATMOSPHERE_BUFFER_SIZE, INITIAL_BUFFER_BYTES);
                found = true;
            }
        }
        if (!found) {
            log.warn("Vaadin's push (Atmosphere) was not found: its connections keep their 16 KB read buffers");
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                || request.getHeader(EXTENSIONS_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new WithoutExtensions(request), response);
    }

    /** The handshake as the browser sent it, less the extensions it offered. */
    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS_HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !EXTENSIONS_HEADER.equalsIgnoreCase(header))
                    .toList());
        }
    }
}
