package org.jcpp.liaison.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditRow;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.FieldChange;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for admins: search by user (name or username), action, record and period; each entry reads as
 * "Field: before → after" with names instead of stored ids, and opens in full. "Who accessed this person's data" is the
 * person filter with the action "Viewed"; "what did this user view" is the user filter with the same action. The
 * address keeps the record and person filters ({@code admin/audit?person=12}).
 */
@Route("admin/audit")
@Menu(order = 20, icon = "vaadin:records", title = "nav.admin.audit")
@RolesAllowed(Roles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField actor = new TextField();
    final Select<AuditAction> action = new Select<>();
    final Select<String> recordType = new Select<>();
    final WholeNumberField recordId = new WholeNumberField();
    final WholeNumberField personId = new WholeNumberField();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Grid<AuditRow> grid = new Grid<>(AuditRow.class, false);
    final Span total = new Span();

    private final AuditTrail audit;

    AuditView(AuditTrail audit) {
        this.audit = audit;
        addClassName("audit-view");
        setSizeFull();
        actor.setLabel(getTranslation("audit.user"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setItemLabelGenerator(a -> a == null ? getTranslation("contacts.filter.any") : label(a));
        recordType.setLabel(getTranslation("audit.record-type"));
        recordType.setItems(RecordType.audited().stream().map(RecordType::code).toList());
        recordType.setEmptySelectionAllowed(true);
        recordType.setItemLabelGenerator(
                type -> type == null ? getTranslation("contacts.filter.any") : getTranslation("audit.type." + type));
        recordId.setLabel(getTranslation("audit.record-id"));
        recordId.setClearButtonVisible(true);
        personId.setLabel(getTranslation("audit.person-id"));
        personId.setClearButtonVisible(true);
        personId.setHelperText(getTranslation("audit.person-id.help"));
        from.setLabel(getTranslation("contacts.filter.from"));
        to.setLabel(getTranslation("contacts.filter.to"));
        from.setValue(LocalDate.now().minusDays(30));
        actor.addValueChangeListener(e -> refresh());
        recordId.addValueChangeListener(e -> refresh());
        personId.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        recordType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(actor, action, recordType, recordId, personId, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(row -> format.format(row.at()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::actorText).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(row -> label(row.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.recordType() == null
                        ? ""
                        : getTranslation("audit.type." + row.recordType())
                                + (row.recordId() == null ? "" : " #" + row.recordId()))
                .setHeader(getTranslation("audit.record"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.personId() == null ? "" : "#" + row.personId())
                .setHeader(getTranslation("audit.person"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::summary)
                .setHeader(getTranslation("audit.changes"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::summary);
        // a click, or Space on the focused row, opens the entry
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(row -> {
            grid.deselectAll();
            openDetails(row);
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(
                query -> audit.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> {
                    long count = audit.count(filter());
                    total.setText(getTranslation("audit.total", count));
                    return (int) Math.min(Integer.MAX_VALUE, count);
                });
        grid.setSizeFull();
        add(filters, total, grid);
    }

    /** The user as people know them, with the username the entry stores. */
    private String actorText(AuditRow row) {
        return audit.actorName(row.actor())
                .map(name -> name + " (" + row.actor() + ")")
                .orElse(row.actor());
    }

    /** The changed fields in a line ("Member city: Crystal → Hopkins; People reached: 12 → 40"), or the detail. */
    private String summary(AuditRow row) {
        var changes = audit.fieldChanges(row);
        if (changes.isEmpty()) {
            return row.detail();
        }
        return changes.stream()
                .map(change -> fieldLabel(change.field()) + ": " + changeText(row, change))
                .collect(Collectors.joining("; "));
    }

    private String value(String text) {
        return switch (text) {
            case "" -> "–";
            case "true" -> getTranslation("export.yes");
            case "false" -> getTranslation("export.no");
            default -> text;
        };
    }

    /** The field's label in the user's language ({@code audit.field.<name>}), else its stored name. */
    private String fieldLabel(String field) {
        if (field.isEmpty()) {
            return getTranslation("audit.changes");
        }
        String key = "audit.field." + field;
        String label = getTranslation(key);
        return label.startsWith("!") && label.endsWith(key) ? field : label;
    }

    /** The entry in full: when, who, what, and each field as "label: before → after". */
    private void openDetails(AuditRow row) {
        var dialog = new Dialog();
        dialog.addClassName("audit-dialog");
        dialog.setHeaderTitle(label(row.action())
                + (row.recordType() == null ? "" : " · " + getTranslation("audit.type." + row.recordType()))
                + (row.recordId() == null ? "" : " #" + row.recordId()));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        var who = new Div(format.format(row.at()) + " · " + actorText(row));
        who.addClassName("audit-who");
        var body = new VerticalLayout(who);
        body.setPadding(false);
        body.setSpacing(false);
        var changes = audit.fieldChanges(row);
        for (FieldChange change : changes) {
            var line = new Div(new Span(fieldLabel(change.field()) + ": "), new Span(changeText(row, change)));
            line.addClassName("audit-change");
            body.add(line);
        }
        if (changes.isEmpty() && !row.detail().isBlank()) {
            var detail = new Div(row.detail());
            detail.addClassName("audit-change");
            body.add(detail);
        }
        dialog.add(body);
        var close = new Button(getTranslation("audit.details.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }

    private String changeText(AuditRow row, FieldChange change) {
        return switch (row.action()) {
            case UPDATE -> value(worded(row, change.before())) + " → " + value(worded(row, change.after()));
            case DELETE -> value(worded(row, change.before()));
            default -> value(worded(row, change.after()));
        };
    }

    /** The enums whose stored values audit entries keep; their labels are {@code <Enum>.<VALUE>} translations. */
    private static final List<String> ENUMS = List.of(
            "NeedStatus",
            "NeedCategory",
            "ContactKind",
            "PlaceType",
            "ReferralConsent",
            "EventStatus",
            "EventType",
            "TopicStatus",
            "TrainingAudience");

    private static final java.util.regex.Pattern ENUM_VALUE = java.util.regex.Pattern.compile("^[A-Z][A-Z0-9_]*$");

    /**
     * Stored enum values ("OPEN", or "TRAFFIC, HOUSING") as the screens word them in the user's language; an enum
     * named after the record type (a need's NeedStatus before an event's EventStatus) is tried first.
     */
    private String worded(AuditRow row, String text) {
        var parts = text.split(", ");
        if (text.isEmpty()
                || !java.util.Arrays.stream(parts)
                        .allMatch(p -> ENUM_VALUE.matcher(p).matches())) {
            return text;
        }
        String type = row.recordType() == null
                ? ""
                : row.recordType().replace("-", "").toLowerCase(java.util.Locale.ROOT);
        var order = ENUMS.stream()
                .sorted(java.util.Comparator.comparing((String e) -> !type.contains(firstWord(e))))
                .toList();
        var worded = new java.util.ArrayList<String>();
        for (String part : parts) {
            String label = order.stream()
                    .map(e -> e + "." + part)
                    .filter(this::hasTranslation)
                    .findFirst()
                    .map(key -> getTranslation(key))
                    .orElse(part);
            worded.add(label);
        }
        return String.join(", ", worded);
    }

    private static String firstWord(String enumName) {
        int second = 1;
        while (second < enumName.length() && !Character.isUpperCase(enumName.charAt(second))) {
            second++;
        }
        return enumName.substring(0, second).toLowerCase(java.util.Locale.ROOT);
    }

    private boolean hasTranslation(String key) {
        var provider = com.vaadin.flow.server.VaadinService.getCurrent()
                .getInstantiator()
                .getI18NProvider();
        if (provider == null) {
            return false;
        }
        String text = provider.getTranslation(key, getLocale());
        return text != null && !text.equals(key) && !(text.startsWith("!") && text.contains(key));
    }

    private String label(AuditAction action) {
        return getTranslation("AuditAction." + action.name());
    }

    AuditFilter filter() {
        return new AuditFilter(
                actor.getValue(),
                action.getValue(),
                recordType.getValue(),
                recordId.getValue() == null ? null : recordId.getValue().longValue(),
                personId.getValue() == null ? null : personId.getValue().longValue(),
                from.getValue(),
                to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        parse(parameters.get("person")).ifPresent(id -> {
            personId.setValue(id);
            action.setValue(AuditAction.VIEW);
            from.clear();
        });
        parse(parameters.get("record")).ifPresent(recordId::setValue);
        if (parameters.containsKey("action")) {
            java.util.Arrays.stream(AuditAction.values())
                    .filter(a -> a.name().equals(parameters.get("action").getFirst()))
                    .findFirst()
                    .ifPresent(action::setValue);
        }
        if (parameters.containsKey("type")
                && RecordType.audited().stream()
                        .map(RecordType::code)
                        .anyMatch(parameters.get("type").getFirst()::equals)) {
            recordType.setValue(parameters.get("type").getFirst());
        }
    }

    private static java.util.Optional<Integer> parse(@Nullable List<String> values) {
        try {
            return values == null || values.isEmpty()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(Integer.parseInt(values.getFirst()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.audit");
    }
}
