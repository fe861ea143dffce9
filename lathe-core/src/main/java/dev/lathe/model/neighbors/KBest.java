package dev.lathe.model.neighbors;

/**
 * The k smallest (reduced distance, training row) pairs seen so far for one query row, ordered by
 * distance then row, in a bounded max-heap. Reused across query rows with {@link #clear}.
 */
final class KBest {

    private final double[] dist;
    private final int[] row;
    private int size;

    KBest(int k) {
        dist = new double[k];
        row = new int[k];
    }

    void clear() {
        size = 0;
    }

    /** Whether the heap holds k pairs. */
    boolean full() {
        return size == dist.length;
    }

    /** The largest distance held (meaningful when {@link #full}). */
    double worst() {
        return dist[0];
    }

    /** The distance above which an offer cannot be kept: the largest held, or infinity until full. */
    double bound() {
        return size == dist.length ? dist[0] : Double.POSITIVE_INFINITY;
    }

    /** Keeps (d, r) if it is among the k smallest so far. */
    void offer(double d, int r) {
        if (size < dist.length) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >> 1;
                if (!after(d, r, dist[parent], row[parent])) {
                    break;
                }
                dist[i] = dist[parent];
                row[i] = row[parent];
                i = parent;
            }
            dist[i] = d;
            row[i] = r;
        } else if (after(dist[0], row[0], d, r)) {
            siftDown(d, r);
        }
    }

    private void siftDown(double d, int r) {
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && after(dist[child + 1], row[child + 1], dist[child], row[child])) {
                child++;
            }
            if (!after(dist[child], row[child], d, r)) {
                break;
            }
            dist[i] = dist[child];
            row[i] = row[child];
            i = child;
        }
        dist[i] = d;
        row[i] = r;
    }

    /** Whether (d1, r1) sorts after (d2, r2). */
    private static boolean after(double d1, int r1, double d2, int r2) {
        return d1 > d2 || (d1 == d2 && r1 > r2);
    }

    /** Writes the held pairs in ascending order into {@code rows} and {@code reduced}, emptying the heap. */
    void drainSorted(int[] rows, double[] reduced) {
        for (int i = size - 1; i >= 0; i--) {
            rows[i] = row[0];
            reduced[i] = dist[0];
            double d = dist[size - 1];
            int r = row[size - 1];
            size--;
            if (size > 0) {
                siftDown(d, r);
            }
        }
    }
}
