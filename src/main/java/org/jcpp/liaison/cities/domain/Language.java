package org.jcpp.liaison.cities.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "language")
public class Language extends NamedItem {}
