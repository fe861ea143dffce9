package dev.lathe.model.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users or the items of a recommender: external ids (as written in the data) numbered 0, 1, ... in the
 * order they first appear. Immutable once built.
 */
public final class IdIndex {

    private final List<String> ids;
    private final Map<String, Integer> positions;

    private IdIndex(List<String> ids, Map<String, Integer> positions) {
        this.ids = ids;
        this.positions = positions;
    }

    /** An index of {@code ids}, which must be distinct. */
    public static IdIndex of(List<String> ids) {
        Builder b = new Builder();
        for (String id : ids) {
            int before = b.size();
            if (b.indexOf(id) < before) {
                throw new IllegalArgumentException("id '" + id + "' is listed twice");
            }
        }
        return b.build();
    }

    /** How many ids. */
    public int size() {
        return ids.size();
    }

    /** The id numbered {@code index}. */
    public String id(int index) {
        return ids.get(index);
    }

    /** The number of {@code id}, or -1 when it is not in the index. */
    public int find(String id) {
        Integer p = positions.get(id);
        return p == null ? -1 : p;
    }

    /** Every id, in number order. */
    public List<String> ids() {
        return ids;
    }

    /** Numbers ids in the order they are first seen. */
    static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> positions = new HashMap<>();

        /** The number of {@code id}, adding it when new. */
        int indexOf(String id) {
            Integer p = positions.putIfAbsent(id, ids.size());
            if (p != null) {
                return p;
            }
            ids.add(id);
            return ids.size() - 1;
        }

        int size() {
            return ids.size();
        }

        IdIndex build() {
            return new IdIndex(Collections.unmodifiableList(new ArrayList<>(ids)), new HashMap<>(positions));
        }
    }
}
