package org.jcpp.liaison.contacts;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.CsvFile;
import org.jcpp.liaison.base.ExportText;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's request about their data: an admin finds the named persons that match, reads everything held about
 * one, exports it, or erases it. Every step is in the audit trail.
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class PersonRecords {

    private static final DateTimeFormatter CONTACT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    /** Named persons whose name contains the text (at most 100), without their details; each one shown is audited. */
    @Transactional
    public List<Match> find(String namePart) {
        if (namePart == null || namePart.strip().length() < 2) {
            return List.of();
        }
        var ids = needs.findPersonIdsByNameLike(Conditions.containsPattern(namePart), 100);
        var found = ids.isEmpty() ? List.<Need>of() : needs.findByPersonIdIn(ids);
        found.forEach(n -> audit.viewed(RecordType.NEED, n.requireId(), named(n).requireId()));
        return found.stream()
                .map(n -> new Match(
                        named(n).requireId(), named(n).getName(), n.getContact().getOccurredAt(), n.getCityId()))
                .toList();
    }

    /** Everything held about one named person: their details and the follow-up they are named on. Audited. */
    @Transactional
    public PersonFile file(long personId) {
        Need need = load(personId);
        audit.viewed(RecordType.NEED, need.requireId(), personId);
        return toFile(need);
    }

    /**
     * The person's file as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents), in words: names
     * for the language and city, labels for the category and status, in the resident's language where the app has it
     * (English or Spanish). Audited.
     */
    @Transactional
    public byte[] exportCsv(long personId) {
        Need need = load(personId);
        audit.exported(RecordType.NEED, need.requireId(), personId, "resident request: CSV");
        var file = toFile(need);
        String language = file.preferredLanguageId() == null
                ? null
                : referenceData.names(ReferenceKind.LANGUAGE).get(file.preferredLanguageId());
        Locale locale = NoticeLanguages.localeFor(language, file.noticeLanguage());
        var text = new ExportText(key -> i18n.getTranslation(key, locale));
        return CsvFile.write(
                List.<CsvFile.Column<Map.Entry<String, String>>>of(
                        CsvFile.column("residents.csv.field", Map.Entry::getKey),
                        CsvFile.column("residents.csv.value", Map.Entry::getValue)),
                List.copyOf(lines(file, language, text, locale).entrySet()),
                text);
    }

    /**
     * Erases the person. Removed: their name, preferred language, how to reach them, address and notice record (the
     * named person row). Replaced by {@link ContactRetention#ERASED}: the need's description and outcome and those
     * texts in its history (they may name them), and the contact's summary when {@code alsoContactSummary} (the
     * liaison's free text may name them; the admin reads it and decides). Stays: the need's category, status, owner
     * and dates and the contact's facts, so counts do not change. Audited. A record on legal hold is not erased.
     */
    @Transactional
    public void erase(long personId, boolean alsoContactSummary) {
        Need need = load(personId);
        if (need.getContact().isLegalHold()) {
            throw new org.jcpp.liaison.base.InvalidInputException("", "residents.legal-hold");
        }
        var changes = Changes.of().field("person", true, false);
        if (alsoContactSummary && !need.getContact().getSummary().isEmpty()) {
            changes.field("contact summary", true, false);
            need.getContact().setSummary(ContactRetention.ERASED);
        }
        audit.changed(RecordType.NEED, need.requireId(), personId, changes);
        need.setPerson(null);
        need.removeTexts(ContactRetention.ERASED);
        need.getContact().markChanged();
        needs.flush();
    }

    private Need load(long personId) {
        return needs.findByPersonId(personId)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.PERSON, personId));
    }

    /** The file as label–value lines, in the order a resident reads them. */
    private Map<String, String> lines(PersonFile file, @Nullable String language, ExportText text, Locale locale) {
        var t = text.text();
        String languageTag = NoticeLanguages.forLanguage(language);
        var lines = new LinkedHashMap<String, String>();
        lines.put(t.apply("person.name"), file.name());
        lines.put(
                t.apply("person.language"),
                language == null
                        ? ""
                        : "en".equals(languageTag) || "es".equals(languageTag)
                                ? t.apply("person.notice." + languageTag)
                                : language);
        lines.put(t.apply("person.reach-by"), file.reachBy());
        lines.put(t.apply("person.address"), file.address() == null ? "" : file.address());
        lines.put(
                t.apply("residents.csv.notice"),
                i18n.getTranslation(
                        "person.notice.given",
                        locale,
                        file.noticeVersion(),
                        t.apply("person.notice." + file.noticeLanguage()),
                        file.noticeGivenOn().toString()));
        lines.put(t.apply("need.category"), text.label(file.category()));
        lines.put(t.apply("need.description"), file.needDescription());
        lines.put(t.apply("need.status"), text.label(file.status()));
        lines.put(t.apply("need.outcome"), file.outcome());
        lines.put(t.apply("contacts.when"), file.contactAt().format(CONTACT_AT));
        lines.put(
                t.apply("contacts.city"),
                referenceData.names(ReferenceKind.CITY).getOrDefault(file.cityId(), ""));
        lines.put(t.apply("contacts.summary"), file.contactSummary());
        return lines;
    }

    private static PersonFile toFile(Need need) {
        var person = named(need);
        var contact = need.getContact();
        return new PersonFile(
                person.requireId(),
                person.getName(),
                person.getPreferredLanguageId(),
                person.getReachBy(),
                person.getAddress(),
                person.getNoticeVersion(),
                person.getNoticeLanguage(),
                person.getNoticeGivenOn(),
                need.requireId(),
                need.getCategory(),
                need.getDescription(),
                need.getStatus(),
                need.getOutcome(),
                contact.getSummary(),
                contact.requireId(),
                contact.getOccurredAt(),
                contact.getCityId(),
                contact.isLegalHold());
    }

    /** A named person found by name. */
    public record Match(long personId, String name, LocalDateTime contactAt, long cityId) {}

    /** Everything held about a named person. */
    public record PersonFile(
            long personId,
            String name,
            @Nullable Long preferredLanguageId,
            String reachBy,
            @Nullable String address,
            String noticeVersion,
            String noticeLanguage,
            LocalDate noticeGivenOn,
            long needId,
            NeedCategory category,
            String needDescription,
            NeedStatus status,
            String outcome,
            String contactSummary,
            long contactId,
            LocalDateTime contactAt,
            long cityId,
            boolean legalHold) {}

    /** The person a need found by its person names (every need these queries find has one). */
    private static org.jcpp.liaison.contacts.domain.NamedPerson named(Need need) {
        return java.util.Objects.requireNonNull(need.getPerson(), "a need found by its person names one");
    }
}
