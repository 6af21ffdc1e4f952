package org.jcpp.liaison.imports.rules;

import java.util.List;
import java.util.Set;

/**
 * A column whose header says it names people or tells how to reach them ("Name", "Nombre y apellido", "Resident's
 * name", "Name (optional)", "Phone", "Address", "Date of birth") or records immigration status. The app is
 * anonymous-first: such a column is never imported, and the mapping says why. A name of something else ("Partner
 * name", "Nombre del grupo", "Event name") is not personal.
 */
public final class PersonalColumns {

    /** Headers that are personal on their own. */
    private static final Set<String> WHOLE = Set.of(
            "resident",
            "residents",
            "residente",
            "residentes",
            "client",
            "clients",
            "cliente",
            "clientes",
            "person",
            "persona",
            "who",
            "quien",
            "dob",
            "born",
            "contact",
            "contacto");

    /** Words that name a person's name: personal unless the header names something else's name. */
    private static final Set<String> NAME_WORDS = Set.of(
            "name",
            "names",
            "nombre",
            "nombres",
            "apellido",
            "apellidos",
            "surname",
            "surnames",
            "firstname",
            "lastname",
            "fullname");

    /** What else has a name: "Partner name", "Nombre del grupo" are not a person's. */
    private static final Set<String> THINGS = Set.of(
            "partner",
            "partners",
            "group",
            "groups",
            "event",
            "events",
            "organization",
            "organisation",
            "org",
            "agency",
            "place",
            "venue",
            "site",
            "location",
            "city",
            "file",
            "topic",
            "language",
            "department",
            "school",
            "business",
            "church",
            "program",
            "programme",
            "project",
            "series",
            "shift",
            "socio",
            "socios",
            "grupo",
            "grupos",
            "evento",
            "eventos",
            "organizacion",
            "agencia",
            "lugar",
            "sitio",
            "ciudad",
            "tema",
            "idioma",
            "departamento",
            "escuela",
            "negocio",
            "iglesia",
            "programa",
            "proyecto",
            "serie",
            "turno");

    /** Words or phrases that make any header personal. */
    private static final List<String> PHRASES = List.of(
            "contact person",
            "persona de contacto",
            "phone",
            "telephone",
            "mobile",
            "cell phone",
            "email",
            "e mail",
            "address",
            "street",
            "telefono",
            "celular",
            "correo",
            "direccion",
            "domicilio",
            "date of birth",
            "birth date",
            "birthday",
            "fecha de nacimiento",
            "nacimiento",
            "ssn",
            "social security",
            "passport",
            "pasaporte",
            "drivers license",
            "licencia",
            "immigration",
            "inmigracion",
            "migratorio",
            "migratoria",
            "citizenship",
            "ciudadania",
            "visa",
            "a number");

    private PersonalColumns() {}

    public static boolean isPersonal(String header) {
        String folded = Folding.fold(header);
        if (folded.isEmpty()) {
            return false;
        }
        if (WHOLE.contains(folded)) {
            return true;
        }
        String padded = " " + folded + " ";
        if (PHRASES.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "))) {
            return true;
        }
        var words = List.of(folded.split(" "));
        return words.stream().anyMatch(NAME_WORDS::contains) && words.stream().noneMatch(THINGS::contains);
    }
}
