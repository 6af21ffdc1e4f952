package org.jcpp.liaison.imports;

import java.util.Arrays;
import java.util.List;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * A field of a record a column can be mapped to, with the header words (English and Spanish, written without accents
 * and in lower case) that make the app guess it. {@code reference} names the reference list its values are matched
 * to; {@code choices} an enum whose labels they are matched to.
 */
public enum ImportField {
    WHEN(
            ImportKind.CONTACTS,
            Type.DATE,
            null,
            null,
            true,
            "date",
            "when",
            "contact date",
            "date of contact",
            "day",
            "fecha",
            "fecha de contacto",
            "dia",
            "cuando"),
    TIME(ImportKind.CONTACTS, Type.TIME, null, null, false, "time", "hora", "start time", "hora de inicio"),
    CITY(
            ImportKind.CONTACTS,
            Type.REFERENCE,
            ReferenceKind.CITY,
            null,
            true,
            "city",
            "member city",
            "municipality",
            "ciudad",
            "municipio"),
    KIND(
            ImportKind.CONTACTS,
            Type.CHOICE,
            null,
            org.jcpp.liaison.contacts.ContactKind.class,
            false,
            "type",
            "kind",
            "contact type",
            "type of contact",
            "tipo",
            "tipo de contacto"),
    PLACE(
            ImportKind.CONTACTS,
            Type.CHOICE,
            null,
            org.jcpp.liaison.contacts.PlaceType.class,
            false,
            "place",
            "location",
            "place type",
            "venue",
            "where",
            "lugar",
            "sitio",
            "donde"),
    HEADCOUNT(
            ImportKind.CONTACTS,
            Type.NUMBER,
            null,
            null,
            false,
            "people",
            "headcount",
            "number of people",
            "count",
            "attendees",
            "persons",
            "personas",
            "cantidad",
            "numero de personas",
            "asistentes"),
    LANGUAGES(
            ImportKind.CONTACTS,
            Type.REFERENCES,
            ReferenceKind.LANGUAGE,
            null,
            false,
            "language",
            "languages",
            "language spoken",
            "idioma",
            "idiomas",
            "lengua",
            "lenguas"),
    GROUPS(
            ImportKind.CONTACTS,
            Type.REFERENCES,
            ReferenceKind.COMMUNITY_GROUP,
            null,
            false,
            "group",
            "groups",
            "community",
            "community group",
            "grupo",
            "grupos",
            "comunidad"),
    TOPICS(
            ImportKind.CONTACTS,
            Type.REFERENCES,
            ReferenceKind.TOPIC,
            null,
            false,
            "topic",
            "topics",
            "subject",
            "tema",
            "temas",
            "asunto"),
    PARTNERS(
            ImportKind.CONTACTS,
            Type.REFERENCES,
            ReferenceKind.PARTNER,
            null,
            false,
            "partner",
            "partners",
            "organization",
            "organisation",
            "agency",
            "socio",
            "socios",
            "organizacion",
            "agencia"),
    INTERPRETER(ImportKind.CONTACTS, Type.YES_NO, null, null, false, "interpreter", "interpreter used", "interprete"),
    LANGUAGE_LINE(
            ImportKind.CONTACTS,
            Type.YES_NO,
            null,
            null,
            false,
            "language line",
            "language line used",
            "linea de idiomas",
            "linea de interpretes"),
    SUMMARY(
            ImportKind.CONTACTS,
            Type.TEXT,
            null,
            null,
            false,
            "summary",
            "notes",
            "note",
            "comments",
            "resumen",
            "notas",
            "comentarios",
            "observaciones"),
    NEED(
            ImportKind.CONTACTS,
            Type.CHOICE,
            null,
            org.jcpp.liaison.contacts.NeedCategory.class,
            false,
            "need",
            "need category",
            "need type",
            "necesidad",
            "tipo de necesidad"),
    NEED_DESCRIPTION(
            ImportKind.CONTACTS,
            Type.TEXT,
            null,
            null,
            false,
            "need description",
            "need details",
            "what they need",
            "descripcion de la necesidad",
            "detalle de la necesidad"),
    EVENT_DATE(
            ImportKind.EVENTS,
            Type.DATE,
            null,
            null,
            true,
            "date",
            "event date",
            "day",
            "fecha",
            "dia",
            "fecha del evento"),
    EVENT_START(
            ImportKind.EVENTS,
            Type.TIME,
            null,
            null,
            false,
            "start",
            "start time",
            "time",
            "from",
            "begins",
            "hora",
            "hora de inicio",
            "inicio",
            "desde"),
    EVENT_END(
            ImportKind.EVENTS,
            Type.TIME,
            null,
            null,
            false,
            "end",
            "end time",
            "until",
            "to",
            "ends",
            "hora de fin",
            "fin",
            "hasta"),
    EVENT_TITLE(
            ImportKind.EVENTS,
            Type.TEXT,
            null,
            null,
            true,
            "title",
            "event",
            "event name",
            "name of event",
            "activity",
            "titulo",
            "evento",
            "nombre del evento",
            "actividad"),
    EVENT_TYPE(
            ImportKind.EVENTS,
            Type.CHOICE,
            null,
            org.jcpp.liaison.outreach.EventType.class,
            false,
            "type",
            "event type",
            "kind",
            "tipo",
            "tipo de evento"),
    EVENT_CITY(
            ImportKind.EVENTS,
            Type.REFERENCE,
            ReferenceKind.CITY,
            null,
            true,
            "city",
            "member city",
            "ciudad",
            "municipio"),
    EVENT_VENUE(
            ImportKind.EVENTS,
            Type.TEXT,
            null,
            null,
            false,
            "venue",
            "location",
            "place",
            "where",
            "lugar",
            "sitio",
            "donde"),
    EVENT_HEADCOUNT(
            ImportKind.EVENTS,
            Type.NUMBER,
            null,
            null,
            true,
            "headcount",
            "attendance",
            "attendees",
            "people",
            "number of people",
            "total",
            "asistencia",
            "asistentes",
            "personas",
            "numero de personas"),
    EVENT_PARTNERS(
            ImportKind.EVENTS,
            Type.REFERENCES,
            ReferenceKind.PARTNER,
            null,
            false,
            "partner",
            "partners",
            "organization",
            "organisation",
            "socio",
            "socios",
            "organizacion"),
    EVENT_LANGUAGES(
            ImportKind.EVENTS,
            Type.REFERENCES,
            ReferenceKind.LANGUAGE,
            null,
            false,
            "language",
            "languages",
            "idioma",
            "idiomas"),
    EVENT_OUTCOMES(
            ImportKind.EVENTS,
            Type.TEXT,
            null,
            null,
            false,
            "outcomes",
            "outcome",
            "results",
            "notes",
            "resultados",
            "notas",
            "comentarios"),
    BRIEFING_DATE(ImportKind.BRIEFINGS, Type.DATE, null, null, true, "date", "day", "briefing date", "fecha", "dia"),
    BRIEFING_DEPARTMENT(
            ImportKind.BRIEFINGS,
            Type.REFERENCE,
            ReferenceKind.DEPARTMENT,
            null,
            true,
            "department",
            "police department",
            "agency",
            "pd",
            "departamento",
            "departamento de policia",
            "agencia"),
    BRIEFING_SHIFT(ImportKind.BRIEFINGS, Type.SHIFT, null, null, true, "shift", "roll call", "turno"),
    BRIEFING_TOPICS(
            ImportKind.BRIEFINGS,
            Type.TRAINING_TOPICS,
            null,
            null,
            true,
            "topic",
            "topics",
            "subject",
            "tema",
            "temas"),
    BRIEFING_OFFICERS(
            ImportKind.BRIEFINGS,
            Type.NUMBER,
            null,
            null,
            true,
            "officers",
            "officers present",
            "number of officers",
            "oficiales",
            "agentes",
            "policias"),
    BRIEFING_MINUTES(
            ImportKind.BRIEFINGS,
            Type.NUMBER,
            null,
            null,
            false,
            "minutes",
            "length",
            "duration",
            "minutos",
            "duracion"),
    BRIEFING_FEEDBACK(
            ImportKind.BRIEFINGS,
            Type.TEXT,
            null,
            null,
            false,
            "feedback",
            "questions",
            "officers feedback",
            "comentarios",
            "preguntas"),
    BRIEFING_FOLLOW_UPS(
            ImportKind.BRIEFINGS,
            Type.TEXT,
            null,
            null,
            false,
            "follow ups",
            "follow up",
            "followups",
            "next steps",
            "seguimiento",
            "pasos siguientes"),
    LINE_DATE(
            ImportKind.LANGUAGE_LINE,
            Type.DATE,
            null,
            null,
            true,
            "date",
            "call date",
            "service date",
            "date of service",
            "fecha",
            "fecha de llamada"),
    LINE_ACCOUNT(
            ImportKind.LANGUAGE_LINE,
            Type.TEXT,
            null,
            null,
            true,
            "account",
            "account number",
            "account id",
            "client id",
            "access code",
            "cuenta",
            "numero de cuenta"),
    LINE_LANGUAGE(
            ImportKind.LANGUAGE_LINE,
            Type.REFERENCE,
            ReferenceKind.LANGUAGE,
            null,
            true,
            "language",
            "target language",
            "language code",
            "idioma",
            "lengua"),
    LINE_MINUTES(
            ImportKind.LANGUAGE_LINE,
            Type.DECIMAL,
            null,
            null,
            true,
            "minutes",
            "billable minutes",
            "duration",
            "length",
            "minutos",
            "duracion"),
    LINE_COST(
            ImportKind.LANGUAGE_LINE,
            Type.DECIMAL,
            null,
            null,
            false,
            "cost",
            "charge",
            "charges",
            "amount",
            "total",
            "costo",
            "importe");

    /** How a field's cells are read. */
    public enum Type {
        DATE,
        TIME,
        REFERENCE,
        REFERENCES,
        CHOICE,
        NUMBER,
        /** An amount with decimals ("12.5", "$1,204.75"): minutes, cost. */
        DECIMAL,
        YES_NO,
        TEXT,
        /** A shift's name (Day, Night), found within the row's department. */
        SHIFT,
        /** Topics of the training catalog. */
        TRAINING_TOPICS
    }

    private final ImportKind kind;
    private final Type type;
    private final @Nullable ReferenceKind reference;
    private final @Nullable Class<? extends Enum<?>> choices;
    private final boolean required;
    private final List<String> headerWords;

    ImportField(
            ImportKind kind,
            Type type,
            @Nullable ReferenceKind reference,
            @Nullable Class<? extends Enum<?>> choices,
            boolean required,
            String... headerWords) {
        this.kind = kind;
        this.type = type;
        this.reference = reference;
        this.choices = choices;
        this.required = required;
        this.headerWords = List.of(headerWords);
    }

    public ImportKind kind() {
        return kind;
    }

    public Type type() {
        return type;
    }

    public @Nullable ReferenceKind reference() {
        return reference;
    }

    public @Nullable Class<? extends Enum<?>> choices() {
        return choices;
    }

    /** A record cannot be made without it: the mapping must give it a column. */
    public boolean required() {
        return required;
    }

    public List<String> headerWords() {
        return headerWords;
    }

    /** Its values are matched to a list (a reference list or an enum's labels), so the mapping asks about unknown ones. */
    public boolean matched() {
        return type == Type.REFERENCE
                || type == Type.REFERENCES
                || type == Type.CHOICE
                || type == Type.SHIFT
                || type == Type.TRAINING_TOPICS;
    }

    public static List<ImportField> of(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
