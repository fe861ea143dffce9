package dev.lathe.ops.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The models a server holds, by name; the first one added answers MLflow's {@code /invocations}. */
public final class ServedModels {

    private final Map<String, ModelSlot> slots = new LinkedHashMap<>();

    /**
     * Adds a loaded model.
     *
     * @param slot the model's slot; its name must be new
     */
    public void add(ModelSlot slot) {
        if (slots.putIfAbsent(slot.name(), slot) != null) {
            throw new IllegalArgumentException("two models are named '" + slot.name()
                    + "'; give them names with --model NAME=FILE");
        }
    }

    /** The slot named {@code name}; a 404 naming the models served when there is none. */
    public ModelSlot slot(String name) {
        ModelSlot slot = slots.get(name);
        if (slot == null) {
            throw RequestException.notFound("no model named '" + name + "'; this server has " + names());
        }
        return slot;
    }

    /** The model answering {@code /invocations}: the first one added. */
    public ModelSlot first() {
        return slots.values().iterator().next();
    }

    /** Every slot, in the order added. */
    public Collection<ModelSlot> all() {
        return slots.values();
    }

    /** The names served, in the order added. */
    public List<String> names() {
        return new ArrayList<>(slots.keySet());
    }
}
