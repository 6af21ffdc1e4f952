package org.jcpp.liaison.base.ui;

/**
 * A form view: when it opens, the keyboard starts on its first field that can be typed in (the main layout focuses it
 * after navigation), so nobody has to tab through the menu to reach the form. Date and time pickers are passed over
 * (they come filled in, and on a phone a focused picker covers the screen with its calendar).
 */
public interface OpensOnFirstField {

    /** Focuses the first visible, enabled, editable field of the view's form layouts, in the browser. */
    String FOCUS_FIRST_FIELD = """
            const view = this;
            const first = () => [...view.querySelectorAll('vaadin-form-layout > *')].find(f =>
                f.localName.startsWith('vaadin-') && !f.localName.endsWith('-row') && typeof f.focus === 'function'
                && !f.disabled && !f.readonly && !f.hidden && f.offsetParent !== null
                // a date or time picker opens its calendar over the whole screen of a phone when focused: skip it
                && !/^vaadin-(date-picker|date-time-picker|time-picker)$/.test(f.localName));
            // after the page has rendered and the field's element is defined (a page's first load defines them late)
            setTimeout(() => {
              const f = first();
              if (f) customElements.whenDefined(f.localName).then(() => requestAnimationFrame(() => f.focus()));
            }, 0);
            """;
}
