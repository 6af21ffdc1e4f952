package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

final class ErrorPages {

    private ErrorPages() {}

    static void fill(Div page, String title, String text) {
        page.removeAll();
        page.addClassName("error-page");
        page.add(new H1(title), new Paragraph(text), new Anchor("", page.getTranslation("error.go-home")));
    }
}
