package org.jcpp.liaison.base.ui;

/**
 * A form view: when it opens, the keyboard starts on its first field that can be typed in (the main layout focuses it
 * after navigation), so nobody has to tab through the menu to reach the form.
 */
public interface OpensOnFirstField {

    /** Focuses the first visible, enabled, editable field of the view's form layouts, in the browser. */
    String FOCUS_FIRST_FIELD = """
            const view = this;
            const first = () => [...view.querySelectorAll('vaadin-form-layout > *')].find(f =>
                f.localName.startsWith('vaadin-') && !f.localName.endsWith('-row') && typeof f.focus === 'function'
                && !f.disabled && !f.readonly && !f.hidden && f.offsetParent !== null);
            // after the page has rendered and the field's element is defined (a page's first load defines them late)
            setTimeout(() => {
              const f = first();
              if (f) customElements.whenDefined(f.localName).then(() => requestAnimationFrame(() => f.focus()));
            }, 0);
            """;
}
