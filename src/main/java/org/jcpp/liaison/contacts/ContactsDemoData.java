package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.contacts.domain.Contact;
import org.jcpp.liaison.contacts.domain.ContactRepository;
import org.jcpp.liaison.contacts.domain.NamedPerson;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jcpp.liaison.referencedata.InterpreterUse;
import org.jcpp.liaison.referencedata.Interpreting;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo contacts of the last three months in the demo liaison's cities (and a few elsewhere), with needs in every
 * state. Anonymous like real ones; no demo need names a person. Seeded, so every fresh demo database looks the same.
 */
@Component
@Order(20)
class ContactsDemoData implements ApplicationRunner {

    /**
     * A demo contact's pattern. Its headcount varies a little for a group (more than two people) and is exact for one or
     * two, whom its summary counts; {@code interpreting} is what its summary says was used, if it says so (else drawn).
     */
    private record Sample(
            ContactKind kind,
            PlaceType place,
            int people,
            String language,
            String topic,
            String summary,
            @org.jspecify.annotations.Nullable Interpreting interpreting) {

        Sample(ContactKind kind, PlaceType place, int people, String language, String topic, String summary) {
            this(kind, place, people, language, topic, summary, null);
        }
    }

    /** The notice version changeset 0047 seeds (given since the app began): the demo's old, resolved needs had it. */
    private static final String FIRST_NOTICE_VERSION = "2026-1";

    private static final List<Sample> SAMPLES = List.of(
            new Sample(
                    ContactKind.COMMUNITY_MEETING,
                    PlaceType.FAITH_COMMUNITY,
                    35,
                    "Somali",
                    "Trust and immigration fears",
                    "Friday gathering at the mosque: questions about what happens at a traffic stop and who sees police reports."),
            new Sample(
                    ContactKind.HOME_VISIT,
                    PlaceType.HOME,
                    4,
                    "Spanish",
                    "Housing",
                    "Family worried about a landlord who will not repair the heating before winter."),
            new Sample(
                    ContactKind.SMALL_GROUP,
                    PlaceType.COMMUNITY_CENTER,
                    12,
                    "Hmong Daw (White Hmong)",
                    "Youth",
                    "Elders asked how to keep teenagers safe from scams on social media."),
            new Sample(
                    ContactKind.ONE_TO_ONE,
                    PlaceType.BUSINESS,
                    1,
                    "Vietnamese",
                    "Safety concern",
                    "Shop owner reported repeated break-ins; walked through how to file a report online."),
            new Sample(
                    ContactKind.ADVISORY_COMMITTEE,
                    PlaceType.POLICE_STATION,
                    14,
                    "English",
                    "Complaint process",
                    "Multicultural advisory committee reviewed the complaint form and asked for a plain-language version."),
            new Sample(
                    ContactKind.COMMUNITY_MEETING,
                    PlaceType.SCHOOL,
                    48,
                    "Spanish",
                    "Driver's licences",
                    "Parent night at the school: explained Minnesota driver's licence rules and what to bring to the DVS office."),
            new Sample(
                    ContactKind.WALK_IN,
                    PlaceType.POLICE_STATION,
                    2,
                    "S'gaw Karen",
                    "Language access",
                    "Two residents came in needing an interpreter; used the language line at the front desk.",
                    Interpreting.of(InterpreterUse.USED, InterpreterMode.TELEPHONE_LINE)),
            new Sample(
                    ContactKind.PHONE_OR_TEXT,
                    PlaceType.ONLINE,
                    1,
                    "Oromo",
                    "Domestic violence resources",
                    "Caller asked where to find help for a friend; shared the county crisis line and shelter numbers."),
            new Sample(
                    ContactKind.SMALL_GROUP,
                    PlaceType.FAITH_COMMUNITY,
                    9,
                    "Amharic",
                    "Police procedures",
                    "Church group asked why officers approach cars the way they do; demonstrated a stop with an officer."),
            new Sample(
                    ContactKind.COMMUNITY_MEETING,
                    PlaceType.PUBLIC_SPACE,
                    60,
                    "Spanish",
                    "Traffic and driving",
                    "Neighborhood meeting in the park about speeding on the residential streets near the apartments."));

    private static final List<NeedCategory> NEED_CATEGORIES = List.of(
            NeedCategory.HOUSING,
            NeedCategory.TRAFFIC,
            NeedCategory.LANGUAGE_ACCESS,
            NeedCategory.SAFETY,
            NeedCategory.YOUTH_AND_SCHOOL,
            NeedCategory.FOOD);

    private final DemoData demoData;
    private final ContactRepository contacts;
    private final ReferenceDataService referenceData;
    private final AccountDirectory directory;

    ContactsDemoData(
            DemoData demoData,
            ContactRepository contacts,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.demoData = demoData;
        this.contacts = contacts;
        this.referenceData = referenceData;
        this.directory = directory;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> contacts.count() > 0, this::load);
    }

    private void load() {
        Map<String, Long> cities = byName(ReferenceKind.CITY);
        Map<String, Long> languages = byName(ReferenceKind.LANGUAGE);
        Map<String, Long> topics = byName(ReferenceKind.TOPIC);
        List<Long> partners = List.copyOf(
                new java.util.TreeSet<>(byName(ReferenceKind.PARTNER).values()));
        Map<String, Long> users = directory.idsByDisplayName();
        Long liaison = users.get("Amina Hassan");
        Long coordinator = users.get("Daniel Ortiz");
        if (liaison == null || coordinator == null) {
            return;
        }
        var random = new Random(2026);
        List<String> liaisonCities = List.of("Brooklyn Park", "Brooklyn Center");
        List<String> otherCities = List.of("Hopkins", "Richfield", "Bloomington", "St. Louis Park");
        for (int i = 0; i < 60; i++) {
            Sample sample = SAMPLES.get((i * 7) % SAMPLES.size());
            boolean mine = i % 5 != 4;
            String cityName = mine ? liaisonCities.get(i % 2) : otherCities.get(i % otherCities.size());
            long author = mine ? liaison : coordinator;
            var contact = new Contact(author);
            // One contact every day and a half over the last 88 days: the same sample comes back every 10 contacts,
            // two weeks apart, never as a near-duplicate of itself.
            contact.setOccurredAt(LocalDateTime.now()
                    .minusDays(88 - (i * 87L) / 59)
                    .withHour(9 + random.nextInt(10))
                    .withMinute(random.nextInt(4) * 15)
                    .withSecond(0)
                    .withNano(0));
            contact.setCityId(java.util.Objects.requireNonNull(cities.get(cityName)));
            contact.setLiaisonId(author);
            contact.setKind(sample.kind());
            contact.setPlaceType(sample.place());
            int spread = random.nextInt(5) - 2;
            contact.setHeadcount(sample.people() > 2 ? Math.max(1, sample.people() + spread) : sample.people());
            contact.setLanguageIds(Set.of(languages.get(sample.language())));
            var drawn = interpreting(sample.language(), i, random); // drawn always: the later draws stay the same
            contact.setInterpreting(sample.interpreting() != null ? sample.interpreting() : drawn);
            contact.setTopicIds(Set.of(topics.get(sample.topic())));
            contact.setSummary(sample.summary());
            if (i % 3 == 0) {
                var need = new Need();
                int n = i / 3;
                need.setCategory(NEED_CATEGORIES.get(n % NEED_CATEGORIES.size()));
                need.setDescription(needText(need.getCategory()));
                need.setOwnerId(author);
                need.setDueOn(LocalDate.now().plusDays(10 - (n * 3L) % 25));
                // every status in turn, shifted by one every five needs: a fifth of the contacts are the coordinator's
                // (i % 5 == 4), and without the shift every resolved need would have been one of theirs
                NeedStatus status = NeedStatus.values()[(n + n / 5) % NeedStatus.values().length];
                if (status == NeedStatus.REFERRED && !partners.isEmpty()) { // a referral names its partner
                    need.setReferral(partners.get(n % partners.size()), ReferralConsent.ANONYMOUS);
                }
                progress(need, author, contact.getOccurredAt(), status, n);
                contact.addNeed(need);
            }
            contacts.save(contact);
        }
        loadOldContacts(cities, languages, topics, liaison);
    }

    /** Contacts from six years ago whose follow-ups named someone: what the retention job is for. */
    private void loadOldContacts(
            Map<String, Long> cities, Map<String, Long> languages, Map<String, Long> topics, long liaison) {
        for (int i = 0; i < 6; i++) {
            var contact = new Contact(liaison);
            contact.setOccurredAt(LocalDateTime.now()
                    .minusYears(6)
                    .minusDays(i * 20L)
                    .withHour(14)
                    .withMinute(0)
                    .withSecond(0)
                    .withNano(0));
            contact.setCityId(
                    java.util.Objects.requireNonNull(cities.get(i % 2 == 0 ? "Brooklyn Park" : "Brooklyn Center")));
            contact.setLiaisonId(liaison);
            contact.setKind(ContactKind.ONE_TO_ONE);
            contact.setPlaceType(PlaceType.HOME);
            contact.setHeadcount(1 + i % 3);
            contact.setLanguageIds(Set.of(languages.get(i % 2 == 0 ? "Spanish" : "Somali")));
            contact.setTopicIds(Set.of(topics.get("Housing")));
            contact.setSummary("Home visit about a rent increase; the family asked for a call back.");
            var need = new Need();
            need.setCategory(NeedCategory.HOUSING);
            need.setDescription("Call back about tenant rights after the rent increase.");
            need.setOwnerId(liaison);
            need.setOutcome("Referred to legal aid; the increase was withdrawn.");
            need.setPerson(new NamedPerson(
                    "Demo Resident " + (i + 1),
                    languages.get(i % 2 == 0 ? "Spanish" : "Somali"),
                    "phone 612-555-01" + (10 + i),
                    null,
                    FIRST_NOTICE_VERSION,
                    i % 2 == 0 ? "spa" : "oral",
                    LocalDate.now().minusYears(6)));
            progress(need, liaison, contact.getOccurredAt(), NeedStatus.RESOLVED, 3 + i);
            contact.addNeed(need);
            contacts.save(contact);
        }
    }

    /**
     * Gives a demo need the history a real one would have: logged an hour after its contact, moved to its status a few
     * days later (or the evening of the contact when that would be today or later). Every entry lies between the contact
     * and the day before the demo loaded, never on the load day itself.
     */
    private static void progress(Need need, long author, LocalDateTime occurredAt, NeedStatus status, int n) {
        ZoneId zone = ZoneId.systemDefault();
        LocalDateTime latest = LocalDate.now().atStartOfDay().minusMinutes(30);
        LocalDateTime logged = occurredAt.plusHours(1);
        need.backdate(logged.atZone(zone).toInstant());
        need.recordAt(logged.atZone(zone).toInstant(), author, new NeedChange.Raised(need.getDescription()));
        if (status == NeedStatus.OPEN) {
            need.setStatus(status);
            return;
        }
        LocalDateTime moved = occurredAt.plusDays(2 + n % 5);
        if (moved.isAfter(latest)) {
            moved = occurredAt.withHour(20).withMinute(0);
        }
        var movedAt = moved.atZone(zone).toInstant();
        if (status.isClosed()) {
            need.setClosedAt(movedAt);
        }
        need.recordAt(movedAt, author, new NeedChange.StatusChanged(NeedStatus.OPEN, status));
        need.setStatus(status);
        if (status == NeedStatus.RESOLVED) {
            if (need.getOutcome().isEmpty()) {
                need.setOutcome("The city inspector visited within a week and the repair was made.");
            }
            need.recordAt(movedAt, author, new NeedChange.OutcomeWritten(need.getOutcome()));
        }
    }

    /**
     * The interpreter of a demo contact: none for English; else mostly the telephone line, sometimes in person, by
     * bilingual staff or declined, and now and then a family member (which the reports show as a practice to reduce).
     */
    private static Interpreting interpreting(String language, int i, java.util.Random random) {
        if (language.equals("English")) {
            return Interpreting.NONE;
        }
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> Interpreting.of(InterpreterUse.USED, InterpreterMode.TELEPHONE_LINE);
            case 3 -> Interpreting.of(InterpreterUse.USED, InterpreterMode.IN_PERSON);
            case 4 -> Interpreting.of(InterpreterUse.USED, InterpreterMode.BILINGUAL_STAFF);
            case 5 -> Interpreting.of(InterpreterUse.DECLINED, InterpreterMode.TELEPHONE_LINE);
            case 6 ->
                i % 2 == 0 ? Interpreting.of(InterpreterUse.USED, InterpreterMode.FAMILY_OR_FRIEND) : Interpreting.NONE;
            default -> Interpreting.NONE;
        };
    }

    private static String needText(NeedCategory category) {
        return switch (category) {
            case HOUSING -> "Heating not repaired; tenants want to know their rights.";
            case TRAFFIC -> "Speeding near the bus stop where children wait.";
            case LANGUAGE_ACCESS -> "Front desk needs interpreter cards in more languages.";
            case SAFETY -> "Streetlights out along the walking path.";
            case YOUTH_AND_SCHOOL -> "Parents ask for a session on online safety for teenagers.";
            default -> "Families need food shelf hours in their language.";
        };
    }

    private Map<String, Long> byName(ReferenceKind kind) {
        return referenceData.names(kind).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a, java.util.HashMap::new));
    }
}
