package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An event with everything recorded about it, and whether the signed-in user may change it. */
public record EventDetails(
        long id,
        long version,
        String title,
        EventType type,
        long cityId,
        String venue,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        long organiserId,
        Set<Long> partnerIds,
        Set<Long> languageIds,
        EventStatus status,
        @Nullable Integer attendance,
        Map<Long, Integer> groupAttendance,
        List<PoliceData> police,
        String outcomes,
        @Nullable Long seriesId,
        boolean canEdit,
        Set<org.jcpp.liaison.referencedata.InterpreterMode> interpretation) {

    public int officers() {
        return police.stream().mapToInt(PoliceData::officers).sum();
    }

    public int recruits() {
        return police.stream().mapToInt(PoliceData::recruits).sum();
    }

    public java.math.BigDecimal volunteerHours() {
        return police.stream()
                .map(PoliceData::volunteerHours)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
