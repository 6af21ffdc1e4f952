package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "topic")
public class Topic extends NamedItem {}
