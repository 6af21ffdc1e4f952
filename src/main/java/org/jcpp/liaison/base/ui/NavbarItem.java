package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module puts in the app bar beside the page title (the notifications' bell): a Spring bean that
 * makes the component for each page, so the shell need not know the module.
 */
public interface NavbarItem {

    Component create();
}
