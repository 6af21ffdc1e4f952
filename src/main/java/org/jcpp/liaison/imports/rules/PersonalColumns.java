package org.jcpp.liaison.imports.rules;

import java.util.List;
import java.util.Set;

/**
 * A column whose header says it names people or tells how to reach them ("Name", "Nombre", "Resident's name",
 * "Phone", "Address", "Date of birth") or records immigration status. The app is anonymous-first: such a column is
 * never imported, and the mapping says why. "Partner name" or "Place" are not personal.
 */
public final class PersonalColumns {

    /** Headers that are personal on their own. */
    private static final Set<String> WHOLE = Set.of(
            "name",
            "names",
            "nombre",
            "nombres",
            "apellido",
            "apellidos",
            "surname",
            "resident",
            "residente",
            "client",
            "cliente",
            "person",
            "persona",
            "who",
            "quien",
            "dob",
            "born");

    /** Words or phrases that make any header personal. */
    private static final List<String> PHRASES = List.of(
            "first name",
            "last name",
            "full name",
            "given name",
            "family name",
            "resident name",
            "resident s name",
            "client name",
            "client s name",
            "person name",
            "contact name",
            "firstname",
            "lastname",
            "fullname",
            "nombre del",
            "nombre de la",
            "nombre completo",
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
        return PHRASES.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
