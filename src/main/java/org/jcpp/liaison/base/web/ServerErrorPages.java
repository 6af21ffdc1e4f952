package org.jcpp.liaison.base.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat answers some requests itself, before the app and Spring Security see them (an address with a character
 * HTTP does not allow, a broken %-escape: 400). Its error page then carries the same security headers as every other
 * response, and names neither the server nor the error's details.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve); // Boot's, which writes no headers
                }
            }
            var valve = new HeaderedErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            host.getPipeline().addValve(valve);
            if (host instanceof StandardHost standardHost) {
                // otherwise Tomcat adds its default error valve (which shows the server's version) beside ours
                standardHost.setErrorReportValveClass(HeaderedErrorReportValve.class.getName());
            }
        });
    }

    /** After Boot's own customizer, which adds a plain error valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error page, with the app's security headers. */
    public static class HeaderedErrorReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeaders.all().forEach(response::setHeader);
            }
            super.report(request, response, throwable);
        }
    }
}
