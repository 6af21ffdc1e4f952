package org.jcpp.liaison.datapractices;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.base.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A resident asks what is held about them, or asks to be erased: an admin finds the named persons that match, reads
 * everything held about one, exports it for the resident, or erases it. Every step is in the audit trail (written by
 * the module that holds the person).
 */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ResidentRequests {

    private final PersonFiles persons;
    private final I18NProvider i18n;

    ResidentRequests(PersonFiles persons, I18NProvider i18n) {
        this.persons = persons;
        this.i18n = i18n;
    }

    /** Named persons whose name contains the text (two letters at least; at most 100 found). */
    public List<PersonMatch> find(String namePart) {
        return namePart.strip().length() < 2 ? List.of() : persons.find(namePart);
    }

    public PersonFile file(long personId, Locale reader) {
        return persons.file(personId, reader);
    }

    /**
     * The person's file as CSV, in the resident's language where the app has it: a field–value line each, UTF-8 with
     * a byte-order mark (so spreadsheet programs read accents), cells a spreadsheet would run as formulas written as
     * text ({@link CsvFile}).
     */
    public byte[] exportCsv(long personId) {
        var file = persons.export(personId);
        var text = new ExportText(key -> i18n.getTranslation(key, file.locale()));
        return CsvFile.write(
                List.<CsvFile.Column<PersonFile.Line>>of(
                        CsvFile.column("residents.csv.field", PersonFile.Line::label),
                        CsvFile.column("residents.csv.value", PersonFile.Line::value)),
                file.lines(),
                text);
    }

    public void erase(long personId, boolean alsoFreeText) {
        persons.erase(personId, alsoFreeText);
    }
}
