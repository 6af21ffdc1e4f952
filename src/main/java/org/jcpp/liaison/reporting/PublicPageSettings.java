package org.jcpp.liaison.reporting;

import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.reporting.domain.PublicPageRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An admin's choice to publish the partnership's public page and what it shows: an audited change. */
@Service
@Transactional(readOnly = true)
public class PublicPageSettings {

    private final PublicPageRepository pages;
    private final AuditedChanges changes;
    private final PublicFigures figures;

    PublicPageSettings(PublicPageRepository pages, AuditedChanges changes, PublicFigures figures) {
        this.pages = pages;
        this.changes = changes;
        this.figures = figures;
    }

    /** What is published now (read by the public page itself, with no one signed in). */
    public PublicPageData current() {
        return pages.theOne().data();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public PublicPageData save(PublicPageData data) {
        var page = pages.theOne();
        var saved = changes.update(
                        RecordType.PUBLIC_PAGE, page, data.version(), p -> p.set(data), AuditedChanges::noPerson)
                .data();
        figures.forget(); // the page shows the new choice at once
        return saved;
    }
}
