package org.jcpp.liaison.contacts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
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

    private final NeedRepository needs;
    private final AuditTrail audit;

    PersonRecords(NeedRepository needs, AuditTrail audit) {
        this.needs = needs;
        this.audit = audit;
    }

    /** Named persons whose name contains the text (at most 100), without their details; each one shown is audited. */
    @Transactional
    public List<Match> find(String namePart) {
        if (namePart == null || namePart.strip().length() < 2) {
            return List.of();
        }
        String pattern = "%" + namePart.strip().toLowerCase().replace("%", "").replace("_", "") + "%";
        var found = needs.findByPersonNameLike(pattern, Pageable.ofSize(100));
        found.forEach(n -> audit.viewed("need", n.getId(), n.getPerson().getId()));
        return found.stream()
                .map(n -> new Match(
                        n.getPerson().getId(),
                        n.getPerson().getName(),
                        n.getContact().getOccurredAt(),
                        n.getCityId()))
                .toList();
    }

    /** Everything held about one named person: their details and the follow-up they are named on. Audited. */
    @Transactional
    public PersonFile file(long personId) {
        Need need = load(personId);
        audit.viewed("need", need.getId(), personId);
        return toFile(need);
    }

    /** The person's file as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents). Audited. */
    @Transactional
    public byte[] exportCsv(long personId) {
        Need need = load(personId);
        audit.exported("need", need.getId(), personId, "resident request: CSV");
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader("field", "value").get())) {
            for (var row : toFile(need).lines().entrySet()) {
                csv.printRecord(row.getKey(), spreadsheetSafe(row.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Erases the person: their name, language, contact details and notice are deleted, and the texts of their need
     * (which may name them); the need and its contact stay, anonymous, so counts do not change. Audited. A record on
     * legal hold is not erased.
     */
    @Transactional
    public void erase(long personId) {
        Need need = load(personId);
        if (need.getContact().isLegalHold()) {
            throw new org.jcpp.liaison.base.InvalidInputException("", "residents.legal-hold");
        }
        audit.changed("need", need.getId(), personId, Changes.of().field("person", true, false));
        need.setPerson(null);
        need.removeTexts(ContactRetention.ERASED);
        need.getContact().markChanged();
        needs.flush();
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is written as text. */
    static String spreadsheetSafe(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private Need load(long personId) {
        return needs.findByPersonId(personId).orElseThrow(() -> new RecordNotFoundException("person", personId));
    }

    private static PersonFile toFile(Need need) {
        var person = need.getPerson();
        var contact = need.getContact();
        return new PersonFile(
                person.getId(),
                person.getName(),
                person.getPreferredLanguageId(),
                person.getReachBy(),
                person.getAddress(),
                person.getNoticeVersion(),
                person.getNoticeLanguage(),
                person.getNoticeGivenOn(),
                need.getId(),
                need.getCategory(),
                need.getDescription(),
                need.getStatus(),
                need.getOutcome(),
                contact.getSummary(),
                contact.getId(),
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
            boolean legalHold) {

        /** The file as field–value lines, in the order a resident reads them. */
        public Map<String, String> lines() {
            var lines = new java.util.LinkedHashMap<String, String>();
            lines.put("name", name);
            lines.put("preferred language (id)", preferredLanguageId == null ? "" : preferredLanguageId.toString());
            lines.put("how to reach", reachBy);
            lines.put("address", address == null ? "" : address);
            lines.put("notice", noticeVersion + " (" + noticeLanguage + "), " + noticeGivenOn);
            lines.put("need", category + ": " + needDescription);
            lines.put("need status", status.name());
            lines.put("outcome", outcome);
            lines.put("contact", contactAt.toString() + ", city " + cityId);
            lines.put("contact summary", contactSummary);
            return lines;
        }
    }
}
