package org.jcpp.liaison.outreach;

import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.outreach.domain.OutreachEventRepository;
import org.jcpp.liaison.outreach.domain.OutreachSeries;
import org.jcpp.liaison.outreach.domain.OutreachSeriesRepository;
import org.springframework.stereotype.Component;

/** Outreach events by title and day, series by title, for the ids contacts and events keep. */
@Component
class OutreachRecordNames extends CachedRecordNames {

    OutreachRecordNames(OutreachEventRepository events, OutreachSeriesRepository series) {
        super(
                Set.of("eventId", "seriesId"),
                (field, id) -> field.equals("eventId")
                        ? events.findById(id)
                                .map(e -> e.getTitle() + ", " + e.getStartsAt().toLocalDate())
                        : series.findById(id).map(OutreachSeries::getTitle));
    }
}
