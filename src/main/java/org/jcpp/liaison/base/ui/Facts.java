package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A list of label–value lines for a record's page; empty values are left out. Values are always text. */
public class Facts extends Div {

    public Facts(String... classNames) {
        addClassName("facts");
        addClassNames(classNames);
    }

    public Facts fact(String labelKey, String value) {
        return line(getTranslation(labelKey), value);
    }

    /** A line whose label is already in the reader's language. */
    public Facts line(String labelText, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        var label = new Span(labelText);
        label.addClassName("fact-label");
        var text = new Span(value);
        text.addClassName("fact-value");
        var row = new Div(label, text);
        row.addClassName("fact");
        add(row);
        return this;
    }
}
