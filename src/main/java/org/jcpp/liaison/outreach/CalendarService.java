package org.jcpp.liaison.outreach;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.MeetingSlot;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.outreach.domain.CalendarFeed;
import org.jcpp.liaison.outreach.domain.CalendarFeedRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceNames;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.BriefingRow;
import org.jcpp.liaison.rollcall.RollCallService;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared calendar: outreach events, advisory committee meetings and roll-call briefings of the user's cities, and each user's secret calendar
 * link (an iCalendar feed). Entries carry no personal data: a title, a place and a time.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    /** At most this many briefings go into one calendar period (the feed's 15 months of all cities have far fewer). */
    static final int MAX_BRIEFINGS = 20_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutreachService outreach;
    private final RollCallService rollCall;
    private final MeetingService meetings;
    private final ReferenceDataService referenceData;
    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CalendarService(
            OutreachService outreach,
            RollCallService rollCall,
            MeetingService meetings,
            ReferenceDataService referenceData,
            CalendarFeedRepository feeds,
            CurrentUser currentUser,
            AuditTrail audit) {
        this.outreach = outreach;
        this.rollCall = rollCall;
        this.meetings = meetings;
        this.referenceData = referenceData;
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Events, committee meetings and briefings from {@code from} to {@code to} (inclusive days), by start: three
     * statements and the names.
     */
    @PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
    public List<CalendarEntry> entries(LocalDate from, LocalDate to) {
        ReferenceNames names = referenceData.referenceNames();
        var entries = new ArrayList<CalendarEntry>();
        for (EventRow event :
                outreach.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.EVENT,
                    event.id(),
                    event.title(),
                    event.cityId(),
                    event.startsAt(),
                    event.endsAt(),
                    false,
                    event.status() == EventStatus.CANCELLED,
                    "event/" + event.id()));
        }
        for (MeetingSlot meeting :
                meetings.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.MEETING,
                    meeting.id(),
                    meeting.committeeName(),
                    meeting.cityId(),
                    meeting.startsAt(),
                    meeting.endsAt(),
                    false,
                    meeting.status() == MeetingStatus.CANCELLED,
                    "committees/meeting/" + meeting.id()));
        }
        var briefings = rollCall.rows(new BriefingFilter(from, to, null, null, null), Pageable.ofSize(MAX_BRIEFINGS));
        for (BriefingRow briefing : briefings) {
            LocalDateTime day = briefing.briefedOn().atStartOfDay();
            entries.add(new CalendarEntry(
                    CalendarEntry.Kind.BRIEFING,
                    briefing.id(),
                    names.department(briefing.departmentId()) + " · " + names.shift(briefing.shiftId()),
                    briefing.cityId(),
                    day,
                    day.plusDays(1),
                    true,
                    false,
                    "rollcall/briefing/" + briefing.id()));
        }
        // by day, the day's briefings first, then by start time
        entries.sort(Comparator.comparing((CalendarEntry e) -> e.start().toLocalDate())
                .thenComparing(e -> !e.allDay())
                .thenComparing(CalendarEntry::start));
        return entries;
    }

    /** Whether the signed-in user has a calendar link. */
    @PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
    public boolean hasFeed() {
        return feeds.existsById(currentUser.requireId());
    }

    /**
     * Makes a new secret calendar link for the signed-in user, replacing (and so revoking) any earlier one. Returns the
     * secret, which is shown once: only its hash is kept.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
    public String createFeed() {
        long me = currentUser.requireId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.findById(me).ifPresent(old -> {
            feeds.delete(old);
            feeds.flush();
        });
        feeds.saveAndFlush(new CalendarFeed(me, hash(token)));
        audit.created(RecordType.CALENDAR_FEED, me, null, Map.of("accountId", me));
        return token;
    }

    /** Revokes the signed-in user's calendar link: calendar programs that use it get nothing more. */
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
    public void revokeFeed() {
        long me = currentUser.requireId();
        feeds.findById(me).ifPresent(feed -> {
            feeds.delete(feed);
            audit.deleted(RecordType.CALENDAR_FEED, me, null, Map.of("accountId", me));
        });
    }

    /** The account a calendar link belongs to; empty for an unknown or revoked link. No sign-in needed. */
    public Optional<Long> accountOf(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(CalendarFeed::getAccountId);
    }

    static String hash(String token) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
