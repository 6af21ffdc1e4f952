package org.jcpp.liaison.training;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.training.domain.TopicRevision;
import org.jcpp.liaison.training.domain.TrainingQueries;
import org.jcpp.liaison.training.domain.TrainingTopic;
import org.jcpp.liaison.training.domain.TrainingTopicRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The officer training catalog. Every signed-in user reads the active topics; liaisons and coordinators also see
 * proposed, approved and retired ones, propose topics (from a community need, if they like) and revise them; only
 * coordinators move a topic through proposed → approved → active → retired. A change of content is a new revision.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TrainingTopicService {

    private static final String FIELD_ROLES = "hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')";

    private final TrainingTopicRepository topics;
    private final TrainingQueries queries;
    private final CurrentUser currentUser;
    private final NeedService needs;
    private final AuditedChanges changes;
    private final org.springframework.context.ApplicationEventPublisher events;

    TrainingTopicService(
            TrainingTopicRepository topics,
            TrainingQueries queries,
            CurrentUser currentUser,
            NeedService needs,
            AuditedChanges changes,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.changes = changes;
        this.topics = topics;
        this.queries = queries;
        this.currentUser = currentUser;
        this.needs = needs;
    }

    /** One page of the catalog by title: one statement. Users outside the field roles see active topics only. */
    public List<TopicRow> rows(TopicFilter filter, Pageable pageable) {
        return queries.topicRows(filter, onlyStatus(), pageable);
    }

    public long count(TopicFilter filter) {
        return queries.countTopics(filter, onlyStatus());
    }

    public TopicDetails get(long id) {
        return toDetails(load(id));
    }

    /** The active topics at their current revision, by title, for choosing what a briefing or session covered. */
    public List<TopicRef> active() {
        return topics.findByStatusOrderByTitleAsc(TopicStatus.ACTIVE).stream()
                .map(TrainingTopicService::toRef)
                .toList();
    }

    /** The given topics (any status) at their current revision. */
    @PreAuthorize(FIELD_ROLES)
    public Map<Long, TopicRef> current(Collection<Long> ids) {
        var refs = new HashMap<Long, TopicRef>();
        topics.findAllById(ids).forEach(topic -> refs.put(topic.getId(), toRef(topic)));
        return refs;
    }

    /** Every topic's current title by id, in title order: labels for lists (the catalog is small). */
    @PreAuthorize(FIELD_ROLES)
    public Map<Long, String> titles() {
        var titles = new LinkedHashMap<Long, String>();
        topics.findAll(Sort.by("title")).forEach(topic -> titles.put(topic.getId(), topic.getTitle()));
        return titles;
    }

    /** The given topic revisions (topic id → revision number), each with that revision's title: one statement. */
    @PreAuthorize(FIELD_ROLES)
    public List<RevisionRef> revisions(Map<Long, Integer> revisionByTopic) {
        if (revisionByTopic.isEmpty()) {
            return List.of();
        }
        return topics.findRevisionsOf(revisionByTopic.keySet()).stream()
                .filter(r -> r.getRevision()
                        == java.util.Objects.requireNonNull(
                                revisionByTopic.get(r.getTopic().getId())))
                .map(r -> new RevisionRef(
                        r.getTopic().requireId(),
                        r.getRevision(),
                        r.getTitle(),
                        r.getTopic().getRevision()))
                .sorted(java.util.Comparator.comparing(RevisionRef::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The catalog's topics about language access (any status): a briefing that covered one was about it. */
    @PreAuthorize(FIELD_ROLES)
    public java.util.Set<Long> languageAccessTopicIds() {
        return topics.findLanguageAccessIds();
    }

    @Transactional
    @PreAuthorize(FIELD_ROLES)
    public TopicDetails propose(@Valid TopicData data) {
        long me = currentUser.requireId();
        String title = data.title().strip();
        if (topics.existsByTitleIgnoreCase(title)) {
            throw new InvalidInputException("title", "training.title.taken");
        }
        if (data.sourceNeedId() != null
                && needs.origin(data.sourceNeedId())
                        .filter(origin -> origin.openable())
                        .isEmpty()) {
            throw new InvalidInputException("sourceNeedId", "training.need.not-found");
        }
        var saved = changes.create(
                RecordType.TRAINING_TOPIC,
                new TrainingTopic(me, data.sourceNeedId()),
                topic -> {
                    topic.revise(
                            title,
                            data.summary().strip(),
                            data.keyPoints().strip(),
                            data.audience(),
                            data.changeNote().strip(),
                            me);
                    topic.setLanguageAccess(data.languageAccess());
                },
                AuditedChanges::noPerson);
        events.publishEvent(new TopicProposed(saved.requireId(), me));
        return toDetails(saved);
    }

    /** Makes new content current as the next revision; the earlier revisions stay as they were. */
    @Transactional
    @PreAuthorize(FIELD_ROLES)
    public TopicDetails revise(long id, long version, @Valid TopicData data) {
        long me = currentUser.requireId();
        TrainingTopic topic = loadForUpdate(id);
        var saved = changes.update(
                RecordType.TRAINING_TOPIC, topic, version, t -> revise(t, data, me), AuditedChanges::noPerson);
        return toDetails(saved);
    }

    private void revise(TrainingTopic topic, TopicData data, long me) {
        if (topic.getStatus() == TopicStatus.RETIRED) {
            throw new InvalidInputException("", "training.revise.retired");
        }
        String title = data.title().strip();
        if (topics.existsByTitleIgnoreCaseAndIdNot(title, topic.requireId())) {
            throw new InvalidInputException("title", "training.title.taken");
        }
        String summary = data.summary().strip();
        String keyPoints = data.keyPoints().strip();
        boolean contentChanged = topic.differsFrom(title, summary, keyPoints, data.audience());
        if (!contentChanged && topic.isLanguageAccess() == data.languageAccess()) {
            throw new InvalidInputException("", "training.revise.nothing-changed");
        }
        topic.setLanguageAccess(data.languageAccess());
        if (!contentChanged) {
            return; // only the mark changed: no new revision, no note asked for
        }
        if (data.changeNote().isBlank()) {
            throw new InvalidInputException("changeNote", "training.change-note.required");
        }
        topic.revise(
                title, summary, keyPoints, data.audience(), data.changeNote().strip(), me);
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.COORDINATOR + "')")
    public TopicDetails changeStatus(long id, long version, TopicStatus status) {
        TrainingTopic topic = loadForUpdate(id);
        var saved = changes.update(
                RecordType.TRAINING_TOPIC,
                topic,
                version,
                t -> {
                    if (!t.getStatus().next().contains(status)) {
                        throw new InvalidInputException("status", "training.status.not-allowed");
                    }
                    t.setStatus(status);
                },
                AuditedChanges::noPerson);
        return toDetails(saved);
    }

    // --- internals ---

    /** Users who are not liaisons or coordinators (admins) read the active catalog only. */
    private @Nullable TopicStatus onlyStatus() {
        var role = currentUser.role().orElse(null);
        return role == Role.LIAISON || role == Role.COORDINATOR ? null : TopicStatus.ACTIVE;
    }

    private TrainingTopic load(long id) {
        TrainingTopic topic =
                topics.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.TRAINING_TOPIC, id));
        TopicStatus only = onlyStatus();
        if (only != null && topic.getStatus() != only) {
            throw new RecordNotFoundException(RecordType.TRAINING_TOPIC, id);
        }
        return topic;
    }

    private TrainingTopic loadForUpdate(long id) {
        load(id); // not found, or not visible to this user
        return topics.findForUpdate(id).orElseThrow(() -> new RecordNotFoundException(RecordType.TRAINING_TOPIC, id));
    }

    private static TopicRef toRef(TrainingTopic topic) {
        return new TopicRef(topic.requireId(), topic.getTitle(), topic.getRevision(), topic.getStatus());
    }

    private TopicDetails toDetails(TrainingTopic topic) {
        CityScope scope = currentUser.scope();
        boolean field = scope.role() != null;
        List<TopicRevisionRow> revisions =
                topic.getRevisions().stream().map(TrainingTopicService::toRow).toList();
        return new TopicDetails(
                topic.requireId(),
                topic.getVersion(),
                topic.getTitle(),
                topic.getSummary(),
                topic.getKeyPoints(),
                topic.getAudience(),
                topic.getStatus(),
                topic.getRevision(),
                field ? topic.getSourceNeedId() : null,
                topic.getProposedBy(),
                revisions,
                field && topic.getStatus() != TopicStatus.RETIRED,
                scope.isCoordinator() ? topic.getStatus().next() : List.of(),
                topic.isLanguageAccess());
    }

    private static TopicRevisionRow toRow(TopicRevision r) {
        return new TopicRevisionRow(
                r.getRevision(),
                r.getTitle(),
                r.getSummary(),
                r.getKeyPoints(),
                r.getAudience(),
                r.getChangeNote(),
                r.getAuthorId(),
                r.getCreatedAt());
    }
}
