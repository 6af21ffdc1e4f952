package org.jcpp.liaison.audit.domain;

import org.springframework.data.repository.Repository;

/** Append only: the app can add audit entries and nothing else (searches go through AuditQueries). */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);
}
