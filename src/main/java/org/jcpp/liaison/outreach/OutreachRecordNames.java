package org.jcpp.liaison.outreach;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.outreach.domain.OutreachEventRepository;
import org.jcpp.liaison.outreach.domain.OutreachSeries;
import org.jcpp.liaison.outreach.domain.OutreachSeriesRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Outreach events by title and day, series by title, for the ids contacts and events keep. */
@Component
@Transactional(readOnly = true)
class OutreachRecordNames implements RecordNames {

    private final OutreachEventRepository events;
    private final OutreachSeriesRepository series;
    private final ShortCache cache = new ShortCache(Duration.ofMinutes(1));

    OutreachRecordNames(OutreachEventRepository events, OutreachSeriesRepository series) {
        this.events = events;
        this.series = series;
    }

    @Override
    public Set<String> fields() {
        return Set.of("eventId", "seriesId");
    }

    @Override
    public Optional<String> name(String field, long id) {
        return switch (field) {
            case "eventId" ->
                cache.get("event " + id, () -> events.findById(id)
                        .map(e -> e.getTitle() + ", " + e.getStartsAt().toLocalDate()));
            case "seriesId" ->
                cache.get("series " + id, () -> series.findById(id).map(OutreachSeries::getTitle));
            default -> Optional.empty();
        };
    }
}
