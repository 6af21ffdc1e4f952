package org.jcpp.liaison.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.reporting.PublicPageData;

/** The partnership's public page: whether an admin published it, and which of its figures it shows. One row. */
@Entity
@Table(name = "public_page")
public class PublicPage extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private boolean published;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_contacts", nullable = false)
    private boolean showContacts;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_languages", nullable = false)
    private boolean showLanguages;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_briefings", nullable = false)
    private boolean showBriefings;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_training", nullable = false)
    private boolean showTraining;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_events", nullable = false)
    private boolean showEvents;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_committees", nullable = false)
    private boolean showCommittees;

    @Classified(DataClass.PUBLIC)
    @Column(name = "show_surveys", nullable = false)
    private boolean showSurveys;

    protected PublicPage() {}

    public void set(PublicPageData data) {
        published = data.published();
        showContacts = data.showContacts();
        showLanguages = data.showLanguages();
        showBriefings = data.showBriefings();
        showTraining = data.showTraining();
        showEvents = data.showEvents();
        showCommittees = data.showCommittees();
        showSurveys = data.showSurveys();
    }

    public PublicPageData data() {
        return new PublicPageData(
                getVersion(),
                published,
                showContacts,
                showLanguages,
                showBriefings,
                showTraining,
                showEvents,
                showCommittees,
                showSurveys);
    }
}
