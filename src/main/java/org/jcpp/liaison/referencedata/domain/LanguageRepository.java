package org.jcpp.liaison.referencedata.domain;

public interface LanguageRepository extends NamedItemRepository<Language> {}
