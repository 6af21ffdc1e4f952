package org.jcpp.liaison.base;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The program's local time (liaison.time-zone, America/Chicago for Hennepin County) is the app's time zone, whatever
 * the server's: "now" in a form, "today" for overdue follow-ups and every time shown are the liaisons' own.
 */
class ProgramTimeZone implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty("liaison.time-zone", "America/Chicago");
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
