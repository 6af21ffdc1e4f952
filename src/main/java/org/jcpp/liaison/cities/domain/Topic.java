package org.jcpp.liaison.cities.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "topic")
public class Topic extends NamedItem {}
