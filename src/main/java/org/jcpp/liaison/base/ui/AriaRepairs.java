package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Two places where Vaadin's web components put {@code aria-required} on an element whose role does not allow it (axe
 * reports them as critical {@code aria-allowed-attr} on every form with a required choice or date and time):
 * <ul>
 *   <li>a {@code vaadin-select}'s value button has the role {@code button}: it is a select-only combobox (the WAI-ARIA
 *       pattern), so it gets the role {@code combobox}, for which {@code aria-required} is allowed and announced;
 *   <li>a {@code vaadin-date-time-picker} has the role {@code group}: its date and time inputs carry the requirement
 *       themselves, so the group's copy is removed.
 * </ul>
 * Run once per page; it watches the page, so fields added later and required flags changed later are repaired too.
 */
final class AriaRepairs {

    private AriaRepairs() {}

    static void install(Component host) {
        host.getElement().executeJs(SCRIPT);
    }

    private static final String SCRIPT = """
            if (window.__liaisonAriaRepairs) return;
            window.__liaisonAriaRepairs = true;
            const repair = root => {
              root.querySelectorAll('vaadin-select-value-button:not([role="combobox"])')
                .forEach(b => b.setAttribute('role', 'combobox'));
              root.querySelectorAll('vaadin-date-time-picker[aria-required]')
                .forEach(p => p.removeAttribute('aria-required'));
            };
            repair(document);
            new MutationObserver(changes => {
              for (const change of changes) {
                const target = change.target;
                if (change.type === 'attributes') {
                  if (target.localName === 'vaadin-date-time-picker' && target.hasAttribute('aria-required')) {
                    target.removeAttribute('aria-required');
                  } else if (target.localName === 'vaadin-select-value-button'
                      && target.getAttribute('role') !== 'combobox') {
                    target.setAttribute('role', 'combobox');
                  }
                } else {
                  change.addedNodes.forEach(n => { if (n.querySelectorAll) repair(n.parentNode || n); });
                }
              }
            }).observe(document.body, {subtree: true, childList: true, attributes: true,
                attributeFilter: ['aria-required', 'role']});
            """;
}
