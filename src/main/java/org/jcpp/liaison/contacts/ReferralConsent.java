package org.jcpp.liaison.contacts;

/** How a referral to a partner was made: with the person's consent to share their details, or anonymously. */
public enum ReferralConsent {
    CONSENTED,
    ANONYMOUS
}
