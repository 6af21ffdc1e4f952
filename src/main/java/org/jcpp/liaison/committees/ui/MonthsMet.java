package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.committees.MonthMet;

/**
 * Whether a committee met in each month ("at least monthly"): one box per month, a month without a meeting held marked
 * as a gap in words and colour, and a line that counts the gaps.
 */
class MonthsMet extends Composite<VerticalLayout> {

    final UnorderedList months = new UnorderedList();
    final Paragraph summary = new Paragraph();

    MonthsMet() {
        months.addClassName("months-met");
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(summary, months);
    }

    void show(List<MonthMet> met) {
        months.removeAll();
        var format = DateTimeFormatter.ofPattern("MMM yyyy", Formats.locale());
        for (MonthMet month : met) {
            var name = new Span(month.month().format(format));
            name.addClassName("month-name");
            var held = new Span(
                    month.isGap()
                            ? getTranslation("committees.month.gap")
                            : getTranslation("committees.month.held", month.held()));
            var item = new ListItem(name, held);
            item.addClassNames("month-met", month.isGap() ? "gap" : "met");
            months.add(item);
        }
        long gaps = met.stream().filter(MonthMet::isGap).count();
        summary.setText(
                gaps == 0
                        ? getTranslation("committees.months.every", met.size())
                        : getTranslation("committees.months.gaps", gaps, met.size()));
    }
}
