package dev.lathe.data;

import dev.lathe.frame.Column;
import dev.lathe.frame.Frame;
import java.util.ArrayList;
import java.util.List;

/** Test helper: a frame's names, types and every value as text, for comparing frames exactly. */
final class FrameContents {

    private FrameContents() {
    }

    /** One list per column: name, type, then each row's value as {@link Column#format} prints it (exact for doubles). */
    static List<List<String>> of(Frame frame) {
        List<List<String>> out = new ArrayList<>();
        for (Column c : frame.columns()) {
            List<String> values = new ArrayList<>(c.size() + 2);
            values.add(c.name());
            values.add(c.type().label());
            for (int i = 0; i < c.size(); i++) {
                values.add(c.format(i));
            }
            out.add(values);
        }
        return out;
    }
}
