package org.jcpp.liaison.datapractices;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the daily log keeps what retention removes ({@code liaison.retention.*}; the defaults and their environment
 * variables are in application.properties, once): a named person for {@code namedPersonYears} after their need
 * closed, contact and need texts for {@code summaryYears}; the nightly run at {@code cron}.
 */
@ConfigurationProperties("liaison.retention")
public record RetentionSettings(int namedPersonYears, int summaryYears, String cron) {

    public RetentionSettings {
        if (namedPersonYears < 1 || summaryYears < 1) {
            throw new IllegalArgumentException("liaison.retention: keep data at least a year");
        }
    }
}
