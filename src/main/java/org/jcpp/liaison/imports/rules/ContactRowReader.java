package org.jcpp.liaison.imports.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jcpp.liaison.referencedata.InterpreterUse;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a contacts file into what the contact form would send ({@link ContactData}), or into the problems
 * that stop it: a date that cannot be read, a value no list entry answers, a number that is not one. The rules of a
 * contact itself are not here: the row is then checked by the contacts module, as a form is. What the file does not
 * say takes the form's plain default: kind and place "Other", one person, no interpreter, no summary. A need is made
 * from the need columns when the row has one.
 */
public final class ContactRowReader extends RowReader<ContactData> {

    public ContactRowReader(
            List<String> header,
            ColumnMapping mapping,
            Map<ImportField, ValueMatcher> matchers,
            DateReading dates,
            Set<Integer> personal) {
        super(header, mapping, matchers, dates, personal);
    }

    @Override
    public Read<ContactData> read(SheetRow row) {
        var problems = new ArrayList<ImportProblem>();
        LocalDateTime when = when(row, ImportField.WHEN, ImportField.TIME, problems);
        Long city = one(row, ImportField.CITY, problems).map(Long::valueOf).orElse(null);
        if (city == null && problems.stream().noneMatch(p -> p.column().equals(columnName(ImportField.CITY)))) {
            problems.add(problem(row, ImportField.CITY, "validation.required", ""));
        }
        var kind =
                one(row, ImportField.KIND, problems).map(ContactKind::valueOf).orElse(ContactKind.OTHER);
        var place =
                one(row, ImportField.PLACE, problems).map(PlaceType::valueOf).orElse(PlaceType.OTHER);
        int headcount = number(row, ImportField.HEADCOUNT, problems).orElse(1);
        var languages = many(row, ImportField.LANGUAGES, problems);
        var groups = many(row, ImportField.GROUPS, problems);
        var topics = many(row, ImportField.TOPICS, problems);
        var partners = many(row, ImportField.PARTNERS, problems);
        boolean interpreter = yesNo(row, ImportField.INTERPRETER, problems);
        boolean languageLine = yesNo(row, ImportField.LANGUAGE_LINE, problems);
        String summary = text(row, ImportField.SUMMARY);
        var needs = new ArrayList<NeedData>();
        var category = one(row, ImportField.NEED, problems).map(NeedCategory::valueOf);
        String description = text(row, ImportField.NEED_DESCRIPTION);
        if (category.isPresent() || !description.isBlank()) {
            needs.add(new NeedData(
                    category.orElse(NeedCategory.OTHER),
                    description.isBlank() ? "" : description,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (!problems.isEmpty() || when == null || city == null) {
            return new Read<>(null, problems);
        }
        return new Read<>(
                new ContactData(
                        when,
                        city,
                        null,
                        kind,
                        place,
                        languages,
                        groups,
                        topics,
                        partners,
                        headcount,
                        languageLine || interpreter ? InterpreterUse.USED : InterpreterUse.NOT_NEEDED,
                        languageLine ? InterpreterMode.TELEPHONE_LINE : null, // "an interpreter": how is not recorded
                        summary,
                        needs,
                        null),
                problems);
    }

    @Override
    protected @Nullable ImportField fieldOf(String component) {
        return switch (component) {
            case "occurredAt" -> ImportField.WHEN;
            case "cityId" -> ImportField.CITY;
            case "kind" -> ImportField.KIND;
            case "placeType" -> ImportField.PLACE;
            case "headcount" -> ImportField.HEADCOUNT;
            case "languageIds" -> ImportField.LANGUAGES;
            case "groupIds" -> ImportField.GROUPS;
            case "topicIds" -> ImportField.TOPICS;
            case "partnerIds" -> ImportField.PARTNERS;
            case "summary" -> ImportField.SUMMARY;
            default ->
                component.startsWith("needs[") && component.endsWith("category")
                        ? ImportField.NEED
                        : component.startsWith("needs[") ? ImportField.NEED_DESCRIPTION : null;
        };
    }

    @Override
    public Map<ImportField, String> texts(ContactData data) {
        var texts = new java.util.LinkedHashMap<ImportField, String>();
        texts.put(ImportField.SUMMARY, data.summary());
        data.needs().forEach(need -> texts.put(ImportField.NEED_DESCRIPTION, need.description()));
        return texts;
    }
}
