package org.jcpp.liaison.base;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.internal.DefaultSchemaFilterProvider;
import org.hibernate.tool.schema.spi.SchemaFilter;

/**
 * The schema check at start (ddl-auto=validate) without the id sequences: they are the identity columns' own
 * ({@link IdSequenceNaming}), which PostgreSQL leaves out of {@code information_schema.sequences}, where Hibernate
 * looks for them. {@code IdSequencesIT} checks them instead: each exists and hands out fifty ids at a time.
 */
public class IdSequenceValidation extends DefaultSchemaFilterProvider {

    @Override
    public SchemaFilter getValidateFilter() {
        return new SchemaFilter() {
            @Override
            public boolean includeNamespace(Namespace namespace) {
                return true;
            }

            @Override
            public boolean includeTable(Table table) {
                return true;
            }

            @Override
            public boolean includeSequence(Sequence sequence) {
                return !sequence.getName().getSequenceName().getText().endsWith("_id_seq");
            }
        };
    }
}
