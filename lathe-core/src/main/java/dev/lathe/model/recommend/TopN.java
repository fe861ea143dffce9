package dev.lathe.model.recommend;

/**
 * Picks the n highest scores, skipping excluded items, with a bounded min-heap: O(items log n). Equal scores
 * rank the lower item number first, so the result is fully determined.
 */
final class TopN {

    private TopN() {
    }

    /**
     * The numbers of the (at most) {@code n} best items, best first.
     *
     * @param scores        score per item
     * @param excluded      item numbers to skip, ascending (a row of the history), or null
     * @param excludedFrom  where the excluded items start in {@code excluded}
     * @param excludedTo    where they end (exclusive)
     */
    static int[] select(double[] scores, int n, int[] excluded, int excludedFrom, int excludedTo) {
        int[] heap = new int[Math.min(n, scores.length)];
        int size = 0;
        int skip = excludedFrom;
        for (int j = 0; j < scores.length; j++) {
            if (excluded != null && skip < excludedTo && excluded[skip] == j) {
                skip++;
                continue;
            }
            if (size < heap.length) {
                heap[size] = j;
                up(heap, size++, scores);
            } else if (size > 0 && better(j, heap[0], scores)) {
                heap[0] = j;
                down(heap, size, scores);
            }
        }
        int[] out = new int[size];
        for (int k = size - 1; k >= 0; k--) {
            out[k] = heap[0];
            heap[0] = heap[k];
            down(heap, k, scores);
        }
        return out;
    }

    private static boolean better(int a, int b, double[] s) {
        return s[a] > s[b] || (s[a] == s[b] && a < b);
    }

    private static void up(int[] h, int k, double[] s) {
        while (k > 0) {
            int parent = (k - 1) / 2;
            if (!better(h[parent], h[k], s)) {
                break;
            }
            swap(h, parent, k);
            k = parent;
        }
    }

    private static void down(int[] h, int size, double[] s) {
        int k = 0;
        while (true) {
            int worst = k;
            int l = 2 * k + 1;
            int r = l + 1;
            if (l < size && better(h[worst], h[l], s)) {
                worst = l;
            }
            if (r < size && better(h[worst], h[r], s)) {
                worst = r;
            }
            if (worst == k) {
                return;
            }
            swap(h, k, worst);
            k = worst;
        }
    }

    private static void swap(int[] h, int a, int b) {
        int t = h[a];
        h[a] = h[b];
        h[b] = t;
    }
}
