package org.peel.server.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.peel.server.access.Role;
import org.peel.server.audit.AuditAction;
import org.peel.server.audit.RecordKeeping;
import org.peel.server.platform.CurrentUser;
import org.peel.server.platform.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between POLE records, each with a role and the days it held: create one (both records must exist), end one
 * (a link already ended is refused with 409: links are ended, never overwritten), list a record's links, and draw
 * the network of what is linked to a record within one or two steps.
 */
@Service
public class Links {

    /** The record type written to the audit log and the change log. */
    public static final String RECORD_TYPE = "pole_link";

    /** Links read in one step at most, so that a record linked to thousands cannot exhaust the server. */
    private static final int LINKS_PER_STEP = 5_000;

    private final LinkRepository repository;
    private final PoleRecords poleRecords;
    private final PlacesValidator validator;
    private final PlacesReferenceData referenceData;
    private final RecordKeeping records;
    private final Clock clock;

    Links(LinkRepository repository, PoleRecords poleRecords, PlacesValidator validator,
          PlacesReferenceData referenceData, RecordKeeping records, Clock clock) {
        this.repository = repository;
        this.poleRecords = poleRecords;
        this.validator = validator;
        this.referenceData = referenceData;
        this.records = records;
        this.clock = clock;
    }

    /** Checks and records a link; a record at either end that does not exist is refused (400 naming it). */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Link link(PlacesRequests.NewLink request) {
        PlacesContent.LinkContent content = validator.link(request);
        long id = repository.insert(content, CurrentUser.username(), clock.instant());
        records.kept(RECORD_TYPE, id, AuditAction.COMBINATION, "linked " + content.fromKind().key(content.fromId())
                + " " + content.role() + " " + content.toKind().key(content.toId()));
        return load(id);
    }

    /** Ends a link that still holds, from the day given (today when absent); an ended link answers 409. */
    @Transactional
    @PreAuthorize(Role.WRITE_RECORDS)
    public Link end(long id, PlacesRequests.Ending request) {
        LinkRepository.LinkRow stored = repository.find(id)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (stored.heldTo() != null) {
            throw new AlreadyEndedException("link", id, stored.heldTo(), stored.endedBy());
        }
        PlacesContent.EndingContent ending = validator.ending(request, stored.heldFrom());
        if (!repository.end(id, ending.endsOn(), ending.reason(), CurrentUser.username(), clock.instant())) {
            throw new AlreadyEndedException("link", id, null, null);
        }
        records.kept(RECORD_TYPE, id, AuditAction.ALTERATION, "ended link " + stored.fromKey() + " "
                + stored.role() + " " + stored.toKey() + " on " + ending.endsOn()
                + (ending.reason() == null ? "" : ": " + ending.reason()));
        return load(id);
    }

    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Link view(long id) {
        Link link = load(id);
        records.consulted(RECORD_TYPE, id, "viewed link " + link.from().key() + " " + link.role() + " "
                + link.to().key());
        return link;
    }

    /**
     * The links of one record, newest first, at most {@code limit}, for the page or API call that has already
     * audited the view of that record.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.READ_RECORDS)
    public List<Link> linksOf(RecordKind kind, long id, int limit) {
        return described(repository.touching(List.of(kind.key(id)), List.of(), null, Math.max(1, limit)));
    }

    /**
     * The network around one record: what is linked to it within {@code steps} (1 or 2) steps, only through links
     * with a role in {@code roles} (all when empty) and, when {@code on} is given, holding on that day. At most
     * {@link Network#MAX_NODES} records; the nearest are kept. Audited as a consultation of the record's network.
     */
    @Transactional
    @PreAuthorize(Role.READ_RECORDS)
    public Network network(RecordKind kind, long id, int steps, Collection<String> roles, LocalDate on) {
        String centreKey = kind.key(id);
        Map<String, Link.RecordRef> centre = poleRecords.describe(List.of(new Link.RecordRef(kind, id, null, null)));
        if (!centre.containsKey(centreKey)) {
            throw new RecordNotFoundException(kind.title().toLowerCase(java.util.Locale.ROOT), id);
        }
        int depth = steps >= 2 ? 2 : 1;
        List<String> wantedRoles = roles.stream().map(role -> referenceData.linkRole(role)
                .map(PlacesReferenceData.Code::code).orElse(role)).distinct().toList();
        Map<String, Integer> stepOf = new LinkedHashMap<>();
        stepOf.put(centreKey, 0);
        Map<Long, LinkRepository.LinkRow> links = new LinkedHashMap<>();
        boolean truncated = false;
        List<LinkRepository.LinkRow> first = repository.touching(List.of(centreKey), wantedRoles, on, LINKS_PER_STEP);
        truncated |= first.size() == LINKS_PER_STEP;
        addStep(first, 1, stepOf, links);
        if (depth == 2 && stepOf.size() < Network.MAX_NODES) {
            List<String> frontier = stepOf.keySet().stream().filter(key -> stepOf.get(key) == 1).toList();
            List<LinkRepository.LinkRow> second = repository.touching(frontier, wantedRoles, on, LINKS_PER_STEP);
            truncated |= second.size() == LINKS_PER_STEP;
            addStep(second, 2, stepOf, links);
        } else if (depth == 2) {
            truncated = true;
        }
        List<String> kept = stepOf.keySet().stream().limit(Network.MAX_NODES).toList();
        Map<String, Link.RecordRef> described = poleRecords.describe(kept.stream().map(Links::parse).toList());
        List<Network.Node> nodes = new ArrayList<>();
        for (String key : kept) {
            Link.RecordRef ref = described.get(key);
            if (ref != null) {
                nodes.add(new Network.Node(key, ref.kind(), ref.id(), ref.label(), ref.href(), stepOf.get(key)));
            }
        }
        Set<String> shown = new LinkedHashSet<>(nodes.stream().map(Network.Node::key).toList());
        List<Network.Edge> edges = links.values().stream()
                .filter(link -> shown.contains(link.fromKey()) && shown.contains(link.toKey()))
                .map(link -> new Network.Edge(link.id(), link.fromKey(), link.toKey(), link.role(),
                        referenceData.roleTitle(link.role()), link.heldFrom(), link.heldTo()))
                .toList();
        boolean capped = truncated || stepOf.size() > Network.MAX_NODES;
        // Each record drawn is consulted, kind by kind, in the words of the kind's own audit entries.
        String detail = "shown in the " + depth + "-step network of " + centreKey + ": " + nodes.size()
                + " records shown of " + stepOf.size() + " found";
        Map<RecordKind, List<Long>> shownByKind = new java.util.EnumMap<>(RecordKind.class);
        nodes.forEach(node -> shownByKind.computeIfAbsent(node.kind(), shownKind -> new ArrayList<>()).add(node.id()));
        shownByKind.forEach((shownKind, ids) -> records.consultedAll(shownKind.auditType(), ids, detail));
        return new Network(nodes.get(0), nodes, edges, stepOf.size(), capped, depth, wantedRoles, on);
    }

    private static void addStep(List<LinkRepository.LinkRow> rows, int step, Map<String, Integer> stepOf,
                                Map<Long, LinkRepository.LinkRow> links) {
        for (LinkRepository.LinkRow row : rows) {
            links.putIfAbsent(row.id(), row);
            stepOf.putIfAbsent(row.fromKey(), step);
            stepOf.putIfAbsent(row.toKey(), step);
        }
    }

    private static Link.RecordRef parse(String key) {
        int colon = key.indexOf(':');
        return new Link.RecordRef(RecordKind.valueOf(key.substring(0, colon)), Long.parseLong(key.substring(colon + 1)),
                null, null);
    }

    private Link load(long id) {
        return described(List.of(repository.find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id))))
                .get(0);
    }

    /** The links with their ends described: one lookup for all the records they name. */
    private List<Link> described(List<LinkRepository.LinkRow> rows) {
        List<Link.RecordRef> ends = new ArrayList<>();
        rows.forEach(row -> {
            ends.add(new Link.RecordRef(row.fromKind(), row.fromId(), null, null));
            ends.add(new Link.RecordRef(row.toKind(), row.toId(), null, null));
        });
        Map<String, Link.RecordRef> described = poleRecords.describe(ends);
        return rows.stream().map(row -> new Link(row.id(),
                described.getOrDefault(row.fromKey(), new Link.RecordRef(row.fromKind(), row.fromId(),
                        row.fromKind().title() + " " + row.fromId(), null)),
                described.getOrDefault(row.toKey(), new Link.RecordRef(row.toKind(), row.toId(),
                        row.toKind().title() + " " + row.toId(), null)),
                row.role(), referenceData.roleTitle(row.role()), row.heldFrom(), row.heldTo(), row.note(),
                row.createdAt(), row.createdBy(), row.endedAt(), row.endedBy(), row.endReason())).toList();
    }
}
