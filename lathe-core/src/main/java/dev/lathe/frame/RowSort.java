package dev.lathe.frame;

/** Stable merge sort of row numbers by a comparator over rows, without boxing. */
final class RowSort {

    /** Compares two row numbers. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private RowSort() {
    }

    /** Row numbers 0..n-1 in the order {@code order} gives; equal rows keep their original order. */
    static int[] stableOrder(int n, RowComparator order) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                merge(a, buffer, lo, lo + width, Math.min(lo + 2 * width, n), order);
            }
        }
        return a;
    }

    private static void merge(int[] a, int[] buffer, int lo, int mid, int hi, RowComparator order) {
        if (order.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, lo, buffer, lo, hi - lo);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || order.compare(buffer[i], buffer[j]) <= 0)) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }
}
