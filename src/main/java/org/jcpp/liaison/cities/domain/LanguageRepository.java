package org.jcpp.liaison.cities.domain;

public interface LanguageRepository extends NamedItemRepository<Language> {}
