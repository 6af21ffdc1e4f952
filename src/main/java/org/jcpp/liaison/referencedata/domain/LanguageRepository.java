package org.jcpp.liaison.referencedata.domain;

public interface LanguageRepository extends NamedItemRepository<Language> {

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, Long id);
}
