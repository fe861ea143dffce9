package dev.lathe.ops.serve;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The model served under one name. Requests read the current model once and use it to the end, so a reload
 * never changes the model under a request: the new one is loaded and warmed beside the old, then swapped in
 * atomically; if loading or warming fails, the old one stays.
 */
public final class ModelSlot {

    private final String name;
    private final ModelSource source;
    private final AtomicReference<ServedModel> current = new AtomicReference<>();
    private final Consumer<ServedModel> onSwap;

    /**
     * Loads and warms the model.
     *
     * @param name   the name to serve it under
     * @param source where to read it, now and on every reload
     * @param onSwap told of the new model after every swap, for metrics
     * @throws IOException when the source cannot be read
     */
    public ModelSlot(String name, ModelSource source, Consumer<ServedModel> onSwap) throws IOException {
        this.name = name;
        this.source = source;
        this.onSwap = onSwap;
        reload();
    }

    /** The name the model is served under. */
    public String name() {
        return name;
    }

    /** The model now serving. */
    public ServedModel current() {
        return current.get();
    }

    /**
     * Reads the source again, warms the new model and swaps it in; requests keep being answered by the old
     * model meanwhile. Reloads of one slot run one at a time.
     *
     * @return the model now serving
     * @throws IOException when the source cannot be read (the old model stays)
     */
    public synchronized ServedModel reload() throws IOException {
        return swapIn(source.load(name));
    }

    /**
     * Reloads when the source names another model than the one serving (a registry alias that moved).
     *
     * @return the new model, or null when the source has not moved
     * @throws IOException when the source cannot be read (the old model stays)
     */
    public synchronized ServedModel reloadIfStale() throws IOException {
        return source.isStale(current.get()) ? swapIn(source.load(name)) : null;
    }

    private ServedModel swapIn(ServedModel fresh) {
        WarmUp.run(fresh);
        current.set(fresh);
        onSwap.accept(fresh);
        return fresh;
    }
}
