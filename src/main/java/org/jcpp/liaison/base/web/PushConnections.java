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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What each open page's push connection (a WebSocket, {@code @Push} on {@code Application}) holds on the server, kept
 * to what it uses. The app's push is one-way ({@code WEBSOCKET_XHR}: the browser sends its messages as ordinary
 * requests), so the connection only carries the server's few pushed messages (the notification bell); left as the
 * libraries set them up, each open page held about 120 KB of heap for buffers it never fills, the largest share of
 * its memory (docs/benchmarks.md, "What an open page holds"):
 *
 * <ul>
 *   <li>no {@code permessage-deflate}: compressing the bell's few small messages is not worth a compressor per open
 *       page (its buffers on the heap and zlib's state outside it). The browser offers it in the handshake's
 *       {@code Sec-WebSocket-Extensions}; this filter hides that header, so the server accepts the connection
 *       without it;
 *   <li>Atmosphere's read buffers for a message read from a stream (16 KB of bytes and of characters, as Vaadin sets
 *       them) start at 1 KB: with Tomcat's WebSocket a message arrives whole, so they are never used, and they grow
 *       when they would be;
 *   <li>Tomcat's buffers for a message from the browser start at 1 KB ({@code application.properties}:
 *       {@code org.apache.tomcat.websocket.textBufferSize}, {@code binaryBufferSize}); Tomcat grows them to the
 *       limit Atmosphere sets when a larger message arrives.
 * </ul>
 */
@Component
class PushConnections extends OncePerRequestFilter {

    static final String EXTENSIONS_HEADER = "Sec-WebSocket-Extensions";

    /** Atmosphere's size for its read buffers ({@code ApplicationConfig.WEBSOCKET_BUFFER_SIZE}). */
    static final String ATMOSPHERE_BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";

    static final String INITIAL_BUFFER_BYTES = "1024";

    private final ServletContext servletContext;

    PushConnections(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    /**
     * Vaadin starts Atmosphere with the servlet context and keeps it there; Atmosphere reads the buffer size for each
     * new connection, so the size set once the app is ready holds for every page opened after.
     */
    @EventListener(ApplicationReadyEvent.class)
    void smallReadBuffers() {
        for (var names = servletContext.getAttributeNames(); names.hasMoreElements(); ) {
            if (servletContext.getAttribute(names.nextElement()) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ATMOSPHERE_BUFFER_SIZE, INITIAL_BUFFER_BYTES);
            }
        }
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
