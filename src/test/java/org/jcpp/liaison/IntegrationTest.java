package org.jcpp.liaison;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of the integration tests: the whole app on a random port, a throwaway embedded PostgreSQL,
 * demo data on. Every test class uses the same settings, so they share one context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "liaison.database.data-dir=target/it-postgres/${random.uuid}",
            "liaison.database.throwaway=true",
            "liaison.demo.enabled=true",
            // tests refresh the summaries themselves when they need to (the figures are right either way)
            "liaison.reporting.refresh=PT1H",
            // the nightly jobs never fire by the clock during a run (a run at 02:30 program time met the retention
            // job);
            // tests start them themselves
            "liaison.retention.cron=-",
            "liaison.mail.digest-cron=-",
            // a real SMTP server (GreenMail) listens here while MailIT runs; no other test sends mail, and the
            // background sender waits an hour, so it never races a test
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + IntegrationTest.MAIL_PORT,
            "spring.mail.properties.mail.smtp.starttls.enable=false",
            "spring.mail.properties.mail.smtp.starttls.required=false",
            "liaison.mail.base-url=https://liaison.example.org",
            "liaison.mail.send-every=PT1H",
            "liaison.admin.password=" + IntegrationTest.ADMIN_PASSWORD,
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "vaadin.devmode.devTools.enabled=false"
        })
public @interface IntegrationTest {

    String ADMIN_PASSWORD = "first-admin-password";
    String DEMO_PASSWORD = "jcpp-demo-pass";
    /**
     * The SMTP port of the tests' mail server (MailIT starts it): below Linux's range of ports handed out at random
     * (32768–60999), so that no app, database or proxy a test starts takes it first.
     */
    int MAIL_PORT = 24251;
}
