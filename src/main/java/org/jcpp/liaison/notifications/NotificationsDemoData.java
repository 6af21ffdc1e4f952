package org.jcpp.liaison.notifications;

import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo data, the morning's bell entries are written at every start (after the other modules' demo data), so
 * a newcomer's bell shows follow-ups due tomorrow or overdue and events to record without waiting for the morning job;
 * each entry is written once, so a restart adds only what is new. (The demo's records are stored directly, not through
 * the services, so they ring no bell for assignments, recommendations or topics; those come as people use the app.)
 */
@Component
@Order(90)
class NotificationsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotificationsDemoData.class);

    private final DemoData demoData;
    private final NotificationWriter writer;

    NotificationsDemoData(DemoData demoData, NotificationWriter writer) {
        this.demoData = demoData;
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.enabled()) {
            int written = SystemTask.call(writer::morning);
            log.info("Demo data: the morning's notifications written now ({} new)", written);
        }
    }
}
