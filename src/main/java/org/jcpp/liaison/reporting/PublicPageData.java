package org.jcpp.liaison.reporting;

/**
 * Whether the partnership's public page is published, and which figures the program chose to publish on it: contacts
 * and people reached, the languages they were reached in, roll-call briefings, officer training, outreach events,
 * advisory committee meetings, trust-survey results. {@code version} guards against a concurrent change.
 */
public record PublicPageData(
        long version,
        boolean published,
        boolean showContacts,
        boolean showLanguages,
        boolean showBriefings,
        boolean showTraining,
        boolean showEvents,
        boolean showCommittees,
        boolean showSurveys) {}
