/**
 * Data to learn and test with: small real data sets shipped with Lathe ({@link dev.lathe.data.Datasets})
 * and seeded generators of synthetic data ({@link dev.lathe.data.Synthetic}).
 */
package dev.lathe.data;
