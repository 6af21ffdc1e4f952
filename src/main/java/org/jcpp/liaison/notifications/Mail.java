package org.jcpp.liaison.notifications;

/** A mail as written: its subject and the same words as HTML and as plain text. */
public record Mail(String subject, String html, String text) {}
