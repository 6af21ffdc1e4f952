package org.jcpp.liaison.base;

import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.ImplicitDatabaseObjectNamingStrategy;
import org.hibernate.service.ServiceRegistry;

/**
 * The sequence a record's id comes from: its table's own, as PostgreSQL names the sequence of an identity column
 * ({@code contact} → {@code contact_id_seq}). Rows inserted by SQL (migrations, tests) take their ids from the same
 * sequence, so the two never collide.
 */
public class IdSequenceNaming implements ImplicitDatabaseObjectNamingStrategy {

    @Override
    public QualifiedName determineSequenceName(
            Identifier catalogName, Identifier schemaName, Map<?, ?> configValues, ServiceRegistry serviceRegistry) {
        Object table = configValues.get(PersistentIdentifierGenerator.TABLE);
        if (table == null) {
            throw new IllegalStateException("an id sequence is named after its table; no table given");
        }
        return new QualifiedSequenceName(
                catalogName,
                schemaName,
                Identifier.toIdentifier(table.toString().replace("\"", "") + "_id_seq"));
    }

    @Override
    public QualifiedName determineTableName(
            Identifier catalogName, Identifier schemaName, Map<?, ?> configValues, ServiceRegistry serviceRegistry) {
        throw new UnsupportedOperationException("no id comes from a table");
    }
}
