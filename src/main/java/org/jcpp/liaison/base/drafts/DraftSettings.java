package org.jcpp.liaison.base.drafts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an unsaved form's draft is kept ({@code liaison.drafts.keep-days}; the default and its environment variable
 * are in application.properties, once).
 */
@ConfigurationProperties("liaison.drafts")
public record DraftSettings(int keepDays) {

    public DraftSettings {
        if (keepDays < 1) {
            throw new IllegalArgumentException("liaison.drafts.keep-days: at least a day");
        }
    }
}
