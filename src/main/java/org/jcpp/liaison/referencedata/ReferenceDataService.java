package org.jcpp.liaison.referencedata;

import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.jcpp.liaison.referencedata.domain.CommunityGroupRepository;
import org.jcpp.liaison.referencedata.domain.DepartmentShift;
import org.jcpp.liaison.referencedata.domain.DepartmentShiftRepository;
import org.jcpp.liaison.referencedata.domain.Language;
import org.jcpp.liaison.referencedata.domain.LanguageRepository;
import org.jcpp.liaison.referencedata.domain.MemberCity;
import org.jcpp.liaison.referencedata.domain.MemberCityRepository;
import org.jcpp.liaison.referencedata.domain.NamedItem;
import org.jcpp.liaison.referencedata.domain.NamedItemRepository;
import org.jcpp.liaison.referencedata.domain.PartnerOrganisation;
import org.jcpp.liaison.referencedata.domain.PartnerOrganisationRepository;
import org.jcpp.liaison.referencedata.domain.PoliceDepartment;
import org.jcpp.liaison.referencedata.domain.PoliceDepartmentRepository;
import org.jcpp.liaison.referencedata.domain.TopicRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Member cities, their police departments and shifts, partner organisations, community groups and languages. Every
 * signed-in user reads the active entries; only admins change them. Entries are deactivated, never deleted, so records
 * that refer to them keep their meaning.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final MemberCityRepository cities;
    private final PoliceDepartmentRepository departments;
    private final DepartmentShiftRepository shifts;
    private final PartnerOrganisationRepository partners;
    private final CommunityGroupRepository groups;
    private final LanguageRepository languages;
    private final TopicRepository topics;
    private final AuditedChanges changes;

    /**
     * The lists' names, shared by every view (a change made on any app node is seen on every node at once). The methods
     * that serve them start no transaction ({@code SUPPORTS}): a kept list takes no connection; a missing one is read
     * in the cache's own read-only transaction.
     */
    private final ShortCache cache;

    ReferenceDataService(
            MemberCityRepository cities,
            PoliceDepartmentRepository departments,
            DepartmentShiftRepository shifts,
            PartnerOrganisationRepository partners,
            CommunityGroupRepository groups,
            LanguageRepository languages,
            TopicRepository topics,
            AuditedChanges changes,
            DatabaseSignals signals,
            PlatformTransactionManager transactions) {
        this.changes = changes;
        this.cache = ShortCache.shared("reference-data", Duration.ofMinutes(10), signals, transactions);
        this.cities = cities;
        this.departments = departments;
        this.shifts = shifts;
        this.partners = partners;
        this.groups = groups;
        this.languages = languages;
        this.topics = topics;
    }

    /** Forgets the cached names on every app node, e.g. after reference rows were written outside this service. */
    public void clearCache() {
        cache.clearAfterCommit();
    }

    // --- reading: anyone, for the partnership's public page (member cities and languages are public names) ---

    /** Every member city's name by id, for a page open to all: no sign-in asked (a call inside skips the check). */
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> publicCityNames() {
        return allCityNames();
    }

    /** Every language's name by id in {@code locale}, for a page open to all (see {@link #languageNames}). */
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> publicLanguageNames(Locale locale) {
        return languageNames(locale);
    }

    // --- reading: every signed-in user ---

    /** The active entries of a list, by name, for choosing one in a form. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public List<NamedRef> active(ReferenceKind kind) {
        return cache.get("active " + kind, () -> repository(kind).findByActiveTrueOrderByNameAsc().stream()
                .map(item -> new NamedRef(item.requireId(), item.getName()))
                .toList());
    }

    /** The names of the given cities, in name order; unknown ids are skipped. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, String> cityNames(Collection<Long> cityIds) {
        var names = new LinkedHashMap<Long, String>();
        if (cityIds.isEmpty()) {
            return names;
        }
        cities.findAllById(cityIds).stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .forEach(city -> names.put(city.getId(), city.getName()));
        return names;
    }

    /** Every city's name by id, inactive ones included, for showing stored ids in lists. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> allCityNames() {
        return names(ReferenceKind.CITY);
    }

    /** Every entry's name by id, inactive ones included and in name order: labels for ids stored in records. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> names(ReferenceKind kind) {
        return cache.get("names " + kind, () -> {
            var names = new LinkedHashMap<Long, String>();
            repository(kind).findAll(Sort.by("name")).forEach(item -> names.put(item.getId(), item.getName()));
            return Collections.unmodifiableMap(names);
        });
    }

    /** Every language of the list, inactive ones included, with its code: for matching a code or a name to it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public List<LanguageRef> languages() {
        return cache.get("languages", () -> languages.findAll(Sort.by("name")).stream()
                .map(l -> new LanguageRef(l.requireId(), l.getCode(), l.getName(), l.isActive()))
                .toList());
    }

    /**
     * A language's name by its ISO 639-3 code as a reader of {@code locale} reads it: the list's entry with that code
     * (see {@link LanguageNames}); a code not on the list gets the JDK's name for it, else the code itself.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public String languageName(String code, Locale locale) {
        var listed = languages().stream().filter(l -> code.equals(l.code())).findFirst();
        if (listed.isPresent()) {
            return LanguageNames.inLanguage(code, listed.get().name(), locale);
        }
        return LanguageNames.unlisted(code, locale);
    }

    /**
     * Every language's name by id as a reader of {@code locale} reads it (by its ISO 639-3 code, see
     * {@link LanguageNames}), inactive ones included, in that language's alphabetical order: labels for stored ids.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public Map<Long, String> languageNames(Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return names(ReferenceKind.LANGUAGE);
        }
        return cache.get(
                "language names " + locale.getLanguage(),
                () -> Collections.unmodifiableMap(LanguageNames.inLanguage(languages(), locale)));
    }

    @PreAuthorize("isAuthenticated()")
    public List<ShiftRow> shifts(long departmentId) {
        return shifts.findByDepartmentIdOrderBySortOrderAscNameAsc(departmentId).stream()
                .map(ReferenceDataService::toRow)
                .toList();
    }

    /** Every police department with its city, inactive ones included, by name: one statement. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public List<DepartmentRef> departments() {
        return cache.get("departments", () -> departments.findAllWithCity().stream()
                .map(d -> new DepartmentRef(
                        d.requireId(), d.getName(), d.getCity().requireId(), d.isActive()))
                .toList());
    }

    /** One police department with its city, inactive or not. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<DepartmentRef> department(long id) {
        return departments
                .findById(id)
                .map(d -> new DepartmentRef(
                        d.requireId(), d.getName(), d.getCity().requireId(), d.isActive()));
    }

    /** The names of cities, departments and shifts by id, for showing stored ids (three small statements). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public ReferenceNames referenceNames() {
        return new ReferenceNames(allCityNames(), departments(), allShifts());
    }

    /** Every shift of every department, inactive ones included, in roll-call order: one statement. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.SUPPORTS) // see cache
    public List<ShiftRow> allShifts() {
        return cache.get("shifts", () -> shifts.findAll(Sort.by("sortOrder", "name")).stream()
                .map(ReferenceDataService::toRow)
                .toList());
    }

    // --- administration ---

    /** One page of a list, filtered by part of the name, active and inactive entries alike. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public Page<ReferenceItem> list(ReferenceKind kind, String nameFilter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), Math.max(1, pageable.getPageSize()), Sort.by("name"));
        return repository(kind)
                .findByNameContainingIgnoreCase(nameFilter.strip(), sorted)
                .map(item -> toItem(kind, item));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public long count(ReferenceKind kind, String nameFilter) {
        return list(kind, nameFilter, Pageable.ofSize(1)).getTotalElements();
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public ReferenceItem save(ReferenceKind kind, @Valid ReferenceItemData data) {
        cache.clearAfterCommit();
        String name = data.name().strip();
        if (name.length() > kind.nameMax()) {
            throw new InvalidInputException("name", "validation.too-long");
        }
        NamedItemRepository<? extends NamedItem> repository = repository(kind);
        boolean taken = data.id() == null
                ? repository.existsByNameIgnoreCase(name)
                : repository.existsByNameIgnoreCaseAndIdNot(name, data.id());
        if (taken) {
            throw new InvalidInputException("name", "validation.name-taken");
        }
        Consumer<NamedItem> fill = item -> {
            item.setName(name);
            if (item instanceof PartnerOrganisation partner) {
                if (data.partnerKind() == null) {
                    throw new InvalidInputException("partnerKind", "validation.required");
                }
                partner.setKind(data.partnerKind());
            }
            if (item instanceof Language language) {
                language.setCode(languageCode(data));
            }
            if (item instanceof PoliceDepartment department) {
                if (data.cityId() == null) {
                    throw new InvalidInputException("cityId", "validation.required");
                }
                department.setCity(cities.findById(data.cityId())
                        .orElseThrow(() -> new InvalidInputException("cityId", "validation.required")));
            }
        };
        NamedItem saved = data.id() == null
                ? changes.create(recordType(kind), newItem(kind), fill, AuditedChanges::noPerson)
                : changes.update(
                        recordType(kind), find(kind, data.id()), data.version(), fill, AuditedChanges::noPerson);
        return toItem(kind, saved);
    }

    /** A language's code: required, and not that of another language. */
    private String languageCode(ReferenceItemData data) {
        String code = data.code();
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "validation.required");
        }
        boolean taken =
                data.id() == null ? languages.existsByCode(code) : languages.existsByCodeAndIdNot(code, data.id());
        if (taken) {
            throw new InvalidInputException("code", "validation.language-code-taken");
        }
        return code;
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public ReferenceItem setActive(ReferenceKind kind, long id, long version, boolean active) {
        cache.clearAfterCommit();
        NamedItem saved = changes.update(
                recordType(kind), find(kind, id), version, item -> item.setActive(active), AuditedChanges::noPerson);
        return toItem(kind, saved);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public ShiftRow saveShift(long departmentId, @Valid ShiftData data) {
        cache.clearAfterCommit();
        String name = data.name().strip();
        boolean taken = data.id() == null
                ? shifts.existsByDepartmentIdAndNameIgnoreCase(departmentId, name)
                : shifts.existsByDepartmentIdAndNameIgnoreCaseAndIdNot(departmentId, name, data.id());
        if (taken) {
            throw new InvalidInputException("shiftName", "validation.name-taken");
        }
        Consumer<DepartmentShift> fill = shift -> {
            shift.setName(name);
            shift.setSortOrder(data.sortOrder());
        };
        DepartmentShift saved;
        if (data.id() == null) {
            var shift = new DepartmentShift();
            shift.setDepartment(departments.findById(departmentId).orElseThrow());
            saved = changes.create(RecordType.SHIFT, shift, fill, AuditedChanges::noPerson);
        } else {
            saved = changes.update(
                    RecordType.SHIFT, findShift(data.id()), data.version(), fill, AuditedChanges::noPerson);
        }
        return toRow(saved);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional
    public ShiftRow setShiftActive(long shiftId, long version, boolean active) {
        cache.clearAfterCommit();
        var saved = changes.update(
                RecordType.SHIFT, findShift(shiftId), version, s -> s.setActive(active), AuditedChanges::noPerson);
        return toRow(saved);
    }

    /** A shift that is gone was removed by someone else while the admin had it open. */
    private DepartmentShift findShift(long id) {
        return shifts.findById(id).orElseThrow(() -> new ConcurrentEditException(RecordType.SHIFT, id));
    }

    /** The most recently changed entries of all lists, for an admin's home view. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<Changed> recentlyChanged(int limit) {
        Pageable newest = PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "updatedAt"));
        return java.util.Arrays.stream(ReferenceKind.values())
                .flatMap(kind -> repository(kind).findAll(newest).stream()
                        .map(item -> new Changed(kind, item.getName(), item.getUpdatedAt())))
                .sorted((a, b) -> b.when().compareTo(a.when()))
                .limit(limit)
                .toList();
    }

    /** A reference entry that changed at {@code when}. */
    public record Changed(ReferenceKind kind, String name, Instant when) {}

    // --- internals ---

    private NamedItemRepository<? extends NamedItem> repository(ReferenceKind kind) {
        return switch (kind) {
            case CITY -> cities;
            case DEPARTMENT -> departments;
            case PARTNER -> partners;
            case COMMUNITY_GROUP -> groups;
            case LANGUAGE -> languages;
            case TOPIC -> topics;
        };
    }

    private static NamedItem newItem(ReferenceKind kind) {
        Supplier<NamedItem> factory =
                switch (kind) {
                    case CITY -> MemberCity::new;
                    case DEPARTMENT -> PoliceDepartment::new;
                    case PARTNER -> PartnerOrganisation::new;
                    case COMMUNITY_GROUP -> org.jcpp.liaison.referencedata.domain.CommunityGroup::new;
                    case LANGUAGE -> org.jcpp.liaison.referencedata.domain.Language::new;
                    case TOPIC -> org.jcpp.liaison.referencedata.domain.Topic::new;
                };
        return factory.get();
    }

    /** An entry that is gone was removed by someone else while the admin had it open. */
    private NamedItem find(ReferenceKind kind, long id) {
        return repository(kind).findById(id).orElseThrow(() -> new ConcurrentEditException(recordType(kind), id));
    }

    private static RecordType recordType(ReferenceKind kind) {
        return RecordType.valueOf(kind.name());
    }

    private static ReferenceItem toItem(ReferenceKind kind, NamedItem item) {
        @Nullable PartnerKind partnerKind = item instanceof PartnerOrganisation p ? p.getKind() : null;
        @Nullable Long cityId = null;
        @Nullable String cityName = null;
        if (item instanceof PoliceDepartment d) {
            cityId = d.getCity().getId();
            cityName = d.getCity().getName();
        }
        @Nullable String code = item instanceof Language l ? l.getCode() : null;
        return new ReferenceItem(
                item.requireId(),
                item.getVersion(),
                item.getName(),
                item.isActive(),
                partnerKind,
                cityId,
                cityName,
                code);
    }

    private static ShiftRow toRow(DepartmentShift shift) {
        return new ShiftRow(
                shift.requireId(),
                shift.getVersion(),
                shift.getDepartment().requireId(),
                shift.getName(),
                shift.getSortOrder(),
                shift.isActive());
    }
}
