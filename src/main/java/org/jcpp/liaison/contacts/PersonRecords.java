package org.jcpp.liaison.contacts;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.contacts.domain.NamedPerson;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.datapractices.PersonFile;
import org.jcpp.liaison.datapractices.PersonFiles;
import org.jcpp.liaison.datapractices.PersonMatch;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.referencedata.DataUseNotice;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons named on a need's follow-up, for a resident's request (the data-practices module's {@link
 * PersonFiles}): found by name, read, exported and erased. Every step is in the audit trail.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
class PersonRecords implements PersonFiles {

    /** How an export writes times: sortable, the same in every language. */
    private static final DateTimeFormatter EXPORT_MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final NeedRepository needs;
    private final AuditTrail audit;
    private final ReferenceDataService referenceData;
    private final I18NProvider i18n;

    PersonRecords(NeedRepository needs, AuditTrail audit, ReferenceDataService referenceData, I18NProvider i18n) {
        this.needs = needs;
        this.audit = audit;
        this.referenceData = referenceData;
        this.i18n = i18n;
    }

    /** Each person shown is audited as read. */
    @Override
    @Transactional
    public List<PersonMatch> find(String namePart) {
        if (namePart.strip().length() < 2) {
            return List.of();
        }
        var ids = needs.findPersonIdsByNameLike(Conditions.containsPattern(namePart), 100);
        var found = ids.isEmpty() ? List.<Need>of() : needs.findByPersonIdIn(ids);
        found.forEach(n -> audit.viewed(RecordType.NEED, n.requireId(), named(n).requireId()));
        var cities = referenceData.names(ReferenceKind.CITY);
        return found.stream()
                .map(n -> new PersonMatch(
                        named(n).requireId(),
                        named(n).getName(),
                        n.getContact().getOccurredAt(),
                        cities.getOrDefault(n.getCityId(), "")))
                .toList();
    }

    @Override
    @Transactional
    public PersonFile file(long personId, Locale reader) {
        Need need = load(personId);
        audit.viewed(RecordType.NEED, need.requireId(), personId);
        return toFile(
                need,
                reader,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(reader),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(reader));
    }

    /**
     * In the resident's language where the app has it (English, Spanish or Somali), from their preferred language or the
     * notice they were given; dates as 2026-12-02, so a spreadsheet sorts them. Audited as an export.
     */
    @Override
    @Transactional
    public PersonFile export(long personId) {
        Need need = load(personId);
        audit.exported(RecordType.NEED, need.requireId(), personId, "resident request: CSV");
        var person = named(need);
        Locale locale = NoticeLanguages.localeFor(languageCode(person), person.getNoticeLanguage());
        return toFile(need, locale, DateTimeFormatter.ISO_LOCAL_DATE, EXPORT_MOMENT);
    }

    /**
     * Removed: their name, preferred language, how to reach them, address and notice record (the named person row).
     * Replaced by {@link RemovedTexts#ERASED}: the need's description and outcome and those texts in its history (they
     * may name them), and the contact's summary when {@code alsoFreeText} (the liaison's free text may name them; the
     * admin reads it and decides). Stays: the need's category, status, owner and dates and the contact's facts, so
     * counts do not change. Audited.
     */
    @Override
    @Transactional
    public void erase(long personId, boolean alsoFreeText) {
        Need need = load(personId);
        if (need.getContact().isLegalHold()) {
            throw new InvalidInputException("", "residents.legal-hold");
        }
        var changes = Changes.of().field("person", true, false);
        if (alsoFreeText && !need.getContact().getSummary().isEmpty()) {
            changes.field("contact summary", true, false);
            need.getContact().setSummary(RemovedTexts.ERASED);
        }
        audit.changed(RecordType.NEED, need.requireId(), personId, changes);
        need.setPerson(null);
        need.removeTexts(RemovedTexts.ERASED);
        need.getContact().markChanged();
        needs.flush();
    }

    private Need load(long personId) {
        return needs.findByPersonId(personId)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.PERSON, personId));
    }

    private @Nullable String languageCode(NamedPerson person) {
        Long id = person.getPreferredLanguageId();
        return id == null
                ? null
                : referenceData.languages().stream()
                        .filter(l -> l.id() == id)
                        .map(org.jcpp.liaison.referencedata.LanguageRef::code)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
    }

    /** The written notice's language as the reader reads it inside a sentence. */
    private String noticeLanguage(String notice, Locale locale) {
        return LanguageNames.inSentence(referenceData.languageName(notice, locale), locale);
    }

    /** The file as label–value lines, in the order a resident reads them, in words. */
    private PersonFile toFile(Need need, Locale locale, DateTimeFormatter day, DateTimeFormatter moment) {
        var person = named(need);
        var contact = need.getContact();
        var text = new ExportText(key -> i18n.getTranslation(key, locale));
        var lines = new ArrayList<PersonFile.Line>();
        BiConsumer<String, String> line =
                (key, value) -> lines.add(new PersonFile.Line(text.text().apply(key), value));
        line.accept("person.name", person.getName());
        line.accept(
                "person.language",
                person.getPreferredLanguageId() == null
                        ? ""
                        : referenceData.languageNames(locale).getOrDefault(person.getPreferredLanguageId(), ""));
        line.accept("person.reach-by", person.getReachBy());
        line.accept("person.address", Objects.requireNonNullElse(person.getAddress(), ""));
        line.accept(
                "residents.csv.notice",
                DataUseNotice.ORAL.equals(person.getNoticeLanguage())
                        ? i18n.getTranslation(
                                "person.notice.given-oral",
                                locale,
                                person.getNoticeVersion(),
                                day.format(person.getNoticeGivenOn()))
                        : i18n.getTranslation(
                                "person.notice.given",
                                locale,
                                person.getNoticeVersion(),
                                noticeLanguage(person.getNoticeLanguage(), locale),
                                day.format(person.getNoticeGivenOn())));
        line.accept("need.category", text.label(need.getCategory()));
        line.accept("need.description", need.getDescription());
        line.accept("need.status", text.label(need.getStatus()));
        line.accept("need.outcome", need.getOutcome());
        line.accept("contacts.when", moment.format(contact.getOccurredAt()));
        line.accept("contacts.city", referenceData.names(ReferenceKind.CITY).getOrDefault(contact.getCityId(), ""));
        line.accept("contacts.summary", contact.getSummary());
        return new PersonFile(
                person.requireId(), person.getName(), locale, lines, contact.getSummary(), contact.isLegalHold());
    }

    /** The person a need found by its person names (every need these queries find has one). */
    private static NamedPerson named(Need need) {
        return Objects.requireNonNull(need.getPerson(), "a need found by its person names one");
    }
}
