package org.peel.server.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.peel.match.NameIndex;
import org.peel.match.NameQuery;
import org.peel.match.PersonEntry;
import org.peel.match.PersonMatch;
import org.peel.match.Visibility;
import org.peel.server.platform.PeelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This server's copy of the name index, on disk under {@code <data-dir>/index/people}. It is derived data: it records
 * in each commit the change-log position it is complete up to, and can be deleted and rebuilt from the database.
 */
@Component
class PersonIndex implements DisposableBean {

    static final String POSITION = "changeLogPosition";
    private static final Logger log = LoggerFactory.getLogger(PersonIndex.class);

    private final NameIndex index;
    private final Path directory;

    PersonIndex(PeelProperties properties) throws IOException {
        this.directory = properties.dataDirectory().resolve("index").resolve("people");
        this.index = NameIndex.open(directory);
        log.info("Person index at {} holds {} people, complete up to change {}", directory, index.size(),
                committedPosition());
    }

    List<PersonMatch> search(NameQuery query, int limit) {
        try {
            return index.search(query, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("the person index could not be read at " + directory, e);
        }
    }

    /** As {@link #search(NameQuery, int)}, among only the people {@code visibility} admits (filtered before scoring). */
    List<PersonMatch> search(NameQuery query, int limit, Visibility visibility) {
        try {
            return index.search(query, limit, visibility);
        } catch (IOException e) {
            throw new UncheckedIOException("the person index could not be read at " + directory, e);
        }
    }

    void putAll(Collection<PersonEntry> people) {
        try {
            index.putAll(people);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove(long personId) {
        try {
            index.remove(Long.toString(personId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void removeAll() {
        try {
            index.removeAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void refresh() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything durable, noting that the index is complete up to this change-log position. */
    void commit(long position) {
        try {
            index.commit(Map.of(POSITION, Long.toString(position)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long committedPosition() {
        try {
            return Long.parseLong(index.committedUserData().getOrDefault(POSITION, "0"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long size() {
        try {
            return index.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }
}
