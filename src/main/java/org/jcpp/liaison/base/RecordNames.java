package org.jcpp.liaison.base;

import java.util.Optional;
import java.util.Set;

/**
 * Names for the ids records keep of other records (a city, a language, a colleague …), so a stored id can be shown to
 * people as a name. Implemented by the module that owns those records; a module that shows stored ids (the audit
 * trail) asks every implementation, and so does not depend on the owners.
 */
public interface RecordNames {

    /**
     * The name of the record with this id, for a field that stores it under {@code field} ("cityId", "languageIds");
     * empty when this module does not keep records for that field or has none with the id.
     */
    Optional<String> name(String field, long id);

    /** The fields whose ids this module names (a test checks that every audited id field has one). */
    Set<String> fields();
}
