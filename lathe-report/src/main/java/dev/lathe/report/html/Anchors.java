package dev.lathe.report.html;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Hands out ids that are unique within one page, readable where they come from titles. */
final class Anchors {

    private final Set<String> used = new HashSet<>();
    private int counter;

    /** An id from {@code title}: lower-case ASCII letters, digits and hyphens, with a suffix if taken. */
    String forTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String base = slug.isEmpty() || !Character.isLetter(slug.charAt(0)) ? "s-" + slug : slug;
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Takes all of {@code ids} if none is taken yet and returns true; otherwise takes none and returns false. */
    boolean claim(Collection<String> ids) {
        for (String id : ids) {
            if (used.contains(id)) {
                return false;
            }
        }
        used.addAll(ids);
        return true;
    }

    /** A fresh id such as {@code fig3}, for elements without a title of their own. */
    String next(String kind) {
        String id;
        do {
            id = kind + (++counter);
        } while (!used.add(id));
        return id;
    }
}
