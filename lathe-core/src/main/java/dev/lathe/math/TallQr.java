package dev.lathe.math;

import dev.lathe.parallel.Chunks;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.qr.QRColPivDecompositionHouseholderColumn_DDRM;
import org.ejml.dense.row.decomposition.qr.QRDecompositionHouseholderColumn_DDRM;

/**
 * Thin Householder QR with column pivoting (X P = Q R) of a tall design, by EJML. Designs of more than one
 * block of rows are factorised block by block in parallel and combined (TSQR: Demmel, Grigori, Hoemmen and
 * Langou 2012), then the small combined R is factorised with pivoting, which makes the same pivot choices
 * as pivoting on X since Q preserves column norms and projections. Block boundaries are fixed, so the
 * result does not depend on the number of threads.
 *
 * @param pivot original column index of each pivoted position
 * @param r     upper-triangular R, row-major p x p
 * @param q     thin Q, column-major: {@code q[k][i]}
 */
record TallQr(int[] pivot, double[] r, double[][] q) {

    /** Rows per block. */
    private static final int BLOCK = 1 << 16;

    /** The pivoted QR of the column-major design {@code x} ({@code x[j][i]}: row i of column j). */
    static TallQr of(double[][] x) {
        int p = x.length;
        int n = x[0].length;
        int blocks = Math.max(1, n / BLOCK);
        if (blocks == 1) {
            return direct(x, n, p);
        }
        int[] start = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            start[b] = b * BLOCK;
        }
        start[blocks] = n;
        DMatrixRMaj[] qb = new DMatrixRMaj[blocks];
        DMatrixRMaj stacked = new DMatrixRMaj(blocks * p, p);
        Chunks.run(blocks, b -> {
            QRDecompositionHouseholderColumn_DDRM qr = new QRDecompositionHouseholderColumn_DDRM();
            if (!qr.decompose(rows(x, start[b], start[b + 1]))) {
                throw new IllegalArgumentException("QR decomposition failed (non-finite values in the design?)");
            }
            qb[b] = qr.getQ(null, true);
            DMatrixRMaj rb = qr.getR(null, true);
            CommonOps_DDRM.insert(rb, stacked, b * p, 0);
        });
        QRDecompositionHouseholderColumn_DDRM combine = new QRDecompositionHouseholderColumn_DDRM();
        if (!combine.decompose(stacked.copy())) {
            throw new IllegalArgumentException("QR decomposition failed (non-finite values in the design?)");
        }
        DMatrixRMaj qs = combine.getQ(null, true);
        QRColPivDecompositionHouseholderColumn_DDRM pivoted = new QRColPivDecompositionHouseholderColumn_DDRM(0);
        if (!pivoted.decompose(combine.getR(null, true))) {
            throw new IllegalArgumentException("QR decomposition failed");
        }
        DMatrixRMaj qp = pivoted.getQ(null, false);
        double[][] q = new double[p][n];
        Chunks.run(blocks, b -> {
            DMatrixRMaj m = new DMatrixRMaj(p, p);
            CommonOps_DDRM.mult(CommonOps_DDRM.extract(qs, b * p, (b + 1) * p, 0, p), qp, m);
            DMatrixRMaj out = new DMatrixRMaj(qb[b].numRows, p);
            CommonOps_DDRM.mult(qb[b], m, out);
            for (int i = 0; i < out.numRows; i++) {
                for (int k = 0; k < p; k++) {
                    q[k][start[b] + i] = out.unsafe_get(i, k);
                }
            }
        });
        return new TallQr(pivoted.getColPivots().clone(), upper(pivoted.getR(null, true), p), q);
    }

    private static TallQr direct(double[][] x, int n, int p) {
        QRColPivDecompositionHouseholderColumn_DDRM qr = new QRColPivDecompositionHouseholderColumn_DDRM(0);
        if (!qr.decompose(rows(x, 0, n))) {
            throw new IllegalArgumentException("QR decomposition failed (non-finite values in the design?)");
        }
        DMatrixRMaj qm = qr.getQ(null, true);
        double[][] q = new double[p][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p; k++) {
                q[k][i] = qm.unsafe_get(i, k);
            }
        }
        return new TallQr(qr.getColPivots().clone(), upper(qr.getR(null, true), p), q);
    }

    /** Rows [from, to) of the column-major design as a row-major matrix. */
    private static DMatrixRMaj rows(double[][] x, int from, int to) {
        int p = x.length;
        DMatrixRMaj a = new DMatrixRMaj(to - from, p);
        double[] data = a.data;
        for (int i = from; i < to; i++) {
            int base = (i - from) * p;
            for (int j = 0; j < p; j++) {
                data[base + j] = x[j][i];
            }
        }
        return a;
    }

    private static double[] upper(DMatrixRMaj rm, int p) {
        double[] r = new double[p * p];
        for (int i = 0; i < p; i++) {
            for (int j = i; j < p; j++) {
                r[i * p + j] = rm.get(i, j);
            }
        }
        return r;
    }
}
